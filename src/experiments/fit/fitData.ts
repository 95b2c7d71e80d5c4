/**
 * A facility's daily data, read from CSV for the fit (docs/fit.md, "The data file", is the
 * format's definition; this file enforces it). One row per day: the date, the pieces that arrived
 * (by origin, or in total), the seizures of each contraband type (optionally split by the
 * targeting rule that caught them), and the compliance sample's results. Columns are named, in
 * any order:
 *
 *   date                       YYYY-MM-DD, each day once
 *   pieces:<origin code>       pieces arrived from that origin (one for every origin of the scenario), or
 *   pieces                     pieces arrived in total (split by the scenario's origin shares)
 *   seized:<type>              seizures of that contraband type, the compliance sample's excluded
 *   seized:<type>:<rule id>    of those, seizures on pieces that targeting rule selected
 *   compliance:examined        compliance-sample pieces examined
 *   compliance:found:<type>    of those, pieces found carrying that type (one per seized type)
 *
 * Every value is a whole number ≥ 0. Parsing is strict: every problem is reported with its line,
 * column and column name, and nothing is guessed.
 */
import { isCalendarDate } from './calendar.js';
import { CONTRABAND_TYPES, type ContrabandType, type Scenario } from '../../scenario/index.js';
import { escapeUnsafe } from '../../scenario/unsafeText.js';
import { readCsvRows, type CsvCell } from './csvRows.js';

/** The data, checked against the scenario: every list runs over days in file order. */
export interface FitData {
  dates: string[];
  /** Pieces arrived, by day then by origin (the scenario's order). */
  pieces: number[][];
  /** False when the file gave totals only (split by the scenario's shares). */
  piecesByOrigin: boolean;
  /** The contraband types the file has seizures of: the types the fit estimates. */
  types: ContrabandType[];
  /** Seizures (compliance sample excluded), by type (as `types`) then day. */
  seized: number[][];
  /** Rule ids with a split column for the type, by type (as `types`), and their counts by day. */
  byRule: { rule: string; counts: number[] }[][];
  /** The compliance sample, or null when the file has no compliance columns. */
  compliance: { examined: number[]; found: number[][] } | null;
}

export type FitDataResult = { ok: true; data: FitData } | { ok: false; errors: string[] };

/** Most problems listed before giving up: a file with the wrong layout would give one per cell. */
const MAX_ERRORS = 20;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Column =
  | { kind: 'date' }
  | { kind: 'pieces'; origin: number | null }
  | { kind: 'seized'; type: ContrabandType; rule: string | null }
  | { kind: 'examined' }
  | { kind: 'found'; type: ContrabandType };

/** Echoed input: control characters escaped, long text cut, in quotes. */
function quote(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `'${escapeUnsafe(cut, { '\n': '\\n', '\r': '\\r', '\t': '\\t' })}'`;
}

function isType(t: string): t is ContrabandType {
  return (CONTRABAND_TYPES as readonly string[]).includes(t);
}

/**
 * Reads and checks a data file against the scenario it calibrates.
 *
 * @example
 * const r = parseFitData(readFileSync('facility.csv', 'utf8'), getPreset('baseline').scenario);
 * if (!r.ok) console.error(r.errors.join('\n'));
 */
export function parseFitData(text: string, scenario: Scenario): FitDataResult {
  const read = readCsvRows(text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  if (read.rows.length === 0) return { ok: false, errors: ['the file is empty: it needs a header line and one line per day'] };
  const [header, ...body] = read.rows;
  const errors: string[] = [];
  const columns = header.map((cell) => headerColumn(cell, scenario, errors));
  checkColumnSet(header, columns, scenario, errors);
  if (errors.length > 0) return { ok: false, errors };
  if (body.length === 0) return { ok: false, errors: ['the file has a header but no days: add one line per day'] };

  const values: number[][] = [];
  const dates: string[] = [];
  const seen = new Map<string, number>();
  for (const row of body) {
    if (errors.length >= MAX_ERRORS) break;
    if (row.length !== header.length) {
      errors.push(`line ${row[0].line}: ${row.length} fields, but the header has ${header.length} columns`);
      continue;
    }
    const numbers: number[] = [];
    const before = errors.length;
    row.forEach((cell, c) => {
      const col = columns[c] as Column;
      const where = `line ${cell.line}, column ${cell.column} (${header[c].text})`;
      if (col.kind === 'date') {
        const problem = dateProblem(cell.text);
        if (problem) errors.push(`${where}: ${problem}`);
        else if (seen.has(cell.text)) errors.push(`${where}: ${cell.text} is also on line ${seen.get(cell.text)}; each day once`);
        else seen.set(cell.text, cell.line);
        dates.push(cell.text);
        numbers.push(NaN);
        return;
      }
      const n = /^\d{1,15}$/.test(cell.text) ? Number(cell.text) : NaN;
      if (Number.isNaN(n)) errors.push(`${where}: must be a whole number of ${col.kind === 'examined' || col.kind === 'pieces' ? 'pieces' : 'parcels'} ≥ 0, got ${quote(cell.text)}`);
      numbers.push(n);
    });
    if (errors.length === before) rowProblems(row, columns, numbers, errors);
    values.push(numbers);
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, data: assemble(columns, values, dates, scenario) };
}

function dateProblem(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return `must be a date written YYYY-MM-DD, got ${quote(text)}`;
  if (!isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${quote(text)} is not a date of the calendar`;
  return undefined;
}

function headerColumn(cell: CsvCell, scenario: Scenario, errors: string[]): Column | undefined {
  const name = cell.text.trim();
  const where = `line ${cell.line}, column ${cell.column}`;
  const parts = name.split(':');
  if (name === 'date') return { kind: 'date' };
  if (name === 'pieces') return { kind: 'pieces', origin: null };
  if (name === 'compliance:examined') return { kind: 'examined' };
  if (parts[0] === 'pieces' && parts.length >= 2) {
    const code = name.slice('pieces:'.length);
    const origin = scenario.mix.origins.findIndex((o) => o.code === code);
    if (origin >= 0) return { kind: 'pieces', origin };
    errors.push(`${where}: ${quote(name)}: the scenario has no origin ${quote(code)} (its origins: ${scenario.mix.origins.map((o) => o.code).join(', ')})`);
    return undefined;
  }
  if (parts[0] === 'seized' && (parts.length === 2 || parts.length === 3)) {
    if (!isType(parts[1])) {
      errors.push(`${where}: ${quote(name)}: unknown contraband type ${quote(parts[1])} (the types: ${CONTRABAND_TYPES.join(', ')})`);
      return undefined;
    }
    if (parts.length === 2) return { kind: 'seized', type: parts[1], rule: null };
    const rule = scenario.targeting.rules.find((r) => r.id === parts[2]);
    if (!rule) errors.push(`${where}: ${quote(name)}: the scenario has no targeting rule ${quote(parts[2])} (its rules: ${scenario.targeting.rules.map((r) => r.id).join(', ')})`);
    else if (!rule.enabled) errors.push(`${where}: ${quote(name)}: the rule ${quote(parts[2])} is switched off in the scenario, so the model gives it no seizures`);
    else return { kind: 'seized', type: parts[1], rule: parts[2] };
    return undefined;
  }
  if (parts[0] === 'compliance' && parts[1] === 'found' && parts.length === 3) {
    if (isType(parts[2])) return { kind: 'found', type: parts[2] };
    errors.push(`${where}: ${quote(name)}: unknown contraband type ${quote(parts[2])} (the types: ${CONTRABAND_TYPES.join(', ')})`);
    return undefined;
  }
  errors.push(`${where}: unknown column ${quote(name)}; columns are date, pieces or pieces:<origin>, seized:<type>, seized:<type>:<rule>, compliance:examined, compliance:found:<type> (docs/fit.md)`);
  return undefined;
}

/** Which columns must be there, and which may not be there twice. */
function checkColumnSet(header: CsvCell[], columns: (Column | undefined)[], scenario: Scenario, errors: string[]): void {
  const seen = new Map<string, number>();
  header.forEach((cell, c) => {
    const name = cell.text.trim();
    if (seen.has(name)) errors.push(`line 1, column ${c + 1}: column ${quote(name)} is also column ${seen.get(name)}`);
    else seen.set(name, c + 1);
  });
  if (errors.length > 0) return;
  const cols = columns as Column[];
  if (!cols.some((c) => c.kind === 'date')) errors.push('line 1: no date column');
  const total = cols.some((c) => c.kind === 'pieces' && c.origin === null);
  const origins = new Set(cols.flatMap((c) => (c.kind === 'pieces' && c.origin !== null ? [c.origin] : [])));
  if (total && origins.size > 0) errors.push('line 1: give either pieces (a total) or pieces:<origin> columns, not both');
  else if (!total && origins.size === 0) errors.push('line 1: no pieces column: give pieces:<origin> for every origin, or pieces for the total');
  else if (origins.size > 0) {
    const missing = scenario.mix.origins.filter((_, i) => !origins.has(i)).map((o) => `pieces:${o.code}`);
    if (missing.length > 0) errors.push(`line 1: no column ${missing.join(', ')}: every origin of the scenario needs its pieces (write 0 for none)`);
  }
  const seized = new Set(cols.flatMap((c) => (c.kind === 'seized' && c.rule === null ? [c.type] : [])));
  if (seized.size === 0) errors.push('line 1: no seized:<type> column: the fit needs the seizures of at least one contraband type');
  for (const c of cols) {
    if (c.kind === 'seized' && c.rule !== null && !seized.has(c.type)) errors.push(`line 1: seized:${c.type}:${c.rule} needs the total seized:${c.type} as well`);
    if (c.kind === 'found' && !seized.has(c.type)) errors.push(`line 1: compliance:found:${c.type} needs seized:${c.type} as well (the fit estimates the types it has seizures of)`);
  }
  const examined = cols.some((c) => c.kind === 'examined');
  const found = new Set(cols.flatMap((c) => (c.kind === 'found' ? [c.type] : [])));
  if (!examined && found.size > 0) errors.push('line 1: compliance:found:<type> columns need compliance:examined');
  if (examined) {
    const missing = [...seized].filter((t) => !found.has(t)).map((t) => `compliance:found:${t}`);
    if (missing.length > 0) errors.push(`line 1: no column ${missing.join(', ')}: with compliance:examined, give the finds of every seized type (0 when none)`);
  }
}

/** A day's counts that contradict each other. */
function rowProblems(row: CsvCell[], columns: (Column | undefined)[], numbers: number[], errors: string[]): void {
  const cols = columns as Column[];
  const line = row[0].line;
  const total = new Map<ContrabandType, number>();
  const split = new Map<ContrabandType, number>();
  let examined = 0;
  let found = 0;
  cols.forEach((c, i) => {
    if (c.kind === 'seized' && c.rule === null) total.set(c.type, numbers[i]);
    if (c.kind === 'seized' && c.rule !== null) split.set(c.type, (split.get(c.type) ?? 0) + numbers[i]);
    if (c.kind === 'examined') examined = numbers[i];
    if (c.kind === 'found') found += numbers[i];
  });
  for (const [type, n] of split) {
    if (n > (total.get(type) ?? 0)) errors.push(`line ${line}: the seized:${type}:<rule> columns add up to ${n}, more than seized:${type} (${total.get(type)})`);
  }
  if (found > examined) errors.push(`line ${line}: the compliance sample found ${found} pieces with contraband, more than compliance:examined (${examined})`);
}

function assemble(columns: (Column | undefined)[], values: number[][], dates: string[], scenario: Scenario): FitData {
  const cols = columns as Column[];
  const at = (pred: (c: Column) => boolean) => cols.findIndex(pred);
  const column = (i: number) => values.map((v) => v[i]);
  const totalAt = at((c) => c.kind === 'pieces' && c.origin === null);
  const origins = scenario.mix.origins;
  const pieces = values.map((v) => (totalAt >= 0
    ? origins.map((o) => v[totalAt] * o.share)
    : origins.map((_, o) => v[at((c) => c.kind === 'pieces' && c.origin === o)])));
  const types = CONTRABAND_TYPES.filter((t) => cols.some((c) => c.kind === 'seized' && c.rule === null && c.type === t));
  const examinedAt = at((c) => c.kind === 'examined');
  return {
    dates,
    pieces,
    piecesByOrigin: totalAt < 0,
    types,
    seized: types.map((t) => column(at((c) => c.kind === 'seized' && c.rule === null && c.type === t))),
    byRule: types.map((t) => scenario.targeting.rules
      .filter((r) => cols.some((c) => c.kind === 'seized' && c.type === t && c.rule === r.id))
      .map((r) => ({ rule: r.id, counts: column(at((c) => c.kind === 'seized' && c.type === t && c.rule === r.id)) }))),
    compliance: examinedAt < 0 ? null : {
      examined: column(examinedAt),
      found: types.map((t) => column(at((c) => c.kind === 'found' && c.type === t))),
    },
  };
}

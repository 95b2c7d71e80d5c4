/**
 * From the sweep form to the grid the experiments core runs. The form holds text as typed; this
 * checks each input where it stands (a range's step, its number of values, the replications) and
 * says what is wrong next to that input, then builds the grid object (`GridInput`, the same shape
 * as a grid file for `npm run sim -- sweep --grid`) and lets the core's `parseGrid` check it
 * (paths, every point's scenario). The core's errors, which name grid paths
 * (`parameters.1.path`, `replications`, `point 3 (...)`), are mapped back onto the form's fields.
 *
 * Error keys: 'base', 'replications', 'seed', 'days', 'grid' (the sweep as a whole), and per
 * parameter slot s: 'param.s.id', 'param.s.from', 'param.s.to', 'param.s.step', 'param.s' (the
 * range as a whole).
 */
import { expandRange, parseGrid, pointCount, type GridInput, type GridSpec } from '../../experiments/index.js';
import type { ScenarioError } from '../../scenario/index.js';
import { MAX_UI_PARAMETERS, MAX_UI_POINTS, MAX_UI_RUNS, grouped, readDays, readNumber, readReplications, readSeed } from './formLimits.js';
import { resolveChoice, type OpenScenario } from './scenarioChoice.js';
import { sweepParameter, unavailableReason, type SweepParameterDef, type SweepParameterId } from './sweepParameters.js';

/** One chosen parameter, in the form's slot `slot` (0 … MAX_UI_PARAMETERS − 1). */
export interface ParameterRow {
  slot: number;
  id: SweepParameterId;
  from: string;
  to: string;
  step: string;
}

/** The sweep form's values, as typed. */
export interface SweepFormValues {
  /** A preset name, or CURRENT_SCENARIO. */
  base: string;
  /** The chosen parameters (slots left empty are simply absent). */
  parameters: ParameterRow[];
  replications: string;
  seed: string;
  days: string;
}

/** Error messages by field key (see the file comment). */
export type FieldErrors = Record<string, string>;

/** A checked sweep, or every problem by field. */
export type SweepCheck =
  | { ok: true; grid: GridSpec; points: number; runs: number }
  | { ok: false; errors: FieldErrors };

/**
 * Checks the form and builds the grid (see the file comment).
 *
 * @example
 * checkSweep({ base: 'baseline', parameters: [{ slot: 0, id: 'xrayOfficers', from: '2', to: '4', step: '1' }],
 *   replications: '5', seed: '1', days: '1' }, null);
 * // { ok: true, grid: { ... 3 points ... }, points: 3, runs: 15 }
 * checkSweep({ ...form, parameters: [{ slot: 0, id: 'xrayOfficers', from: '1', to: '5', step: '0' }] }, null).errors;
 * // { 'param.0.step': 'step must be > 0' }
 */
export function checkSweep(form: SweepFormValues, current: OpenScenario | null): SweepCheck {
  const errors: FieldErrors = {};
  const add = (key: string, message: string): void => {
    errors[key] = errors[key] === undefined ? message : `${errors[key]}; ${message}`;
  };
  const base = resolveChoice(form.base, current);
  if (!base.ok) add('base', base.message);
  if (form.parameters.length > MAX_UI_PARAMETERS) add('grid', `at most ${MAX_UI_PARAMETERS} parameters at once`);

  const seen = new Map<SweepParameterId, number>();
  const counts: number[] = [];
  const ranges: { def: SweepParameterDef; from: number; to: number; step: number }[] = [];
  for (const row of form.parameters) {
    const def = sweepParameter(row.id);
    const at = `param.${row.slot}`;
    const earlier = seen.get(row.id);
    if (earlier !== undefined) {
      add(`${at}.id`, `already varied in parameter ${earlier + 1}`);
      continue;
    }
    seen.set(row.id, row.slot);
    if (base.ok) {
      const reason = unavailableReason(def, base.scenario);
      if (reason !== null) {
        add(`${at}.id`, reason);
        continue;
      }
    }
    const range = checkRange(def, row, (field, message) => add(`${at}.${field}`, message), (message) => add(at, message));
    if (range !== null) {
      counts.push(range.count);
      ranges.push({ def, from: range.from, to: range.to, step: range.step });
    }
  }

  const replications = readReplications(form.replications);
  if (!replications.ok) add('replications', replications.message);
  const seed = readSeed(form.seed);
  if (!seed.ok) add('seed', seed.message);
  const days = readDays(form.days);
  if (!days.ok) add('days', days.message);

  if (counts.length === form.parameters.length) {
    const points = counts.reduce((a, b) => a * b, 1);
    if (points > MAX_UI_POINTS) add('grid', `too many points: ${counts.join(' × ')} = ${grouped(points)} > ${MAX_UI_POINTS}; narrow a range or take a larger step`);
    else if (replications.ok && points * replications.value > MAX_UI_RUNS) {
      add('replications', `too many runs: ${points} points × ${replications.value} = ${grouped(points * replications.value)} > ${grouped(MAX_UI_RUNS)} (larger sweeps: npm run sim -- sweep)`);
    }
  }
  if (Object.keys(errors).length > 0 || !base.ok || !replications.ok || !seed.ok || !days.ok) return { ok: false, errors };

  const input: GridInput = {
    name: `${ranges.length === 0 ? 'Replications' : 'Sweep'} of ${base.label}${ranges.length === 0 ? '' : `: ${ranges.map((r) => r.def.label).join(' × ')}`}`,
    base: base.preset !== null ? { preset: base.preset } : { scenario: base.scenario },
    parameters: ranges.map(({ def, from, to, step }) => ({
      name: def.label,
      path: def.path,
      ...(def.mode === 'scale' ? { scale: { from, to, step } } : { values: { from, to, step } }),
    })),
    replications: replications.value,
    seed: seed.value,
    days: days.value,
  };
  const parsed = parseGrid(input);
  if (!parsed.ok) return { ok: false, errors: gridErrorsToFields(parsed.errors, form.parameters.map((r) => r.slot)) };
  const points = pointCount(parsed.grid);
  return { ok: true, grid: parsed.grid, points, runs: points * parsed.grid.replications };
}

/**
 * Checks one parameter's from / to / step against its bounds; reports each problem at its input
 * (`field`) or for the range as a whole (`whole`). Returns the range and its number of values,
 * or null.
 */
function checkRange(
  def: SweepParameterDef,
  row: ParameterRow,
  field: (name: 'from' | 'to' | 'step', message: string) => void,
  whole: (message: string) => void,
): { from: number; to: number; step: number; count: number } | null {
  let ok = true;
  const read = (name: 'from' | 'to' | 'step', text: string): number => {
    const r = readNumber(text);
    if (!r.ok) {
      field(name, `${name}: ${r.message}`);
      ok = false;
      return NaN;
    }
    if (def.integer && !Number.isInteger(r.value)) {
      field(name, `${name} must be a whole number (${def.unit})`);
      ok = false;
    }
    return r.value;
  };
  const from = read('from', row.from);
  const to = read('to', row.to);
  const step = read('step', row.step);
  const bounds = (name: 'from' | 'to', v: number): void => {
    if (v < def.min) {
      field(name, `${name} must be ≥ ${def.min}`);
      ok = false;
    } else if (def.max !== undefined && v > def.max) {
      field(name, `${name} must be ≤ ${def.max}`);
      ok = false;
    }
  };
  if (Number.isFinite(from)) bounds('from', from);
  if (Number.isFinite(to)) bounds('to', to);
  if (Number.isFinite(step) && !(step > 0)) {
    field('step', 'step must be > 0');
    ok = false;
  }
  if (Number.isFinite(from) && Number.isFinite(to) && to < from) {
    field('to', `to must be ≥ from (${from})`);
    ok = false;
  }
  if (!ok) return null;
  // Count first: a tiny step over a wide range would otherwise build a huge list only to refuse it.
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_UI_POINTS) {
    field('step', `too many points: ${grouped(count)} > ${MAX_UI_POINTS}`);
    return null;
  }
  const values = expandRange({ from, to, step });
  if (typeof values === 'string') {
    whole(values);
    return null;
  }
  return { from, to, step, count: values.length };
}

/**
 * The form field of each error `parseGrid` reports: `parameters.k…` goes to the k-th chosen
 * parameter's slot, `base…`, `replications`, `seed` and `days` to their inputs, and the rest
 * (a point's invalid scenario) to the sweep as a whole, with its path, which names the point.
 *
 * @example
 * gridErrorsToFields([{ path: 'parameters.1.path', message: "no rule with id 'x'" }], [0, 2]);
 * // { 'param.2.id': "no rule with id 'x'" }
 */
export function gridErrorsToFields(errors: readonly ScenarioError[], slots: readonly number[]): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const [key, message] = fieldOf(e, slots);
    out[key] = out[key] === undefined ? message : `${out[key]}; ${message}`;
  }
  return out;
}

function fieldOf(e: ScenarioError, slots: readonly number[]): [string, string] {
  const p = /^parameters\.(\d+)(?:\.(\w+))?/.exec(e.path);
  if (p) {
    const slot = slots[Number(p[1])] ?? Number(p[1]);
    const sub = p[2];
    return [sub === 'path' || sub === 'name' ? `param.${slot}.id` : `param.${slot}`, e.message];
  }
  if (e.path === 'parameters') return ['grid', e.message];
  if (e.path === 'base' || e.path.startsWith('base.')) return ['base', e.path === 'base' ? e.message : `${e.path.slice(5)}: ${e.message}`];
  if (e.path === 'replications' || e.path === 'seed' || e.path === 'days') return [e.path, e.message];
  if (e.path === 'warmupDays') return ['days', e.message];
  return ['grid', `${e.path}: ${e.message}`];
}

/**
 * "4 points × 3 replications = 12 runs of 1 day": what the Run button will do.
 *
 * @example
 * sweepSummary(4, 3, 1); // '4 points × 3 replications = 12 runs of 1 day'
 */
export function sweepSummary(points: number, replications: number, days: number): string {
  return `${grouped(points)} point${points === 1 ? '' : 's'} × ${replications} replications = ${grouped(points * replications)} runs of ${days} day${days === 1 ? '' : 's'}`;
}

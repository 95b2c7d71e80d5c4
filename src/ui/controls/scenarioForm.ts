/**
 * The scenario form as pure data: which settings the controls panel offers for a scenario, their
 * values as the inputs hold them (text or a tick), and the check that turns those values back
 * into a scenario the model accepts, or into the model's own reasons for refusing it, each placed
 * on the input that caused it.
 *
 * A field's id is the dotted scenario path it edits (`stations.exam.officersByShift.0`), the same
 * path `parseScenario` reports errors with, so mapping an error back to its input is a matter of
 * matching paths (`fieldForError`). The model stays the only judge of what is valid: the form adds
 * no ranges of its own, only "enter a number" for text that is not one.
 *
 * @example
 * const base = getPreset('baseline').scenario;
 * const values = formValues(base);
 * values['stations.exam.officersByShift.0'] = '-1';
 * checkForm(base, values).fieldErrors; // { 'stations.exam.officersByShift.0': ['must be >= 0'] }
 */
import { CONTRABAND_TYPES, parseScenario, QUEUE_STATIONS, type Scenario } from '../../scenario/index.js';

/** count and number: typed text read as a number; toggle: a tick box; list: comma-separated words. */
export type FieldKind = 'count' | 'number' | 'toggle' | 'list';

/** The panel section a field belongs to. */
export type FieldGroup = 'staffing' | 'targeting' | 'contraband' | 'holds';

export interface FormField {
  /** The scenario path this field edits; also its id. */
  path: string;
  kind: FieldKind;
  group: FieldGroup;
  /** The table row (station, rule or contraband type) the field sits in. */
  row: string;
  /** The column heading within that row (a shift name, "Lanes", "On", "Threshold"...). */
  column: string;
  /** The full accessible name, e.g. "Exam tables: officers on the day shift". */
  label: string;
}

/** What the inputs hold, by field path: text for numbers and lists, a boolean for toggles. */
export type FormValues = Record<string, string | boolean>;

/** The outcome of checking the form: the scenario when valid, else every reason, by field. */
export interface FormCheck {
  ok: boolean;
  scenario: Scenario | null;
  /** Messages by field path. */
  fieldErrors: Record<string, string[]>;
  /** "path: message" for problems no field of the form can fix. */
  otherErrors: string[];
}

/** Station names as people say them. */
export const STATION_LABELS: Record<string, string> = {
  xray: 'X-ray', ct: 'CT', exam: 'Exam tables', fieldTest: 'Field test', seizure: 'Seizure processing', canine: 'Canine teams',
};

/**
 * The fields offered for `s`: staffing per station and shift, each targeting rule's switch and
 * parameter, the contraband prevalences and the hold presentation probability.
 *
 * @example
 * formFields(getPreset('baseline').scenario).find((f) => f.path === 'stations.xray.lanes')?.label; // 'X-ray: lanes'
 */
export function formFields(s: Scenario): FormField[] {
  const fields: FormField[] = [];
  const add = (path: string, kind: FieldKind, group: FieldGroup, row: string, column: string, label: string): void => {
    fields.push({ path, kind, group, row, column, label });
  };
  for (const name of QUEUE_STATIONS) {
    const row = STATION_LABELS[name];
    add(`stations.${name}.enabled`, 'toggle', 'staffing', row, 'On', `${row}: in use`);
    add(`stations.${name}.lanes`, 'count', 'staffing', row, 'Lanes', `${row}: lanes`);
    s.shifts.forEach((shift, i) => {
      add(`stations.${name}.officersByShift.${i}`, 'count', 'staffing', row, shift.name, `${row}: officers on the ${shift.name} shift`);
    });
  }
  const canine = STATION_LABELS.canine;
  add('stations.canine.enabled', 'toggle', 'staffing', canine, 'On', `${canine}: in use`);
  s.shifts.forEach((shift, i) => {
    add(`stations.canine.teamsByShift.${i}`, 'count', 'staffing', canine, shift.name, `${canine}: teams on the ${shift.name} shift`);
  });

  s.targeting.rules.forEach((rule, i) => {
    const at = `targeting.rules.${i}`;
    add(`${at}.enabled`, 'toggle', 'targeting', rule.id, 'On', `Rule ${rule.id}: on`);
    const w = rule.when;
    if (w.kind === 'riskScore') add(`${at}.when.atLeast`, 'number', 'targeting', rule.id, 'Risk score at least (0-1)', `Rule ${rule.id}: risk score threshold, 0 to 1`);
    else if (w.kind === 'random' || w.kind === 'receptacleSweep') add(`${at}.when.rate`, 'number', 'targeting', rule.id, 'Rate (0-1)', `Rule ${rule.id}: selection rate, 0 to 1`);
    else if (w.kind === 'origin') add(`${at}.when.in`, 'list', 'targeting', rule.id, 'Origins', `Rule ${rule.id}: origin codes, separated by commas`);
    else if (w.kind === 'declared') add(`${at}.when.in`, 'list', 'targeting', rule.id, 'Declared as', `Rule ${rule.id}: declared categories, separated by commas`);
  });

  for (const type of CONTRABAND_TYPES) {
    add(`contraband.${type}.perMillion`, 'number', 'contraband', type, 'Per million', `${type}: parcels per million pieces`);
  }
  add('targeting.holds.presentProbability', 'number', 'holds', 'Chance a held parcel is presented (0-1)', 'Probability', 'Chance the postal service presents a held parcel, 0 to 1');
  return fields;
}

/**
 * The inputs' values for scenario `s`.
 *
 * @example
 * formValues(getPreset('baseline').scenario)['stations.exam.officersByShift.0']; // '8'
 */
export function formValues(s: Scenario, fields: readonly FormField[] = formFields(s)): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const v = getPath(s, f.path);
    values[f.path] = f.kind === 'toggle' ? v === true : f.kind === 'list' ? (v as string[]).join(', ') : String(v);
  }
  return values;
}

/**
 * Builds the scenario the form describes (`base` with the fields' values) and validates it with
 * `parseScenario`. Text that is not a number is refused at its field ("enter a number") and the
 * rest of the form is still checked, so every problem shows at once.
 *
 * @example
 * checkForm(base, { ...formValues(base), 'targeting.rules.1.when.rate': '2' }).fieldErrors;
 * // { 'targeting.rules.1.when.rate': ['must be <= 1'] }
 */
export function checkForm(base: Scenario, values: FormValues, fields: readonly FormField[] = formFields(base)): FormCheck {
  const candidate = structuredClone(base) as Scenario;
  const fieldErrors: Record<string, string[]> = {};
  const notNumbers = new Set<string>();
  for (const f of fields) {
    const raw = values[f.path];
    let value: unknown;
    if (f.kind === 'toggle') value = raw === true;
    else if (f.kind === 'list') value = String(raw ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');
    else {
      const text = String(raw ?? '').trim();
      value = text === '' ? NaN : Number(text);
      if (!Number.isFinite(value)) {
        notNumbers.add(f.path);
        (fieldErrors[f.path] ??= []).push('enter a number');
        value = getPath(base, f.path); // keep checking the rest of the form
      }
    }
    setPath(candidate, f.path, value);
  }
  const parsed = parseScenario(candidate);
  const otherErrors: string[] = [];
  if (!parsed.ok) {
    const paths = fields.map((f) => f.path);
    for (const e of parsed.errors) {
      const field = fieldForError(e.path, paths);
      if (field === null) otherErrors.push(`${e.path}: ${e.message}`);
      else if (!notNumbers.has(field)) (fieldErrors[field] ??= []).push(e.message);
      const station = orderedStationField(candidate, e.path);
      if (station !== null && paths.includes(station) && !notNumbers.has(station)) {
        (fieldErrors[station] ??= []).push(`a rule needs it: ${e.message}`);
      }
    }
  }
  const ok = parsed.ok && notNumbers.size === 0;
  return { ok, scenario: ok && parsed.ok ? parsed.scenario : null, fieldErrors, otherErrors };
}

/**
 * The field that should show an error reported at `errorPath`: the field with that path, or the
 * field holding it (a list field for one of its items), or, for a problem with a setting the
 * form does not show (a rule's `order`), the first field of the same object (the rule's switch).
 * Null when no field of the form can fix it.
 *
 * @example
 * fieldForError('targeting.rules.2.when.in.1', ['targeting.rules.2.when.in']); // 'targeting.rules.2.when.in'
 * fieldForError('targeting.rules.0.order', ['targeting.rules.0.enabled']);     // 'targeting.rules.0.enabled'
 * fieldForError('mix.origins', ['targeting.rules.0.enabled']);                 // null
 */
export function fieldForError(errorPath: string, fieldPaths: readonly string[]): string | null {
  if (fieldPaths.includes(errorPath)) return errorPath;
  let holder: string | null = null;
  for (const p of fieldPaths) if (errorPath.startsWith(`${p}.`) && (holder === null || p.length > holder.length)) holder = p;
  if (holder !== null) return holder;
  const within = fieldPaths.find((p) => p.startsWith(`${errorPath}.`));
  if (within !== undefined) return within;
  const parent = errorPath.includes('.') ? errorPath.slice(0, errorPath.lastIndexOf('.')) : null;
  if (parent === null || !parent.includes('.')) return null;
  return fieldPaths.find((p) => p.startsWith(`${parent}.`)) ?? null;
}

/**
 * For an error on a rule's `order` (the rule sends parcels to a station that is switched off or
 * has no lanes), the station field a person most likely just changed: its switch or its lanes.
 */
function orderedStationField(candidate: Scenario, errorPath: string): string | null {
  const m = /^targeting\.rules\.(\d+)\.order$/.exec(errorPath);
  const rule = m === null ? undefined : candidate.targeting.rules[Number(m[1])];
  if (rule === undefined) return null;
  const station = candidate.stations[rule.order];
  return station.enabled ? `stations.${rule.order}.lanes` : `stations.${rule.order}.enabled`;
}

function getPath(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const k of path.split('.')) v = (v as Record<string, unknown>)[k];
  return v;
}

function setPath(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let v = root as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) v = v[k] as Record<string, unknown>;
  v[keys[keys.length - 1]] = value;
}

/**
 * Sweep grids: a base scenario, the parameters to vary and their values; the cartesian product of
 * the values gives the points, each run with the grid's replications. `parseGrid` turns an
 * untrusted grid (a JSON file, a form) into a checked `GridSpec`, or reports every problem with
 * its path, as scenarios do (docs/architecture.md rule 5):
 *  1. the file's shape (`gridSchema.ts`);
 *  2. the base scenario (a preset name, or a scenario checked by `parseScenario`);
 *  3. each parameter's path against the base (`gridPaths.ts`), ranges expanded;
 *  4. every point's scenario through `parseScenario`, a problem naming the point and its values.
 *
 * The checked `GridSpec` is itself a valid grid (ranges written out, the base as a full
 * scenario, names and warm-up filled in). Results carry it, so a result says exactly what was
 * run, and `merge` can check that parts come from the same grid and rebuild its points.
 */
import { formatErrors, getPreset, parseScenario, presetNames, type Scenario, type ScenarioError } from '../scenario/index.js';
import type { z } from 'zod';
import { friendlyIssueMessage, issuesToErrors } from '../scenario/issueMessages.js';
import { cloneJson, resolvePath, type PathTarget } from './gridPaths.js';
import { MAX_JOBS, MAX_POINTS, expandRange, gridSchema, type GridInput } from './gridSchema.js';

/** A parameter with its values listed: `values` to set, or `scale` factors to multiply by. */
export type GridParameter = { name: string; path: string; values: unknown[] } | { name: string; path: string; scale: number[] };

/** A checked grid. Its points are the cartesian product of the parameters' values. */
export interface GridSpec {
  name: string;
  description: string;
  base: { scenario: Scenario };
  parameters: GridParameter[];
  replications: number;
  seed: number;
  days: number;
  warmupDays: number;
}

/** One point of a grid: its index in the product and each parameter's value (in parameter order). */
export interface GridPoint {
  index: number;
  values: unknown[];
}

/** What `parseGrid` returns: a checked grid, or every problem found. */
export type GridResult = { ok: true; grid: GridSpec } | { ok: false; errors: ScenarioError[] };

/** Most distinct point problems reported before the rest are counted. */
const MAX_POINT_ERRORS = 20;

/**
 * Checks an untrusted grid (see the file comment for the steps).
 *
 * @example
 * const r = parseGrid({ base: { preset: 'baseline' }, parameters: [
 *   { name: 'xray officers', path: 'stations.xray.officersByShift.*', values: { from: 1, to: 6, step: 1 } },
 *   { path: 'targeting.rules.aed-risk.when.atLeast', values: [0.995, 0.998] } ],
 *   replications: 10, seed: 1, days: 1 });
 * if (r.ok) gridPoints(r.grid).length; // 12
 * else console.error(formatErrors(r.errors)); // e.g. "parameters.1.path: no rule with id 'aed' in targeting.rules (ids: ...)"
 */
export function parseGrid(input: unknown): GridResult {
  const shape = parseShape(input, gridSchema, 'grid');
  if (!shape.ok) return shape;
  const { data: g, errors, warmupDays } = shape;
  const base = baseScenario(g, errors);
  const parameters = base === undefined ? [] : checkParameters(g.parameters, base, errors);
  if (errors.length > 0 || base === undefined) return { ok: false, errors };
  const grid: GridSpec = {
    name: g.name ?? `sweep of ${base.name}`,
    description: g.description ?? '',
    base: { scenario: base },
    parameters,
    replications: g.replications,
    seed: g.seed,
    days: g.days,
    warmupDays,
  };
  const count = pointCount(grid);
  if (count > MAX_POINTS) return { ok: false, errors: [{ path: 'parameters', message: `the grid has ${count} points; at most ${MAX_POINTS} are allowed` }] };
  // Jobs are planned in memory before they run: a million is ample (a 10,000-point grid with 100 replications each).
  if (count * g.replications > MAX_JOBS) {
    return { ok: false, errors: [{ path: 'replications', message: `${count} points × ${g.replications} replications are ${(count * g.replications).toLocaleString('en-US')} runs; at most ${MAX_JOBS.toLocaleString('en-US')} are allowed` }] };
  }
  if (g.seed + g.replications - 1 > Number.MAX_SAFE_INTEGER) return { ok: false, errors: [{ path: 'seed', message: 'seed + replications - 1 must be a safe integer' }] };
  const pointErrors = checkPoints(grid);
  return pointErrors.length > 0 ? { ok: false, errors: pointErrors } : { ok: true, grid };
}

/**
 * The first checks of a grid or an optimization problem: a JSON object of the schema's shape
 * (every problem with its path), and a warm-up shorter than the run. Further problems go on
 * `errors`.
 *
 * @example
 * const shape = parseShape(input, gridSchema, 'grid');
 * if (!shape.ok) return shape; // { ok: false, errors: [{ path: '(root)', message: 'a grid must be a JSON object' }] }
 */
export function parseShape<T extends { days: number; warmupDays?: number }>(
  input: unknown,
  schema: z.ZodType<T>,
  what: string,
): { ok: true; data: T; warmupDays: number; errors: ScenarioError[] } | { ok: false; errors: ScenarioError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(root)', message: `a ${what} must be a JSON object` }] };
  }
  const parsed = schema.safeParse(input, { error: friendlyIssueMessage, reportInput: true });
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  const g = parsed.data;
  const errors: ScenarioError[] = [];
  const warmupDays = g.warmupDays ?? 0;
  if (warmupDays >= g.days) errors.push({ path: 'warmupDays', message: `must be less than days (${g.days}), got ${warmupDays}` });
  return { ok: true, data: g, warmupDays, errors };
}

/**
 * The base scenario of a grid (or an optimization problem): a preset, or a scenario checked by
 * `parseScenario`; problems are pushed onto `errors` under `base`.
 */
export function baseScenario(g: Pick<GridInput, 'base'>, errors: ScenarioError[]): Scenario | undefined {
  const { preset, scenario } = g.base;
  if ((preset === undefined) === (scenario === undefined)) {
    errors.push({ path: 'base', message: 'give exactly one of "preset" (a preset name) and "scenario" (a scenario object)' });
    return undefined;
  }
  if (preset !== undefined) {
    if (presetNames().includes(preset)) return getPreset(preset).scenario;
    errors.push({ path: 'base.preset', message: `unknown preset '${preset}'; valid presets: ${presetNames().join(', ')}` });
    return undefined;
  }
  const r = parseScenario(scenario);
  if (r.ok) return r.scenario;
  for (const e of r.errors) errors.push({ path: e.path === '(root)' ? 'base.scenario' : `base.scenario.${e.path}`, message: e.message });
  return undefined;
}

/**
 * Checks parameters against the base scenario (paths resolve, names and fields distinct, ranges
 * expand), pushing problems under `field` (`parameters`, or `variables` for an optimization).
 */
export function checkParameters(parameters: GridInput['parameters'], base: Scenario, errors: ScenarioError[], field = 'parameters'): GridParameter[] {
  const out: GridParameter[] = [];
  const names = new Map<string, number>();
  const fields = new Map<string, number>();
  parameters.forEach((p, i) => {
    const at = `${field}.${i}`;
    if ((p.values === undefined) === (p.scale === undefined)) {
      errors.push({ path: at, message: 'give exactly one of "values" (to set) and "scale" (factors to multiply by)' });
      return;
    }
    const name = p.name ?? (p.scale !== undefined ? `${p.path} (scale)` : p.path);
    const earlier = names.get(name);
    if (earlier !== undefined) errors.push({ path: `${at}.name`, message: `'${name}' is also the name of ${field}.${earlier}; names must differ` });
    names.set(name, i);
    const resolved = resolvePath(base, p.path);
    if (!resolved.ok) {
      errors.push({ path: `${at}.path`, message: resolved.message });
      return;
    }
    for (const t of resolved.targets) {
      const other = fields.get(t.path);
      if (other !== undefined && other !== i) errors.push({ path: `${at}.path`, message: `${t.path} is also set by ${field}.${other}` });
      fields.set(t.path, i);
    }
    const list = p.values ?? p.scale;
    const values = Array.isArray(list) ? list : expandRange(list as Exclude<typeof list, unknown[] | undefined>);
    if (typeof values === 'string') {
      errors.push({ path: `${at}.${p.values !== undefined ? 'values' : 'scale'}`, message: values });
      return;
    }
    if (p.scale !== undefined) {
      const notNumber = resolved.targets.find((t) => typeof valueAt(t) !== 'number');
      if (notNumber) {
        errors.push({ path: `${at}.path`, message: `scale needs numbers, but ${notNumber.path} is not a number` });
        return;
      }
      out.push({ name, path: p.path, scale: values as number[] });
    } else {
      out.push({ name, path: p.path, values });
    }
  });
  return out;
}

function valueAt(t: PathTarget): unknown {
  return (t.parent as Record<string | number, unknown>)[t.key];
}

/** Values of a parameter, whichever kind it is. */
export function parameterValues(p: GridParameter): unknown[] {
  return 'scale' in p ? p.scale : p.values;
}

/**
 * Number of points: the product of the parameters' value counts (1 with no parameters).
 *
 * @example
 * pointCount(grid); // 6 × 3 × 3 × 3 = 162 for the example in docs/experiments.md
 */
export function pointCount(grid: GridSpec): number {
  return grid.parameters.reduce((n, p) => n * parameterValues(p).length, 1);
}

/**
 * The points in order: the first parameter varies slowest, the last fastest (as nested loops
 * written in the order the parameters are listed).
 *
 * @example
 * gridPoints(grid)[1].values; // [first value of parameter 0, ..., second value of the last parameter]
 */
export function gridPoints(grid: GridSpec): GridPoint[] {
  return Array.from({ length: pointCount(grid) }, (_, index) => ({ index, values: pointValues(grid, index) }));
}

/** The values of point `index` (mixed radix over the parameters, the last varying fastest). */
export function pointValues(grid: Pick<GridSpec, 'parameters'>, index: number): unknown[] {
  const values: unknown[] = new Array(grid.parameters.length);
  let rest = index;
  for (let k = grid.parameters.length - 1; k >= 0; k--) {
    const list = parameterValues(grid.parameters[k]);
    values[k] = list[rest % list.length];
    rest = Math.floor(rest / list.length);
  }
  return values;
}

/**
 * A point's parameters by name, for reports: `{ 'xray officers': 2, 'aed threshold': 0.995 }`.
 *
 * @example
 * pointParameters(grid, gridPoints(grid)[0]);
 */
export function pointParameters(grid: GridSpec, point: GridPoint): Record<string, unknown> {
  return Object.fromEntries(grid.parameters.map((p, k) => [p.name, point.values[k]]));
}

/**
 * "point 3 (xray officers=2, aed threshold=0.995)": how reports and errors name a point.
 *
 * @example
 * pointLabel(grid, gridPoints(grid)[3]);
 */
export function pointLabel(grid: GridSpec, point: GridPoint): string {
  const values = grid.parameters.map((p, k) => `${p.name}=${JSON.stringify(point.values[k])}`);
  return values.length === 0 ? `point ${point.index}` : `point ${point.index} (${values.join(', ')})`;
}

/**
 * The scenario of a point: the base with each parameter applied in order, validated.
 *
 * @example
 * const r = pointScenario(grid, gridPoints(grid)[5]);
 * if (r.ok) runScenario(r.scenario, { seed: 1 });
 */
export function pointScenario(grid: GridSpec, point: GridPoint): ReturnType<typeof parseScenario> {
  const scenario = cloneJson(grid.base.scenario) as unknown;
  grid.parameters.forEach((p, k) => {
    const resolved = resolvePath(scenario, p.path);
    if (!resolved.ok) throw new Error(`grid parameter ${p.name}: ${resolved.message}`); // checked by parseGrid
    for (const t of resolved.targets) {
      const target = t.parent as Record<string | number, unknown>;
      target[t.key] = 'scale' in p ? (target[t.key] as number) * (point.values[k] as number) : cloneJson(point.values[k]);
    }
  });
  return parseScenario(scenario);
}

/**
 * Every point's problems, each distinct problem once, naming the first point that has it and
 * how many others do: a bad value shared by half the grid is one line, not hundreds.
 */
function checkPoints(grid: GridSpec): ScenarioError[] {
  const seen = new Map<string, { error: ScenarioError; first: string; others: number }>();
  for (const point of gridPoints(grid)) {
    const r = pointScenario(grid, point);
    if (r.ok) continue;
    for (const error of r.errors) {
      const key = `${error.path}\n${error.message}`;
      const entry = seen.get(key);
      if (entry) entry.others++;
      else seen.set(key, { error, first: pointLabel(grid, point), others: 0 });
    }
  }
  const errors: ScenarioError[] = [];
  for (const { error, first, others } of seen.values()) {
    if (errors.length === MAX_POINT_ERRORS) {
      errors.push({ path: 'parameters', message: `and ${seen.size - MAX_POINT_ERRORS} more problems with points` });
      break;
    }
    const also = others > 0 ? ` (and ${others} other point${others === 1 ? '' : 's'})` : '';
    errors.push({ path: `${first}${also}`, message: `invalid scenario: ${formatErrors([error])}` });
  }
  return errors;
}

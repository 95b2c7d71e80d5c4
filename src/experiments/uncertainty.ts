/**
 * Uncertainty files, checked: `parseUncertainty` turns an untrusted file (JSON, or the app's
 * form) into an `UncertaintySpec`, or reports every problem with its path in plain words, like
 * grid and scenario files (docs/architecture.md rule 5):
 *  1. the shape (`uncertaintySchema.ts`): distributions, low below high, a note for every input;
 *  2. against the scenario(s) it will apply to: every path exists and reaches numbers, no two
 *     inputs set the same field, every metric asked for exists.
 * Whether every draw gives a valid scenario is checked when the draws are made (`secondOrder.ts`).
 *
 * `applyInputs` sets (or multiplies) the inputs' fields in a copy of a scenario, as a grid
 * parameter's `values` (or `scale`) would.
 */
import type { Scenario, ScenarioError } from '../scenario/index.js';
import { friendlyIssueMessage, issuesToErrors } from '../scenario/issueMessages.js';
import { cloneJson, resolvePath } from './gridPaths.js';
import type { Sampling, UncertainInput } from './inputDraws.js';
import { metricNames } from './metricPaths.js';
import { DEFAULT_OUTER, uncertaintySchema } from './uncertaintySchema.js';

/** The metrics reported when a file names none: what is stopped, and what it costs in delay. */
export const DEFAULT_UNCERTAINTY_METRICS: readonly string[] = [
  'contraband.interdictionRate',
  'contraband.seized',
  'throughput.screeningDelayParcelHours',
];

/** A checked uncertainty file; carried by results, so a result says exactly what was drawn. */
export interface UncertaintySpec {
  name: string;
  description: string;
  inputs: UncertainInput[];
  /** Outer draws (plausible worlds). */
  outer: number;
  sampling: Sampling;
  /** Seed of the input draws (the runs' seeds come from the experiment). */
  seed: number;
  /** Metrics reported (bands, tornado, "beats"). */
  metrics: string[];
  /** Percentiles of each input the tornado sets it to. */
  tornado: { low: number; high: number };
}

/** What `parseUncertainty` returns. */
export type UncertaintyParse = { ok: true; spec: UncertaintySpec } | { ok: false; errors: ScenarioError[] };

/**
 * Checks an untrusted uncertainty file against the scenarios it will apply to (one for
 * `replicate`, A and B for `compare`, the sweep's base for `sweep`).
 *
 * @example
 * const r = parseUncertainty({ inputs: [{ name: 'prevalence', path: 'contraband.*.perMillion', multiplier: true,
 *   distribution: 'lognormal', median: 1, sigma: 0.5, note: 'assumption: ...' }] }, [scenario]);
 * if (!r.ok) console.error(formatErrors(r.errors)); // e.g. "inputs.0.path: no field 'contrband' in the scenario (fields: ...)"
 */
export function parseUncertainty(input: unknown, scenarios: readonly Scenario[]): UncertaintyParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(root)', message: 'an uncertainty file must be a JSON object' }] };
  }
  const parsed = uncertaintySchema.safeParse(input, { error: friendlyIssueMessage, reportInput: true });
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  const u = parsed.data;
  const errors: ScenarioError[] = [];
  const names = new Map<string, number>();
  const fields = new Map<string, number>();
  const inputs = u.inputs.map((raw, i): UncertainInput => {
    const at = `inputs.${i}`;
    const earlier = names.get(raw.name);
    if (earlier !== undefined) errors.push({ path: `${at}.name`, message: `'${raw.name}' is also the name of inputs.${earlier}; give each input its own name` });
    names.set(raw.name, i);
    if (raw.distribution !== 'lognormal' && !(raw.low < raw.high)) errors.push({ path: `${at}.high`, message: `must be more than low (${raw.low}), got ${raw.high}` });
    if (raw.distribution === 'triangular' && !(raw.mode >= raw.low && raw.mode <= raw.high)) {
      errors.push({ path: `${at}.mode`, message: `must lie from low (${raw.low}) to high (${raw.high}), got ${raw.mode}` });
    }
    for (const scenario of scenarios) checkPath(scenario, raw.path, raw.multiplier === true, `${at}.path`, i, fields, errors);
    return { ...raw, multiplier: raw.multiplier === true } as UncertainInput;
  });
  const metrics = u.metrics ?? [...DEFAULT_UNCERTAINTY_METRICS];
  const known = new Set(scenarios.flatMap((s) => metricNames(s)));
  metrics.forEach((m, i) => {
    if (!known.has(m)) {
      const tail = m.split('.').pop()?.toLowerCase() ?? '';
      const similar = [...known].filter((n) => tail !== '' && n.toLowerCase().includes(tail)).slice(0, 4);
      errors.push({ path: `metrics.${i}`, message: `unknown metric '${m}'${similar.length > 0 ? `; similar: ${similar.join(', ')}` : ' (docs/experiments.md lists them)'}` });
    }
  });
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  return {
    ok: true,
    spec: {
      name: u.name ?? `uncertainty in ${inputs.map((x) => x.name).join(', ')}`,
      description: u.description ?? '',
      inputs,
      outer: u.outer ?? DEFAULT_OUTER,
      sampling: u.sampling ?? 'latin-hypercube',
      seed: u.seed ?? 1,
      metrics,
      tornado: u.tornado ?? { low: 0.1, high: 0.9 },
    },
  };
}

function checkPath(scenario: Scenario, path: string, multiplier: boolean, at: string, index: number, fields: Map<string, number>, errors: ScenarioError[]): void {
  const r = resolvePath(scenario, path);
  if (!r.ok) {
    errors.push({ path: at, message: r.message });
    return;
  }
  if (r.targets.length === 0) errors.push({ path: at, message: `'${path}' reaches no field` });
  for (const t of r.targets) {
    const value = (t.parent as Record<string | number, unknown>)[t.key];
    if (typeof value !== 'number') {
      errors.push({ path: at, message: `${t.path} is not a number, so it cannot be drawn${multiplier ? ' or multiplied' : ''}` });
      return;
    }
    const other = fields.get(t.path);
    if (other !== undefined && other !== index) {
      errors.push({ path: at, message: `${t.path} is also set by inputs.${other}; an input may not share a field with another` });
      return;
    }
    fields.set(t.path, index);
  }
}

/** The same problem found in A and in B is reported once. */
function dedupe(errors: ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\n${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A copy of `scenario` with each input's field(s) set to (or, for a multiplier, multiplied by)
 * its value in `values` (in input order). Not validated: the caller checks the copy.
 *
 * @example
 * applyInputs(baseline, spec.inputs, [2, 1.8]).contraband.fentanyl.perMillion; // twice the baseline's
 */
export function applyInputs(scenario: Scenario, inputs: readonly UncertainInput[], values: readonly number[]): unknown {
  const copy = cloneJson(scenario) as unknown;
  inputs.forEach((input, i) => {
    const r = resolvePath(copy, input.path);
    if (!r.ok) throw new Error(`applyInputs: ${r.message}; check the file with parseUncertainty first`);
    for (const t of r.targets) {
      const parent = t.parent as Record<string | number, number>;
      parent[t.key] = input.multiplier ? Number((parent[t.key] * values[i]).toPrecision(12)) : values[i];
    }
  });
  return copy;
}

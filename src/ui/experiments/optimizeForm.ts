/**
 * From the Optimize form to the problem the experiments core runs. The form holds text as typed;
 * each input is checked where it stands (in words, next to it), then the problem object (the same
 * shape as a problem file for `npm run sim -- optimize`) goes through the core's `parseProblem`,
 * whose messages are shown at the form's foot. The budget is officer pay per day; an optional
 * second limit caps the screening delay per day.
 *
 * Error keys: 'base', 'variables', 'objective', 'budget', 'delay', 'replications', 'population',
 * 'generations', 'extra', 'seed', 'problem' (the problem as a whole).
 */
import { formatErrors } from '../../scenario/index.js';
import { parseProblem, plannedRuns, resolvePath, type OptimizeProblem } from '../../experiments/index.js';
import { MAX_UI_RUNS, grouped, readNumber, readSeed, type Read } from './formLimits.js';
import { OPTIMIZE_OBJECTIVES, OPTIMIZE_VARIABLES } from './optimizeChoices.js';
import { resolveChoice, type OpenScenario } from './scenarioChoice.js';
import type { FieldErrors } from './sweepGrid.js';

/** The form's values, as typed. */
export interface OptimizeFormValues {
  /** A preset name, or CURRENT_SCENARIO. */
  base: string;
  /** Ids of the ticked variables. */
  variables: string[];
  objective: string;
  /** Officer pay per day, US dollars. */
  budget: string;
  /** Screening delay per day, parcel-hours; blank: no limit. */
  delay: string;
  replications: string;
  population: string;
  generations: string;
  /** Runs added to the finalists. */
  extra: string;
  seed: string;
}

export type OptimizeCheck = { ok: true; problem: OptimizeProblem; runs: number } | { ok: false; errors: FieldErrors };

/** Finalists the panel keeps: enough to show a choice, few enough to read. */
export const UI_FINALISTS = 3;

/** A whole number from `min` to `max`, in words next to its input. */
function readWhole(text: string, min: number, max: number): Read {
  const t = text.trim();
  const n = Number(t);
  return /^\d{1,5}$/.test(t) && n >= min && n <= max ? { ok: true, value: n } : { ok: false, message: `must be a whole number from ${min} to ${max}` };
}

/**
 * Checks the form and builds the problem (see the file comment).
 *
 * @example
 * checkOptimize({ base: 'baseline', variables: ['xrayOfficers'], objective: 'interdiction', budget: '16800', delay: '',
 *   replications: '3', population: '6', generations: '3', extra: '12', seed: '1' }, null);
 * // { ok: true, problem: { ... }, runs: 108 }
 */
export function checkOptimize(form: OptimizeFormValues, current: OpenScenario | null): OptimizeCheck {
  const errors: FieldErrors = {};
  const take = (key: string, r: Read): number => {
    if (!r.ok) errors[key] = r.message;
    return r.ok ? r.value : NaN;
  };
  const choice = resolveChoice(form.base, current);
  if (!choice.ok) errors.base = choice.message;
  const defs = OPTIMIZE_VARIABLES.filter((v) => form.variables.includes(v.id));
  if (defs.length === 0) errors.variables = 'tick at least one thing that may change';
  else if (choice.ok) {
    const missing = defs.filter((v) => !resolvePath(choice.scenario, v.path).ok).map((v) => v.label);
    if (missing.length > 0) errors.variables = `not in this scenario: ${missing.join(', ')}`;
  }
  const objective = OPTIMIZE_OBJECTIVES.find((o) => o.id === form.objective);
  if (!objective) errors.objective = 'choose what to make best';
  const budget = take('budget', readNumber(form.budget));
  if (Number.isFinite(budget) && budget <= 0) errors.budget = 'must be more than 0 dollars a day';
  const delay = form.delay.trim() === '' ? null : take('delay', readNumber(form.delay));
  if (delay !== null && Number.isFinite(delay) && delay < 0) errors.delay = 'must be 0 or more, or blank for no limit';
  const replications = take('replications', readWhole(form.replications, 2, 20));
  const population = take('population', readWhole(form.population, 2, 20));
  const generations = take('generations', readWhole(form.generations, 0, 10));
  const extra = take('extra', readWhole(form.extra, 0, 200));
  const seed = take('seed', readSeed(form.seed));
  if (Object.keys(errors).length > 0 || !choice.ok || !objective) return { ok: false, errors };

  const constraints: Record<string, unknown>[] = [{ name: 'Officer pay per day', metric: 'cost.dollars', atMost: budget, perDay: true }];
  if (delay !== null) constraints.push({ name: 'Screening delay per day', metric: 'throughput.screeningDelayParcelHours', atMost: delay, perDay: true });
  const r = parseProblem({
    name: `${objective.label} for at most $${grouped(budget)} a day`,
    base: { scenario: choice.scenario },
    variables: defs.map((v) => ({ name: v.label, path: v.path, values: v.values })),
    objective: { metric: objective.metric, goal: objective.goal },
    constraints,
    replications, seed, days: 1,
    search: { population, generations },
    selection: { finalists: Math.min(UI_FINALISTS, population * (generations + 1)), budget: extra },
  });
  if (!r.ok) return { ok: false, errors: { problem: formatErrors(r.errors) } };
  const runs = plannedRuns(r.problem);
  if (runs > MAX_UI_RUNS) {
    return { ok: false, errors: { generations: `up to ${grouped(runs)} runs: at most ${grouped(MAX_UI_RUNS)} in the browser (fewer candidates, generations or runs; larger problems: npm run sim -- optimize)` } };
  }
  return { ok: true, problem: r.problem, runs };
}

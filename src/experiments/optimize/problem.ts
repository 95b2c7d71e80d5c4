/**
 * Optimization problems: `parseProblem` turns an untrusted problem (a JSON file, the app's form)
 * into a checked `OptimizeProblem`, or reports every problem with its path, as grids do:
 *  1. the file's shape (`problemSchema.ts`);
 *  2. the base scenario, and each variable's path against it (the grid machinery, `grid.ts`);
 *  3. the objective's and constraints' metrics against the metrics a run has;
 *  4. each value of each variable, set alone on the base, through `parseScenario` (the whole grid
 *     can be far too large to check point by point; a candidate that still turns out invalid in
 *     combination is skipped by the search and listed in the result).
 *
 * The search space is a `GridSpec` (the variables as its parameters, the search's replications),
 * so points, labels and scenarios come from the sweep code. The checked problem is itself a valid
 * problem file (ranges written out, the base as a full scenario, defaults filled in).
 */
import { formatErrors, type ScenarioError } from '../../scenario/index.js';
import { baseScenario, checkParameters, parameterValues, parseShape, pointLabel, pointScenario, pointValues, type GridParameter, type GridSpec } from '../grid.js';
import { metricNames } from '../metricPaths.js';
import type { Constraint, Criteria, Objective } from './criteria.js';
import { problemSchema } from './problemSchema.js';
import type { Scenario } from '../../scenario/index.js';

/** Largest search space: point numbers must stay exact integers. */
export const MAX_SPACE = 1e15;

/** A checked problem. */
export interface OptimizeProblem {
  name: string;
  description: string;
  base: { scenario: Scenario };
  variables: GridParameter[];
  objective: Objective;
  /** As in the file (one of atMost and atLeast), names filled in. */
  constraints: ProblemConstraint[];
  replications: number;
  seed: number;
  days: number;
  warmupDays: number;
  search: { population: number; generations: number; seed: number };
  selection: { finalists: number; budget: number; stage: number };
}

/** A checked constraint, in the file's own form. */
export type ProblemConstraint = { name: string; metric: string; perDay: boolean } & ({ atMost: number } | { atLeast: number });

export type ProblemResult = { ok: true; problem: OptimizeProblem } | { ok: false; errors: ScenarioError[] };

/**
 * Checks an untrusted problem (see the file comment for the steps).
 *
 * @example
 * const r = parseProblem(JSON.parse(text));
 * if (!r.ok) console.error(formatErrors(r.errors)); // e.g. "objective.metric: no metric 'contraband.interdiction' ..."
 */
export function parseProblem(input: unknown): ProblemResult {
  const shape = parseShape(input, problemSchema, 'problem');
  if (!shape.ok) return shape;
  const { data: g, errors, warmupDays } = shape;
  const base = baseScenario(g, errors);
  const variables = base === undefined ? [] : checkParameters(g.variables, base, errors, 'variables');
  const known = base === undefined ? [] : metricNames(base);
  const checkMetric = (path: string, m: string) => {
    if (base !== undefined && !known.includes(m)) errors.push({ path, message: `no metric '${m}'; ${hint(m, known)}` });
  };
  checkMetric('objective.metric', g.objective.metric);
  const constraints: ProblemConstraint[] = [];
  (g.constraints ?? []).forEach((c, j) => {
    checkMetric(`constraints.${j}.metric`, c.metric);
    if ((c.atMost === undefined) === (c.atLeast === undefined)) {
      errors.push({ path: `constraints.${j}`, message: 'give exactly one of "atMost" and "atLeast" (the limit)' });
      return;
    }
    const limit = (c.atMost ?? c.atLeast) as number;
    const name = c.name ?? `${c.metric}${c.perDay ? ' per day' : ''} ${c.atMost !== undefined ? '≤' : '≥'} ${limit}`;
    const bound = c.atMost !== undefined ? { atMost: limit } : { atLeast: limit };
    constraints.push({ name, metric: c.metric, ...bound, perDay: c.perDay ?? false });
  });
  if (g.selection.finalists > g.search.population * (g.search.generations + 1)) {
    errors.push({ path: 'selection.finalists', message: `must be at most the candidates the search can run (population × (generations + 1) = ${g.search.population * (g.search.generations + 1)})` });
  }
  if (g.seed + g.replications + g.selection.budget > Number.MAX_SAFE_INTEGER) errors.push({ path: 'seed', message: 'seed + replications + budget must be a safe integer' });
  if (errors.length > 0 || base === undefined) return { ok: false, errors };
  const problem: OptimizeProblem = {
    name: g.name ?? `optimization of ${base.name}`,
    description: g.description ?? '',
    base: { scenario: base },
    variables,
    objective: { metric: g.objective.metric, goal: g.objective.goal, perDay: g.objective.perDay ?? false },
    constraints,
    replications: g.replications,
    seed: g.seed,
    days: g.days,
    warmupDays,
    search: { population: g.search.population, generations: g.search.generations, seed: g.search.seed ?? g.seed },
    selection: { finalists: g.selection.finalists, budget: g.selection.budget, stage: g.selection.stage ?? Math.max(g.selection.finalists * 2, 10) },
  };
  const size = spaceSize(problem);
  if (size > MAX_SPACE) return { ok: false, errors: [{ path: 'variables', message: `the variables give ${size.toExponential(2)} combinations; at most ${MAX_SPACE.toExponential(0)} are allowed` }] };
  const valueErrors = checkValues(problem);
  return valueErrors.length > 0 ? { ok: false, errors: valueErrors } : { ok: true, problem };
}

/**
 * The search space as a grid: the variables are its parameters, the search's replications its
 * replications (so `pointScenario`, `pointLabel` and `pointParameters` apply).
 *
 * @example
 * pointScenario(searchGrid(problem), { index: 7, values: pointValues(searchGrid(problem), 7) });
 */
export function searchGrid(problem: OptimizeProblem): GridSpec {
  return {
    name: problem.name, description: problem.description, base: problem.base, parameters: problem.variables,
    replications: problem.replications, seed: problem.seed, days: problem.days, warmupDays: problem.warmupDays,
  };
}

/**
 * The scenario of a candidate (a point of the search grid), checked; to open as a live run or
 * run again.
 *
 * @example
 * const r = candidateScenario(problem, result.chosen.point);
 * if (r.ok) runScenario(r.scenario, { seed: problem.seed });
 */
export function candidateScenario(problem: OptimizeProblem, point: number): ReturnType<typeof pointScenario> {
  const grid = searchGrid(problem);
  return pointScenario(grid, { index: point, values: pointValues(grid, point) });
}

/** The criteria of a problem (objective, constraints, measured days). */
export function problemCriteria(problem: OptimizeProblem): Criteria {
  const constraints = problem.constraints.map((c): Constraint => ({
    name: c.name, metric: c.metric, perDay: c.perDay, ...('atMost' in c ? { bound: 'atMost', limit: c.atMost } : { bound: 'atLeast', limit: c.atLeast }),
  }));
  return { objective: problem.objective, constraints, measuredDays: problem.days - problem.warmupDays };
}

/** Combinations of the variables' values. */
export function spaceSize(problem: Pick<OptimizeProblem, 'variables'>): number {
  return problem.variables.reduce((n, v) => n * parameterValues(v).length, 1);
}

/** Each value of each variable, the others at their first value: the problems, each once. */
function checkValues(problem: OptimizeProblem): ScenarioError[] {
  const grid = searchGrid(problem);
  const seen = new Set<string>();
  const errors: ScenarioError[] = [];
  problem.variables.forEach((v, k) => {
    parameterValues(v).forEach((value, i) => {
      const values = problem.variables.map((w, m) => (m === k ? value : parameterValues(w)[0]));
      const index = problem.variables.reduce((p, w, m) => p * parameterValues(w).length + (m === k ? i : 0), 0);
      const r = pointScenario(grid, { index, values });
      if (r.ok) return;
      for (const e of r.errors) {
        const key = `${e.path}\n${e.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        errors.push({ path: pointLabel(grid, { index, values }).replace(/^point/, 'candidate'), message: `invalid scenario: ${formatErrors([e])}` });
      }
    });
  });
  return errors;
}

/** A short hint of the metric names nearest to a misspelt one. */
function hint(name: string, known: readonly string[]): string {
  const head = name.split('.')[0];
  const near = known.filter((k) => k.startsWith(`${head}.`)).slice(0, 12);
  return near.length > 0 ? `metrics under '${head}': ${near.join(', ')}${near.length === 12 ? ', ...' : ''}` : `metrics start with: ${[...new Set(known.map((k) => k.split('.')[0]))].join(', ')}`;
}

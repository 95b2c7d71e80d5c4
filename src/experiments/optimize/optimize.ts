/**
 * Running an optimization: the genetic search over the problem's grid (`geneticSearch.ts`), then
 * OCBA-CO among the best candidates (`selection.ts`), then a check: the chosen candidate and the
 * base scenario on fresh seeds, used by no run before. The chosen one was picked for looking best
 * on the search's seeds, so its figures there are biased upwards (the "winner's curse"); on fresh
 * seeds they are not, and the pairing (common random numbers) keeps the difference tight. Every
 * run is a job on the given executor (worker threads in the CLI, Web Workers in the app), in
 * batches: a generation, a selection stage, the check.
 *
 * Job numbers are given in the order runs are asked for, which depends only on earlier results
 * (which come back by job number, `runJobs.ts`), never on timing: the same problem gives the
 * same jobs, the same search and the same bytes on any number of workers.
 *
 * Never throws for a failed or cancelled run: the result is then marked `complete: false`, keeps
 * what the search found so far, and lists the finished runs of the criteria's metrics.
 */
import type { Scenario } from '../../scenario/index.js';
import type { Executor } from '../executor.js';
import { pointParameters, pointScenario, pointValues } from '../grid.js';
import { resolvePath } from '../gridPaths.js';
import type { Job } from '../jobs.js';
import { runJobs, type Outcome, type RunControl } from '../runJobs.js';
import { estimate } from './criteria.js';
import { geneticSearch, rankPoints, type GenerationRecord } from './geneticSearch.js';
import { buildOptimizeResult, type CheckRuns, type OptimizeResult, type OptimizeRunRecord } from './optimizeResult.js';
import { problemCriteria, searchGrid, spaceSize, type OptimizeProblem } from './problem.js';
import { RunStore, type SampleRequest, type Sampler } from './runStore.js';
import { selectBest, type SelectionOutcome } from './selection.js';

/** The base scenario's key in the run records (grid points are ≥ 0). */
export const REFERENCE = -1;

/** Progress as the optimization goes: runs done of the most it can take, and what stage it is in. */
export interface OptimizeControl extends RunControl {
  onGeneration?(record: GenerationRecord, generations: number): void;
}

/**
 * The most runs a problem can take: every candidate the search can make, the selection budget,
 * and the check (the chosen one and the base, each as many runs as the chosen one has, at most
 * replications + budget).
 *
 * @example
 * plannedRuns(problem); // 12 × 9 × 5 + 120 + 2 × (5 + 120) for population 12, 8 generations, 5 replications, budget 120
 */
export function plannedRuns(problem: OptimizeProblem): number {
  const searchRuns = Math.min(spaceSize(problem), problem.search.population * (problem.search.generations + 1)) * problem.replications;
  return searchRuns + problem.selection.budget + 2 * (problem.replications + problem.selection.budget);
}

/**
 * Runs a checked problem through an executor.
 *
 * @example
 * const { result } = await optimize(problem, inProcessExecutor(), { signal });
 * result.chosen?.parameters; result.chosen?.probabilityBest;
 */
export async function optimize(problem: OptimizeProblem, executor: Executor, control: OptimizeControl = {}): Promise<Outcome<OptimizeResult>> {
  const grid = searchGrid(problem);
  const criteria = problemCriteria(problem);
  const metricsKept = [problem.objective.metric, ...problem.constraints.map((c) => c.metric)];
  const scenarios = new Map<number, Scenario | null>([[REFERENCE, problem.base.scenario]]);
  const invalid: { point: number; message: string }[] = [];
  const scenarioOf = (point: number): Scenario | null => {
    let s = scenarios.get(point);
    if (s === undefined) {
      const r = pointScenario(grid, { index: point, values: pointValues(grid, point) });
      s = r.ok ? r.scenario : null;
      if (!r.ok) invalid.push({ point, message: r.errors.map((e) => `${e.path}: ${e.message}`).join('; ') });
      scenarios.set(point, s);
    }
    return s;
  };

  const records: OptimizeRunRecord[] = [];
  const total = plannedRuns(problem);
  let nextJob = 0;
  let missing: number[] = [];
  let error: unknown;
  const sample: Sampler = async (requests: readonly SampleRequest[]) => {
    const first = nextJob;
    const jobs: Job[] = requests.map((q, k) => ({
      index: first + k, scenario: scenarioOf(q.point) as Scenario, seed: problem.seed + q.replication, days: problem.days, warmupDays: problem.warmupDays,
    }));
    nextJob += jobs.length;
    const outcome = await runJobs(executor, jobs, { signal: control.signal, onProgress: control.onProgress, doneBefore: records.length, totalPlanned: total });
    const runs = jobs.map((j) => outcome.metrics.get(j.index));
    runs.forEach((m, k) => {
      if (m === undefined) return;
      const q = requests[k];
      records.push({ job: jobs[k].index, point: q.point, replication: q.replication, seed: jobs[k].seed, metrics: Object.fromEntries(metricsKept.map((name) => [name, m[name]])) });
    });
    missing = outcome.missing;
    error ??= outcome.error;
    const stopped = outcome.missing.length > 0 || outcome.error !== undefined || control.signal?.aborted === true;
    return { runs, stopped };
  };

  const store = new RunStore();
  const base = basePoint(problem);
  const search = await geneticSearch(
    { sizes: problem.variables.map((v) => ('scale' in v ? v.scale : v.values).length), valid: (p) => scenarioOf(p) !== null },
    { ...problem.search, replications: problem.replications, start: base === null ? [] : [base] },
    criteria, store, sample,
    (record) => control.onGeneration?.(record, problem.search.generations),
  );
  let selection: SelectionOutcome | null = null;
  let finalists: number[] = [];
  let check: CheckRuns | null = null;
  let stopped = search.stopped;
  if (!stopped) {
    finalists = rankPoints(search.evaluated, store, criteria).slice(0, problem.selection.finalists);
    selection = await selectBest(finalists, criteria, store, sample, problem.selection);
    stopped = selection.stopped;
    if (!stopped) {
      const chosen = finalists[selection.chosen];
      // Fresh seeds: past every replication any candidate has had.
      const first = Math.max(...search.evaluated.map((p) => store.count(p)));
      const n = store.count(chosen);
      const requests = [chosen, REFERENCE].flatMap((point) => Array.from({ length: n }, (_, k) => ({ point, replication: first + k })));
      const batch = await sample(requests);
      stopped = batch.stopped;
      check = { firstReplication: first, chosen: batch.runs.slice(0, n) as Record<string, number>[], base: batch.runs.slice(n) as Record<string, number>[] };
    }
  } else if (search.evaluated.length > 0) {
    finalists = rankPoints(search.evaluated, store, criteria).slice(0, problem.selection.finalists);
  }
  const complete = !stopped && error === undefined;
  const result = buildOptimizeResult({
    problem, criteria, search, selection, finalists, check: stopped ? null : check, complete, missing: complete ? [] : missing, records,
    invalid: invalid.map((x) => ({ ...x, parameters: pointParameters(grid, { index: x.point, values: pointValues(grid, x.point) }) })),
    parametersOf: (point) => pointParameters(grid, { index: point, values: pointValues(grid, point) }),
    estimateOf: (point) => estimate(store.runs(point), criteria),
  });
  return { result, error };
}

/**
 * The grid point with the base scenario's own settings, when every variable's base value is one
 * of its values (a scale variable: factor 1); else null. The search starts from it, so the answer
 * is never worse than today's settings by the search's own measure.
 */
function basePoint(problem: OptimizeProblem): number | null {
  let point = 0;
  for (const v of problem.variables) {
    const list = 'scale' in v ? v.scale : v.values;
    const current = 'scale' in v ? undefined : currentValue(problem.base.scenario, v.path);
    const at = 'scale' in v ? list.indexOf(1) : list.findIndex((x) => JSON.stringify(x) === current);
    if (at < 0) return null;
    point = point * list.length + at;
  }
  return point;
}

/** The base's value at a path as JSON text, when every field the path reaches holds the same; else undefined. */
function currentValue(scenario: Scenario, path: string): string | undefined {
  const r = resolvePath(scenario, path);
  if (!r.ok) return undefined;
  const texts = new Set(r.targets.map((t) => JSON.stringify((t.parent as Record<string | number, unknown>)[t.key])));
  return texts.size === 1 ? [...texts][0] : undefined;
}

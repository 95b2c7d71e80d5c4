/**
 * Running a sweep: every point of a grid (see `grid.ts`) × its replications, as jobs through an
 * executor, summarised point by point (every metric's mean, standard deviation and 95% interval),
 * with the frontier (see `frontier.ts`).
 *
 * Job j is replication j mod R of point ⌊j / R⌋, with seed `grid.seed + replication`: every point
 * uses the same seeds, so points differ only by their parameters, not by luck of the draw (common
 * random numbers across the grid: the same parcels arrive at every point, and the frontier's
 * ordering of close points is more reliable than with independent seeds).
 *
 * The result is built from (grid, finished runs) by one function, `buildSweepResult`, whatever
 * ran them: one process with any number of workers, or shards merged later. Runs are aggregated
 * in job order, so the same runs always give the same bytes.
 */
import type { Scenario } from '../scenario/index.js';
import type { Executor } from './executor.js';
import { DEFAULT_AXES, computeFrontier, type Frontier, type FrontierX, type FrontierY } from './frontier.js';
import { gridPoints, pointCount, pointParameters, pointScenario, type GridSpec } from './grid.js';
import type { Job } from './jobs.js';
import { runJobs, type Outcome, type RunControl } from './runJobs.js';
import { inShard, type Shard } from './shard.js';
import { summarizeRuns, type MetricSummary } from './summary.js';

/** One point of a sweep result. */
export interface SweepPointResult {
  index: number;
  /** The point's value of each parameter, by parameter name. */
  parameters: Record<string, unknown>;
  /** Runs summarised (the grid's replications, unless the result is incomplete). */
  runs: number;
  metrics: Record<string, MetricSummary>;
}

/** One run's metrics, kept in incomplete results and shard parts for `merge`. */
export interface SweepRunRecord {
  job: number;
  point: number;
  replication: number;
  seed: number;
  metrics: Record<string, number>;
}

/** The result of a sweep, as written to JSON. */
export interface SweepResult {
  format: 'interdict-sweep';
  version: 1;
  /** False for a shard's part, a cancelled or failed sweep, or an incomplete merge. */
  complete: boolean;
  /** Job indexes not in this result (job = point × replications + replication). */
  missing: number[];
  /** The shard this part holds, or null for a whole sweep. */
  shard: Shard | null;
  grid: GridSpec;
  points: SweepPointResult[];
  frontier: Frontier;
  /** Each run's metrics: only in incomplete results, so that parts can be merged. */
  runs?: SweepRunRecord[];
}

/** Options of `runSweep` and `buildSweepResult`. */
export interface SweepOptions {
  /** Run only this shard's jobs. */
  shard?: Shard | null;
  frontierX?: FrontierX;
  frontierY?: FrontierY;
}

/**
 * Total jobs of a grid: points × replications.
 *
 * @example
 * jobCount(grid); // 400 for 40 points × 10 replications
 */
export function jobCount(grid: GridSpec): number {
  return pointCount(grid) * grid.replications;
}

/**
 * The jobs of a grid (only the shard's, if one is given), in index order. Each point's scenario
 * is built and validated once and shared by its replications.
 *
 * @example
 * sweepJobs(grid, { index: 1, count: 2 }).map((j) => j.index); // [0, 2, 4, ...]
 */
export function sweepJobs(grid: GridSpec, shard?: Shard | null): Job[] {
  const jobs: Job[] = [];
  const R = grid.replications;
  for (const point of gridPoints(grid)) {
    let scenario: Scenario | undefined;
    for (let r = 0; r < R; r++) {
      const index = point.index * R + r;
      if (!inShard(index, shard)) continue;
      if (scenario === undefined) {
        const built = pointScenario(grid, point);
        if (!built.ok) throw new Error(`sweep: point ${point.index} is not a valid scenario; check the grid with parseGrid first`);
        scenario = built.scenario;
      }
      jobs.push({ index, scenario, seed: grid.seed + r, days: grid.days, warmupDays: grid.warmupDays });
    }
  }
  return jobs;
}

/**
 * Runs a checked grid (or one shard of it) through an executor. Never throws for a failed or
 * cancelled run: the result is then marked incomplete and keeps the runs that finished.
 *
 * @example
 * const { result, error } = await runSweep(grid, inProcessExecutor(), {}, { signal, onProgress });
 * result.points[0].metrics['contraband.interdictionRate'].mean;
 */
export async function runSweep(
  grid: GridSpec,
  executor: Executor,
  options: SweepOptions = {},
  control: RunControl = {},
): Promise<Outcome<SweepResult>> {
  const jobs = sweepJobs(grid, options.shard);
  const outcome = await runJobs(executor, jobs, control);
  return { result: buildSweepResult(grid, outcome.metrics, options), error: outcome.error };
}

/**
 * The sweep result for the runs done so far (by job index). Complete when every job of the grid
 * is there; otherwise it lists the missing jobs and keeps the runs.
 *
 * @example
 * buildSweepResult(grid, metricsByJob).complete; // true when metricsByJob has all jobCount(grid) jobs
 */
export function buildSweepResult(grid: GridSpec, runs: ReadonlyMap<number, Record<string, number>>, options: SweepOptions = {}): SweepResult {
  const R = grid.replications;
  const total = jobCount(grid);
  const missing: number[] = [];
  for (let j = 0; j < total; j++) if (!runs.has(j)) missing.push(j);
  const points = gridPoints(grid).map((point): SweepPointResult => {
    const pointRuns: Record<string, number>[] = [];
    for (let r = 0; r < R; r++) {
      const m = runs.get(point.index * R + r);
      if (m !== undefined) pointRuns.push(m);
    }
    return { index: point.index, parameters: pointParameters(grid, point), runs: pointRuns.length, metrics: summarizeRuns(pointRuns) };
  });
  const result: SweepResult = {
    format: 'interdict-sweep',
    version: 1,
    complete: missing.length === 0,
    missing,
    shard: options.shard ?? null,
    grid,
    points,
    frontier: computeFrontier(points, options.frontierX ?? DEFAULT_AXES.x, options.frontierY ?? DEFAULT_AXES.y),
  };
  if (!result.complete) {
    result.runs = [...runs.keys()]
      .sort((a, b) => a - b)
      .map((job) => ({ job, point: Math.floor(job / R), replication: job % R, seed: grid.seed + (job % R), metrics: runs.get(job) as Record<string, number> }));
  }
  return result;
}

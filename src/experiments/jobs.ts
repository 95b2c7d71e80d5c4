/**
 * The unit of work of every experiment: one run of one scenario with one seed. Replications,
 * sweeps and comparisons are lists of jobs; an executor runs them anywhere (this thread, Node
 * worker threads, browser Web Workers) and hands back their results; the experiment aggregates
 * the results by job index, never by arrival order, so nothing depends on how many workers ran
 * them or which finished first.
 *
 * A job is plain data (structured-clonable: it crosses `postMessage` to a worker unchanged) and
 * `runJob` is a pure function of it (docs/architecture.md rule 5), with no module state, so many can
 * run side by side.
 */
import { runScenario } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import { flattenMetrics } from './metricPaths.js';
import { routeMetrics } from './adversary/routeMetrics.js';

/** One run to do. */
export interface Job {
  /** Position in the experiment's job list: results are ordered by it. */
  index: number;
  /** A validated scenario (validation happens once, when the experiment is planned). */
  scenario: Scenario;
  seed: number;
  /** Length of the run, days, warm-up included. */
  days: number;
  /** Days at the start discarded from the statistics; less than `days`. */
  warmupDays: number;
  /** Also give contraband outcomes by route (`routeMetrics.ts`), for the adapting adversary; off by default. */
  routes?: boolean;
}

/** What a job gives back: its metrics (see `metricPaths.ts`), and which job it was. */
export interface JobResult {
  index: number;
  seed: number;
  metrics: Record<string, number>;
}

/**
 * Runs one job: the scenario for `days` with `seed`, statistics after `warmupDays`.
 *
 * @example
 * runJob({ index: 0, scenario: getPreset('single-queue').scenario, seed: 1, days: 1, warmupDays: 0 }).metrics['stations.xray.meanWaitSeconds'];
 */
export function runJob(job: Job): JobResult {
  const results = runScenario(job.scenario, { seed: job.seed, days: job.days, warmupDays: job.warmupDays, routes: job.routes });
  const metrics = flattenMetrics(results);
  if (results.routes !== undefined) Object.assign(metrics, routeMetrics(results.routes));
  return { index: job.index, seed: job.seed, metrics };
}

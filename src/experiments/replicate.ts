/**
 * Replications: R runs of one scenario with seeds seed, seed + 1, …, seed + R − 1, summarised
 * metric by metric (mean, standard deviation, 95% t interval; see `summary.ts`), optionally
 * discarding warm-up days, or, in precision mode, as many runs as it takes to bring one metric's
 * half-width under a target (see `precision.ts`).
 *
 * Why neighbouring seeds give independent runs: no stream is seeded with the number itself. Each
 * of a run's random streams is seedrandom's Alea generator seeded with the string
 * `${seed}/${name}` (`sim/random.ts`), which Alea hashes (its Mash function) into its state, so
 * seeds 7 and 8 start from unrelated states, with no overlap or correlation that the model's
 * statistics could see. Consecutive seeds also make a run easy to reproduce: replication r of a
 * result is `run --seed (seed + r)`.
 */
import type { Scenario } from '../scenario/index.js';
import type { Executor } from './executor.js';
import type { Job } from './jobs.js';
import { metricNames } from './metricPaths.js';
import { allowedHalfWidth, nextBatchSize, targetMet, type PrecisionTarget } from './precision.js';
import { runJobs, type Outcome, type RunControl } from './runJobs.js';
import { summarize, summarizeRuns, type MetricSummary } from './summary.js';

/** What to replicate. Exactly one of `replications` and `precision`. */
export interface ReplicateSpec {
  scenario: Scenario;
  /** Seed of the first run; run r uses seed + r. */
  seed: number;
  /** Length of each run, days, warm-up included. */
  days: number;
  /** Days at the start of each run left out of the statistics. */
  warmupDays: number;
  /** Fixed number of runs, 2 or more. */
  replications?: number;
  /** Precision mode: add runs until the target is met, between the minimum and maximum runs. */
  precision?: PrecisionTarget & { minReplications: number; maxReplications: number };
}

/** One run's metrics, kept in partial results so that no finished work is lost. */
export interface RunRecord {
  job: number;
  seed: number;
  metrics: Record<string, number>;
}

/** How precision mode ended. */
export interface PrecisionReport extends PrecisionTarget {
  minReplications: number;
  maxReplications: number;
  /** True when the half-width fell to the allowed one before the maximum number of runs. */
  met: boolean;
  /** The metric's half-width after the last run. */
  halfWidth: number;
  /** The half-width the target allows (for a relative target, a share of the final mean). */
  allowedHalfWidth: number;
}

/** The result of `replicate`, as written to JSON (`format` names it for readers and `merge`). */
export interface ReplicateResult {
  format: 'interdict-replicate';
  version: 1;
  /** False when cancelled or failed: `missing` then lists the runs not done, and `runs` has the rest. */
  complete: boolean;
  /** Job indexes (replication numbers, 0-based) planned but not finished. */
  missing: number[];
  scenario: Scenario;
  seeds: { first: number; last: number };
  days: number;
  warmupDays: number;
  /** Runs summarised. */
  replications: number;
  precision: PrecisionReport | null;
  /** Every metric's summary over the runs, in metric order. */
  metrics: Record<string, MetricSummary>;
  /** Each run's metrics: only in incomplete results. */
  runs?: RunRecord[];
}

/**
 * The job for replication `r` of a spec.
 *
 * @example
 * replicationJob(spec, 3).seed === spec.seed + 3; // true
 */
export function replicationJob(spec: ReplicateSpec, r: number): Job {
  return { index: r, scenario: spec.scenario, seed: spec.seed + r, days: spec.days, warmupDays: spec.warmupDays };
}

/**
 * Runs the replications of `spec` through `executor`. Never throws for a failed or cancelled run:
 * the outcome's result is then marked `complete: false`, and its `error` is set on failure.
 *
 * @example
 * const { result } = await replicate({ scenario, seed: 1, days: 1, warmupDays: 0, replications: 10 }, inProcessExecutor());
 * result.metrics['contraband.interdictionRate']; // { n: 10, mean: ..., sd: ..., halfWidth: ... }
 * await replicate({ ...spec, replications: undefined,
 *   precision: { metric: 'throughput.screeningDelayParcelHours', target: 5, relative: true, minReplications: 5, maxReplications: 200 } }, executor);
 */
export async function replicate(spec: ReplicateSpec, executor: Executor, control: RunControl = {}): Promise<Outcome<ReplicateResult>> {
  checkSpec(spec);
  const runs = new Map<number, Record<string, number>>();
  const p = spec.precision;
  let planned = p ? p.minReplications : (spec.replications as number);
  let missing: number[] = [];
  let error: unknown;
  let met = false;
  for (let start = 0; ; ) {
    const jobs = Array.from({ length: planned - start }, (_, i) => replicationJob(spec, start + i));
    const outcome = await runJobs(executor, jobs, { ...control, doneBefore: start, totalPlanned: planned });
    for (const [index, metrics] of outcome.metrics) runs.set(index, metrics);
    if (outcome.missing.length > 0) {
      missing = outcome.missing;
      error = outcome.error;
      break;
    }
    start = planned;
    if (!p) break;
    const summary = metricSummary(runs, planned, p.metric);
    if (targetMet(p, summary)) {
      met = true;
      break;
    }
    const more = nextBatchSize(p, summary, p.maxReplications);
    if (more === 0) break;
    planned += more;
  }
  return { result: buildReplicateResult(spec, runs, planned, missing, met), error };
}

function buildReplicateResult(
  spec: ReplicateSpec,
  runs: Map<number, Record<string, number>>,
  planned: number,
  missing: number[],
  met: boolean,
): ReplicateResult {
  const indexes = [...runs.keys()].sort((a, b) => a - b);
  const ordered = indexes.map((i) => runs.get(i) as Record<string, number>);
  const complete = missing.length === 0;
  const p = spec.precision;
  let precision: PrecisionReport | null = null;
  if (p) {
    const s = metricSummary(runs, planned, p.metric);
    precision = { ...p, met, halfWidth: s.halfWidth, allowedHalfWidth: allowedHalfWidth(p, s) };
  }
  const result: ReplicateResult = {
    format: 'interdict-replicate',
    version: 1,
    complete,
    missing,
    scenario: spec.scenario,
    seeds: { first: spec.seed, last: spec.seed + planned - 1 },
    days: spec.days,
    warmupDays: spec.warmupDays,
    replications: ordered.length,
    precision,
    metrics: summarizeRuns(ordered),
  };
  if (!complete) result.runs = indexes.map((i) => ({ job: i, seed: spec.seed + i, metrics: runs.get(i) as Record<string, number> }));
  return result;
}

function metricSummary(runs: Map<number, Record<string, number>>, count: number, metric: string): MetricSummary {
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = runs.get(i)?.[metric];
    if (v !== undefined) values.push(v);
  }
  return summarize(values);
}

/** Programming errors only: the CLI and the UI check user input with friendlier messages first. */
function checkSpec(spec: ReplicateSpec): void {
  const p = spec.precision;
  if ((spec.replications === undefined) === (p === undefined)) throw new RangeError('replicate: give exactly one of replications and precision');
  if (spec.replications !== undefined && !(Number.isInteger(spec.replications) && spec.replications >= 2)) {
    throw new RangeError(`replicate: replications must be an integer >= 2, got ${spec.replications}`);
  }
  if (p && !(Number.isInteger(p.minReplications) && p.minReplications >= 2 && Number.isInteger(p.maxReplications) && p.maxReplications >= p.minReplications)) {
    throw new RangeError(`replicate: need 2 <= minReplications <= maxReplications, got ${p.minReplications} and ${p.maxReplications}`);
  }
  if (p && !metricNames(spec.scenario).includes(p.metric)) throw new RangeError(`replicate: unknown metric '${p.metric}'`);
  if (!(spec.warmupDays >= 0 && spec.warmupDays < spec.days)) throw new RangeError(`replicate: warmupDays must be >= 0 and < days (${spec.days})`);
}

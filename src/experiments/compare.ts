/**
 * Scenario A against B: R runs of each, and for every metric the difference B − A with its 95%
 * confidence interval, marked significant when the interval excludes 0.
 *
 * By default both use the same seeds (common random numbers, CRN): each of a run's random streams
 * is seeded from the seed and the stream's purpose (docs/architecture.md rule 4), so A and B see the
 * same parcels, contents and flights, and the same draws wherever they do the same thing. Their
 * difference is then due to the change, not to luck, and the paired differences d_r = B_r − A_r
 * vary much less than either run does: the interval for the mean difference, d̄ ± t s_d / √R, is
 * narrower for the same number of runs (Law, "Simulation Modeling and Analysis", 5th ed., §11.2).
 * The `independent` mode gives B seeds offset by a large constant, for contrast: the same
 * formula then gives a valid but wider interval.
 */
import type { Scenario } from '../scenario/index.js';
import type { Executor } from './executor.js';
import type { Job } from './jobs.js';
import { runJobs, type Outcome, type RunControl } from './runJobs.js';
import { summarize, summarizeRuns, type MetricSummary } from './summary.js';

/** Seed offset of B in `independent` mode: far beyond any sensible number of replications. */
export const INDEPENDENT_SEED_OFFSET = 1_000_000_000;

/** A scenario in a comparison, with the name reports use (a preset name or a file name). */
export interface Contender {
  label: string;
  scenario: Scenario;
}

/** What to compare. */
export interface CompareSpec {
  a: Contender;
  b: Contender;
  /** A's seeds are seed … seed + R − 1; B's the same (crn) or offset (independent). */
  seed: number;
  replications: number;
  days: number;
  warmupDays: number;
  mode: 'crn' | 'independent';
}

/** The paired difference B − A of one metric. */
export interface DifferenceSummary extends MetricSummary {
  /** The 95% interval, mean ± halfWidth. */
  low: number;
  high: number;
  /** True when the interval excludes 0. */
  significant: boolean;
}

/** One run's metrics, kept in incomplete results. */
export interface CompareRunRecord {
  job: number;
  scenario: 'a' | 'b';
  replication: number;
  seed: number;
  metrics: Record<string, number>;
}

/** The result of a comparison, as written to JSON. */
export interface CompareResult {
  format: 'interdict-compare';
  version: 1;
  complete: boolean;
  /** Job indexes not done: job 2r is A's replication r, job 2r + 1 is B's. */
  missing: number[];
  mode: 'crn' | 'independent';
  seeds: { a: { first: number; last: number }; b: { first: number; last: number } };
  days: number;
  warmupDays: number;
  /** Pairs (A and B runs of the same replication) behind the differences. */
  replications: number;
  a: Contender & { metrics: Record<string, MetricSummary> };
  b: Contender & { metrics: Record<string, MetricSummary> };
  /** B − A for every metric both scenarios have, in A's metric order. */
  differences: Record<string, DifferenceSummary>;
  runs?: CompareRunRecord[];
}

/**
 * B's seed for replication r.
 *
 * @example
 * seedOfB({ ...spec, seed: 1, mode: 'independent' }, 0); // 1000000001
 */
export function seedOfB(spec: Pick<CompareSpec, 'seed' | 'mode'>, r: number): number {
  return spec.seed + r + (spec.mode === 'independent' ? INDEPENDENT_SEED_OFFSET : 0);
}

/**
 * The jobs of a comparison, A and B interleaved so that a cancelled run still has whole pairs.
 *
 * @example
 * compareJobs(spec).slice(0, 2).map((j) => j.scenario.name); // [A's name, B's name]
 */
export function compareJobs(spec: CompareSpec): Job[] {
  const { days, warmupDays } = spec;
  return Array.from({ length: spec.replications }, (_, r) => [
    { index: 2 * r, scenario: spec.a.scenario, seed: spec.seed + r, days, warmupDays },
    { index: 2 * r + 1, scenario: spec.b.scenario, seed: seedOfB(spec, r), days, warmupDays },
  ]).flat();
}

/**
 * Runs a comparison through an executor. Never throws for a failed or cancelled run: the result
 * is then marked incomplete, with the pairs that finished.
 *
 * @example
 * const { result } = await compare({ a: { label: 'baseline', scenario: a }, b: { label: 'short-staffed', scenario: b },
 *   seed: 1, replications: 20, days: 1, warmupDays: 0, mode: 'crn' }, executor);
 * result.differences['stations.exam.meanWaitSeconds']; // { mean: ..., low: ..., high: ..., significant: true, ... }
 */
export async function compare(spec: CompareSpec, executor: Executor, control: RunControl = {}): Promise<Outcome<CompareResult>> {
  if (!(Number.isInteger(spec.replications) && spec.replications >= 2)) throw new RangeError(`compare: replications must be an integer >= 2, got ${spec.replications}`);
  const outcome = await runJobs(executor, compareJobs(spec), control);
  return { result: buildCompareResult(spec, outcome.metrics), error: outcome.error };
}

/**
 * The comparison result for the runs done (by job index).
 *
 * @example
 * buildCompareResult(spec, metricsByJob).differences['parcels.seized'].significant;
 */
export function buildCompareResult(spec: CompareSpec, runs: ReadonlyMap<number, Record<string, number>>): CompareResult {
  const R = spec.replications;
  const missing: number[] = [];
  for (let j = 0; j < 2 * R; j++) if (!runs.has(j)) missing.push(j);
  const aRuns: Record<string, number>[] = [];
  const bRuns: Record<string, number>[] = [];
  const pairs: [Record<string, number>, Record<string, number>][] = [];
  for (let r = 0; r < R; r++) {
    const a = runs.get(2 * r);
    const b = runs.get(2 * r + 1);
    if (a) aRuns.push(a);
    if (b) bRuns.push(b);
    if (a && b) pairs.push([a, b]);
  }
  const differences: Record<string, DifferenceSummary> = {};
  const metrics = pairs.length > 0 ? Object.keys(pairs[0][0]).filter((m) => m in pairs[0][1]) : [];
  for (const m of metrics) {
    const s = summarize(pairs.map(([a, b]) => b[m] - a[m]));
    const low = s.mean - s.halfWidth;
    const high = s.mean + s.halfWidth;
    differences[m] = { ...s, low, high, significant: low > 0 || high < 0 };
  }
  const result: CompareResult = {
    format: 'interdict-compare',
    version: 1,
    complete: missing.length === 0,
    missing,
    mode: spec.mode,
    seeds: { a: { first: spec.seed, last: spec.seed + R - 1 }, b: { first: seedOfB(spec, 0), last: seedOfB(spec, R - 1) } },
    days: spec.days,
    warmupDays: spec.warmupDays,
    replications: pairs.length,
    a: { ...spec.a, metrics: summarizeRuns(aRuns) },
    b: { ...spec.b, metrics: summarizeRuns(bRuns) },
    differences,
  };
  if (!result.complete) {
    result.runs = [...runs.keys()].sort((x, y) => x - y).map((job) => {
      const r = Math.floor(job / 2);
      const isA = job % 2 === 0;
      return { job, scenario: isA ? 'a' : 'b', replication: r, seed: isA ? spec.seed + r : seedOfB(spec, r), metrics: runs.get(job) as Record<string, number> };
    });
  }
  return result;
}

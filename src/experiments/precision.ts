/**
 * Precision mode: instead of a fixed number of replications, keep adding runs until the 95%
 * confidence half-width of one metric is below a target, e.g. "interdiction rate to within ±1
 * point" (`contraband.interdictionRate=0.01`) or "exam wait to within ±5% of its mean"
 * (`stations.exam.meanWaitSeconds=5%`): the sequential procedure of Law, "Simulation Modeling and
 * Analysis", 5th ed., §9.4.1.
 *
 * Runs are added in batches, so an executor with several workers has work for all of them. The
 * size of the next batch comes from the data alone (never from the number of workers), so the
 * number of runs, and every result, is the same however the batches were run.
 */
import type { MetricSummary } from './summary.js';

/** A precision target for one metric. */
export interface PrecisionTarget {
  /** A metric name (see `metricPaths.ts`). */
  metric: string;
  /** The largest acceptable half-width: absolute, or a percentage of |mean| when `relative`. */
  target: number;
  /** True: `target` is a percentage of the mean's magnitude ("5%"). */
  relative: boolean;
}

/** Smallest batch added after the first, so that a few workers always have something to run. */
export const MIN_BATCH = 4;

/**
 * Reads `METRIC=TARGET` or `METRIC=TARGET%`; returns the target, or a sentence saying what is
 * wrong with the text.
 *
 * @example
 * parsePrecisionTarget('contraband.interdictionRate=0.01'); // { metric: 'contraband.interdictionRate', target: 0.01, relative: false }
 * parsePrecisionTarget('stations.exam.meanWaitSeconds=5%'); // { ..., target: 5, relative: true }
 * parsePrecisionTarget('x=-1'); // "the target after '=' must be a positive number (optionally ending in %), got '-1'"
 */
export function parsePrecisionTarget(text: string): PrecisionTarget | string {
  const eq = text.lastIndexOf('=');
  if (eq <= 0) return `expected METRIC=TARGET or METRIC=TARGET%, got '${text}'`;
  const metric = text.slice(0, eq);
  const value = text.slice(eq + 1);
  const relative = value.endsWith('%');
  const number = relative ? value.slice(0, -1) : value;
  const target = Number(number);
  if (!/^\d*\.?\d+(e[+-]?\d+)?$/i.test(number) || !(target > 0) || !Number.isFinite(target)) {
    return `the target after '=' must be a positive number (optionally ending in %), got '${value}'`;
  }
  return { metric, target, relative };
}

/**
 * The half-width the target allows for this summary: `target`, or `target`% of |mean|.
 *
 * @example
 * allowedHalfWidth({ metric: 'm', target: 5, relative: true }, { n: 10, mean: -200, sd: 1, halfWidth: 1 }); // 10
 */
export function allowedHalfWidth(target: PrecisionTarget, summary: MetricSummary): number {
  return target.relative ? (target.target / 100) * Math.abs(summary.mean) : target.target;
}

/**
 * True when the summary meets the target (a NaN half-width, from fewer than two runs, never does).
 *
 * @example
 * targetMet({ metric: 'm', target: 0.5, relative: false }, { n: 5, mean: 3, sd: 0.4, halfWidth: 0.49 }); // true
 */
export function targetMet(target: PrecisionTarget, summary: MetricSummary): boolean {
  return summary.halfWidth <= allowedHalfWidth(target, summary);
}

/**
 * How many runs to add after `summary` (n runs so far) to reach the target: the n at which the
 * half-width, shrinking like 1/√n, would meet it, minus the runs done; at least `MIN_BATCH`, at
 * most doubling the runs done (an early, noisy standard deviation must not order a huge batch),
 * and never beyond `maxRuns`.
 *
 * @example
 * nextBatchSize({ metric: 'm', target: 1, relative: false }, { n: 10, mean: 5, sd: 3, halfWidth: 2 }, 200);
 * // 10: four times the runs would be needed (half-width ∝ 1/√n), but a batch at most doubles them
 */
export function nextBatchSize(target: PrecisionTarget, summary: MetricSummary, maxRuns: number): number {
  const n = summary.n;
  const allowed = allowedHalfWidth(target, summary);
  const ratio = summary.halfWidth / allowed;
  const needed = Number.isFinite(ratio) ? Math.ceil(n * ratio * ratio) - n : n;
  return Math.max(0, Math.min(maxRuns - n, n, Math.max(MIN_BATCH, needed)));
}

/**
 * Output statistics of independent replications: for each metric the mean, the sample standard
 * deviation, the number of runs and the half-width of a 95% confidence interval for the mean,
 * mean ± t(0.975, n − 1) · s / √n (Student's t, since n is small and s is estimated; Law,
 * "Simulation Modeling and Analysis", 5th ed., §9.4.1).
 *
 * The t interval assumes the run results are independent and roughly normal. Independence comes
 * from the seeds (see `replicate.ts`); normality is a fair approximation for means and counts over
 * a day of parcels, less so for rare counts (a handful of seizures), whose intervals are rougher.
 * The mean and variance are computed in two passes, in the order given, which the callers fix
 * (job order), so the same runs always give the same bytes.
 */
import { studentTQuantile } from '../sim/index.js';

/** Confidence level of every interval in the experiments. */
export const CONFIDENCE = 0.95;

/**
 * One metric over n runs. `sd` and `halfWidth` are NaN (null in JSON) with fewer than two runs;
 * `halfWidth` is 0 when every run gave the same value.
 */
export interface MetricSummary {
  /** Runs summarised. */
  n: number;
  mean: number;
  /** Sample standard deviation (divisor n − 1). */
  sd: number;
  /** Half-width of the 95% t confidence interval for the mean: the interval is mean ± halfWidth. */
  halfWidth: number;
}

/**
 * Mean, standard deviation and 95% confidence half-width of some values.
 *
 * @example
 * summarize([2, 4, 4, 4, 5, 5, 7, 9]);
 * // { n: 8, mean: 5, sd: 2.138..., halfWidth: 1.787... }  (t(0.975, 7) = 2.3646)
 */
export function summarize(values: readonly number[]): MetricSummary {
  const n = values.length;
  if (n === 0) return { n, mean: NaN, sd: NaN, halfWidth: NaN };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (n === 1) return { n, mean, sd: NaN, halfWidth: NaN };
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  return { n, mean, sd, halfWidth: halfWidth(sd, n) };
}

/**
 * The 95% t half-width for a sample standard deviation `sd` of `n` values: t(0.975, n − 1) sd / √n.
 *
 * @example
 * halfWidth(1, 10); // 0.7153... (2.2622 / √10)
 */
export function halfWidth(sd: number, n: number): number {
  if (n < 2) return NaN;
  return sd === 0 ? 0 : (studentTQuantile(1 - (1 - CONFIDENCE) / 2, n - 1) * sd) / Math.sqrt(n);
}

/**
 * Summaries of every metric over a set of runs, keyed in the order the metrics first appear.
 * A metric missing from some runs is summarised over the runs that have it.
 *
 * @example
 * summarizeRuns([{ 'parcels.seized': 2 }, { 'parcels.seized': 4 }])['parcels.seized'];
 * // { n: 2, mean: 3, sd: 1.414..., halfWidth: 12.706... }
 */
export function summarizeRuns(runs: readonly Readonly<Record<string, number>>[]): Record<string, MetricSummary> {
  const columns = new Map<string, number[]>();
  for (const run of runs) {
    for (const [metric, value] of Object.entries(run)) {
      let column = columns.get(metric);
      if (column === undefined) columns.set(metric, (column = []));
      column.push(value);
    }
  }
  const out: Record<string, MetricSummary> = {};
  for (const [metric, values] of columns) out[metric] = summarize(values);
  return out;
}

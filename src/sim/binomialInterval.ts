/**
 * The exact (Clopper-Pearson) confidence interval for a binomial proportion: k successes in n
 * trials. Used for the compliance sample, where k is a handful of contraband finds among
 * thousands of exams, so the normal approximation would be badly wrong (and would call 0 finds
 * "exactly 0").
 *
 * The bounds are quantiles of beta distributions, found by bisection on the regularized
 * incomplete beta function: lower = B⁻¹(α/2; k, n−k+1), upper = B⁻¹(1−α/2; k+1, n−k).
 *
 * @example
 * clopperPearson(0, 10);  // [0, 0.3085]   (1 − 0.025^(1/10))
 * clopperPearson(5, 10);  // [0.1871, 0.8129]
 */
import { regularizedBeta } from './specialFunctions.js';

/** Bisection steps: 2^-60 of the unit interval is below double precision. */
const STEPS = 60;

/**
 * The x in [0, 1] where I_x(a, b) = p (I is increasing in x): the beta distribution's quantile.
 *
 * @example
 * betaQuantile(0.5, 2, 2); // 0.5
 */
export function betaQuantile(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedBeta(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The two-sided exact interval [low, high] for a proportion with `k` successes in `n` trials,
 * at confidence `level` (default 0.95). With n = 0 the proportion is unknown: [0, 1].
 */
export function clopperPearson(k: number, n: number, level = 0.95): [low: number, high: number] {
  if (!(Number.isInteger(k) && Number.isInteger(n) && k >= 0 && k <= n)) {
    throw new RangeError(`clopperPearson needs integers 0 <= k <= n, got k=${k}, n=${n}`);
  }
  if (n === 0) return [0, 1];
  const alpha = 1 - level;
  const low = k === 0 ? 0 : betaQuantile(alpha / 2, k, n - k + 1);
  const high = k === n ? 1 : betaQuantile(1 - alpha / 2, k + 1, n - k);
  return [low, high];
}

/**
 * Weighted choice of an index: the building block for categorical draws (origin, mail type,
 * contraband type) and for empirical distributions.
 *
 * Weights are normalised once into a cumulative array; each draw is then one uniform and a binary
 * search, O(log n) with no allocation. (Walker's alias method would be O(1) but needs two
 * uniforms or bit tricks per draw; the lists here are short.)
 *
 * @example
 * const cum = cumulativeWeights([0.7, 0.2, 0.1]);
 * const index = discrete(rng, cum); // 0 about 70% of the time
 */
import type { Rng } from './random.js';

/**
 * Normalised cumulative weights for `discrete`: entry i is the probability of an index <= i.
 * Throws a RangeError on an empty list, a negative or non-finite weight, or a zero total.
 *
 * @example
 * cumulativeWeights([1, 1, 2]); // Float64Array [0.25, 0.5, 1]
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const n = weights.length;
  if (n === 0) throw new RangeError('weights: must not be empty');
  let total = 0;
  let lastPositive = -1;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0 && w < Infinity)) throw new RangeError(`weights[${i}]: must be finite and >= 0, got ${w}`);
    total += w;
    if (w > 0) lastPositive = i;
  }
  if (total === 0) throw new RangeError('weights: must not all be zero');
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < lastPositive; i++) {
    sum += weights[i];
    cumulative[i] = sum / total;
  }
  // Exactly 1 from the last positive weight on: a rounded 0.9999999999999999 there would let a
  // trailing zero-weight entry be drawn.
  cumulative.fill(1, lastPositive);
  return cumulative;
}

/**
 * An index drawn with the probabilities encoded by `cumulative` (from `cumulativeWeights`), by
 * binary search: the first i with u < cumulative[i]. One uniform; zero-weight entries are never
 * drawn.
 *
 * @example
 * const cum = cumulativeWeights([0.7, 0.2, 0.1]);
 * discrete(rng, cum); // 0 about 70% of the time
 */
export function discrete(rng: Rng, cumulative: Float64Array): number {
  const u = rng();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u < cumulative[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A fixed-width histogram with weighted adds: exact count, mean and maximum, and percentiles to
 * within one bin width.
 *
 * Used for dwell times, where a whole receptacle of parcels leaves at once (one add with a weight
 * of 115 instead of 115 adds) and a million samples a day would make a sample-keeping tally slow
 * and large. Values past the last bin are kept in an overflow bin; their percentiles are reported
 * as the largest value seen.
 *
 * @example
 * const h = new Histogram(60, 24 * 60); // one-minute bins up to a day (values in seconds)
 * h.add(90, 115);
 * h.percentile(0.5); // ≈ 90
 */
export class Histogram {
  private readonly bins: Float64Array;
  count = 0;
  sum = 0;
  max = -Infinity;
  min = Infinity;

  /** `width`: bin width, in the unit of the values; `bins`: number of bins before overflow. */
  constructor(readonly width: number, bins: number) {
    this.bins = new Float64Array(bins + 1);
  }

  /** Adds `weight` observations of value `x` (x >= 0). */
  add(x: number, weight = 1): void {
    let b = Math.floor(x / this.width);
    if (b >= this.bins.length - 1) b = this.bins.length - 1;
    else if (b < 0) b = 0;
    this.bins[b] += weight;
    this.count += weight;
    this.sum += x * weight;
    if (x > this.max) this.max = x;
    if (x < this.min) this.min = x;
  }

  /** An independent copy (to add provisional values without touching this one). */
  clone(): Histogram {
    const h = new Histogram(this.width, this.bins.length - 1);
    h.bins.set(this.bins);
    h.count = this.count;
    h.sum = this.sum;
    h.max = this.max;
    h.min = this.min;
    return h;
  }

  get mean(): number {
    return this.count > 0 ? this.sum / this.count : NaN;
  }

  /** The p-quantile (0 <= p <= 1), interpolated linearly within its bin and clamped to [min, max]. */
  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const target = p * this.count;
    let cum = 0;
    const last = this.bins.length - 1;
    for (let i = 0; i < last; i++) {
      const w = this.bins[i];
      if (w > 0 && cum + w >= target) {
        const v = (i + (target - cum) / w) * this.width;
        return Math.min(this.max, Math.max(this.min, v));
      }
      cum += w;
    }
    return this.max;
  }
}

// Batch-means confidence intervals: exact arithmetic on small cases, coverage on independent
// data, and honest (wider) intervals on correlated data.
import { describe, expect, it } from 'vitest';
import { batchMeansInterval } from '../../src/sim/batchMeans.js';
import { standardNormal } from '../../src/sim/distributions.js';
import { createStream } from '../../src/sim/random.js';

describe('batchMeansInterval', () => {
  it('computes the grand mean and a t-based half-width over the batch means', () => {
    // Batch means 1.5, 3.5, 5.5: sd 2, t(0.975, 2) = 4.302652729749462.
    const r = batchMeansInterval([1, 2, 3, 4, 5, 6], 3, 0.95);
    expect(r.mean).toBe(3.5);
    expect(r.batches).toBe(3);
    expect(r.batchSize).toBe(2);
    expect(r.halfWidth).toBeCloseTo((4.302652729749462 * 2) / Math.sqrt(3), 12);
  });

  it('drops the leading samples that do not fill a batch', () => {
    const r = batchMeansInterval([1000, 1, 2, 3, 4, 5, 6], 3);
    expect(r.mean).toBe(3.5);
    expect(r.batchSize).toBe(2);
  });

  it('has a zero half-width for constant data and accepts typed arrays', () => {
    const r = batchMeansInterval(new Float64Array(100).fill(7));
    expect(r).toEqual({ mean: 7, halfWidth: 0, batches: 20, batchSize: 5 });
  });

  it('covers the true mean about 95% of the time for independent normal data', () => {
    const rng = createStream(40, 'batch-coverage');
    let covered = 0;
    const runs = 400;
    for (let r = 0; r < runs; r++) {
      const xs = Float64Array.from({ length: 400 }, () => 10 + standardNormal(rng));
      const { mean, halfWidth } = batchMeansInterval(xs, 20, 0.95);
      if (Math.abs(mean - 10) <= halfWidth) covered++;
    }
    // Binomial(400, 0.95): standard deviation 4.4, so 5 of them either side.
    expect(Math.abs(covered - 380)).toBeLessThan(22);
  });

  it('widens for positively correlated data where the naive interval would not', () => {
    // AR(1) with phi = 0.9: the variance of the mean is 19 times the naive one.
    const rng = createStream(41, 'batch-ar1');
    const n = 100_000;
    const xs = new Float64Array(n);
    let x = 0;
    for (let i = 0; i < n; i++) xs[i] = x = 0.9 * x + standardNormal(rng);
    let s2 = 0;
    const m = xs.reduce((a, b) => a + b, 0) / n;
    for (const v of xs) s2 += (v - m) ** 2;
    const naive = 1.96 * Math.sqrt(s2 / (n - 1) / n);
    const { halfWidth } = batchMeansInterval(xs, 20);
    expect(halfWidth / naive).toBeGreaterThan(2.5); // sqrt(19) = 4.4 in expectation
  });

  it('throws a RangeError for too few samples or batches, or a bad confidence', () => {
    expect(() => batchMeansInterval([1, 2, 3], 20)).toThrow(/at least 20 samples/);
    expect(() => batchMeansInterval([1, 2, 3], 1)).toThrow(/batches/);
    expect(() => batchMeansInterval([1, 2, 3, 4], 2, 1)).toThrow(/confidence/);
    expect(() => batchMeansInterval([1, 2, 3, 4], 2.5)).toThrow(RangeError);
  });
});

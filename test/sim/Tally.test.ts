// Tally: Welford moments, min/max, and exact type-7 percentiles of kept samples.
import { describe, expect, it } from 'vitest';
import { createStream } from '../../src/sim/random.js';
import { Tally } from '../../src/sim/Tally.js';

/** Type-7 quantile by full sort: the reference the quickselect path must match. */
function reference(values: ArrayLike<number>, p: number): number {
  const s = Float64Array.from(values).sort();
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  return k + 1 < s.length ? s[k] + (h - k) * (s[k + 1] - s[k]) : s[k];
}

function tallyOf(values: ArrayLike<number>, keep = true): Tally {
  const t = new Tally({ keep });
  for (let i = 0; i < values.length; i++) t.add(values[i]);
  return t;
}

describe('Tally', () => {
  it('counts, sums and gives mean, unbiased variance, standard deviation, min and max', () => {
    const t = tallyOf([2, 4, 4, 4, 5, 5, 7, 9], false);
    expect(t.count).toBe(8);
    expect(t.sum).toBe(40);
    expect(t.mean).toBe(5);
    expect(t.variance).toBeCloseTo(32 / 7, 14);
    expect(t.stdDev).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
  });

  it('keeps the variance accurate when the mean is huge compared with the spread', () => {
    // The sum-of-squares formula returns garbage here; Welford's update does not.
    const t = tallyOf([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16], false);
    expect(t.mean).toBe(1e9 + 10);
    expect(t.variance).toBeCloseTo(30, 6);
  });

  it('reports NaN for statistics it cannot define yet', () => {
    const t = new Tally();
    expect(t.count).toBe(0);
    expect(t.mean).toBeNaN();
    expect(t.variance).toBeNaN();
    expect(t.min).toBeNaN();
    expect(t.max).toBeNaN();
    t.add(3);
    expect(t.mean).toBe(3);
    expect(t.variance).toBeNaN(); // one observation has no sample variance
    expect(new Tally({ keep: true }).percentile(0.5)).toBeNaN();
  });

  it('computes percentiles by linear interpolation between order statistics (R/NumPy type 7)', () => {
    const t = tallyOf([4, 1, 3, 2]);
    expect(t.percentile(0)).toBe(1);
    expect(t.percentile(1)).toBe(4);
    expect(t.percentile(0.5)).toBe(2.5);
    expect(t.percentile(0.95)).toBeCloseTo(3.85, 14); // numpy.percentile([1,2,3,4], 95)
    expect(t.percentile(1 / 3)).toBeCloseTo(2, 14);
    expect(tallyOf([7]).percentile(0.9)).toBe(7);
  });

  it('matches a sort-based reference on random data with many ties', () => {
    const rng = createStream(30, 'tally');
    const values = Array.from({ length: 10_001 }, () => Math.floor(rng() * 500) / 10);
    const t = tallyOf(values);
    for (const p of [0, 0.001, 0.1, 0.25, 0.5, 0.6789, 0.9, 0.95, 0.99, 0.999, 1]) {
      expect(t.percentile(p)).toBe(reference(values, p));
    }
  });

  it('matches the reference on orders that defeat naive quickselect', () => {
    const n = 5000;
    const orders: Record<string, number[]> = {
      ascending: Array.from({ length: n }, (_, i) => i),
      descending: Array.from({ length: n }, (_, i) => n - i),
      constant: Array.from({ length: n }, () => 42),
      organPipe: Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
      sawtooth: Array.from({ length: n }, (_, i) => i % 7),
    };
    for (const values of Object.values(orders)) {
      const t = tallyOf(values);
      for (const p of [0.05, 0.5, 0.95]) expect(t.percentile(p)).toBe(reference(values, p));
    }
  });

  it('handles a million samples and gives the same p95 as a full sort', () => {
    const rng = createStream(31, 'tally-million');
    const t = new Tally({ keep: true });
    for (let i = 0; i < 1_000_000; i++) t.add(-Math.log(1 - rng()));
    const values = t.values();
    expect(values.length).toBe(1_000_000);
    expect(t.percentile(0.95)).toBe(reference(values, 0.95));
    expect(t.percentile(0.5)).toBe(reference(values, 0.5));
  });

  it('sees samples added after a percentile was computed', () => {
    const t = tallyOf([1, 2, 3]);
    expect(t.percentile(1)).toBe(3);
    t.add(10);
    expect(t.percentile(1)).toBe(10);
    expect(t.sorted()[3]).toBe(10);
    t.add(-5);
    expect(t.percentile(0)).toBe(-5);
  });

  it('returns sorted samples, after which percentiles read them directly', () => {
    const t = tallyOf([3, 1, 2, 5, 4]);
    expect(Array.from(t.sorted())).toEqual([1, 2, 3, 4, 5]);
    expect(t.percentile(0.25)).toBe(2);
    expect(t.percentile(0.9)).toBeCloseTo(4.6, 14);
  });

  it('keeps samples in insertion order beyond its initial capacity', () => {
    const values = Array.from({ length: 3000 }, (_, i) => (i * 7919) % 3001);
    const t = tallyOf(values);
    expect(Array.from(t.values())).toEqual(values);
    t.percentile(0.5); // selection works on a copy
    expect(Array.from(t.values())).toEqual(values);
  });

  it('refuses percentiles, values and sorted without { keep: true }, and p outside [0, 1]', () => {
    const t = tallyOf([1, 2, 3], false);
    expect(() => t.percentile(0.5)).toThrow(/keep: true/);
    expect(() => t.values()).toThrow(/keep: true/);
    expect(() => t.sorted()).toThrow(/keep: true/);
    const k = tallyOf([1, 2, 3]);
    expect(() => k.percentile(1.5)).toThrow(RangeError);
    expect(() => k.percentile(NaN)).toThrow(RangeError);
  });

  it('reset forgets every observation', () => {
    const t = tallyOf([100, 200, 300]);
    t.reset();
    expect(t.count).toBe(0);
    expect(t.sum).toBe(0);
    expect(t.mean).toBeNaN();
    t.add(1);
    t.add(3);
    expect(t.mean).toBe(2);
    expect(t.variance).toBe(2);
    expect(t.max).toBe(3);
    expect(Array.from(t.values())).toEqual([1, 3]);
    expect(t.percentile(1)).toBe(3);
  });
});

// Output statistics against values computed by hand: mean, sample standard deviation, and the 95%
// Student-t half-width t(0.975, n - 1) s / sqrt(n), with t from printed tables.
import { describe, expect, it } from 'vitest';
import { halfWidth, summarize, summarizeRuns } from '../../src/experiments/index.js';

describe('summarize', () => {
  it('gives the mean, the sample standard deviation and the t half-width of eight values', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, s² = 32/7.
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12); // 2.13809
    // t(0.975, 7) = 2.364624 (tables: 2.365), so the half-width is 2.364624 × 2.13809 / √8 = 1.78747.
    expect(s.halfWidth).toBeCloseTo((2.364624251592785 * Math.sqrt(32 / 7)) / Math.sqrt(8), 9);
    expect(s.halfWidth).toBeCloseTo(1.7875, 4);
  });

  it('uses t with one degree of freedom for two values: 12.706 s / √2', () => {
    const s = summarize([1, 3]);
    expect(s.mean).toBe(2);
    expect(s.sd).toBeCloseTo(Math.SQRT2, 14);
    expect(s.halfWidth).toBeCloseTo(12.706204736174694, 9);
  });

  it('uses t(0.975, 29) = 2.0452 for thirty values', () => {
    const values = Array.from({ length: 30 }, (_, i) => i); // 0..29: mean 14.5, s² = 30·31/12 = 77.5
    const s = summarize(values);
    expect(s.mean).toBe(14.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(77.5), 12);
    expect(s.halfWidth).toBeCloseTo((2.045229642132703 * Math.sqrt(77.5)) / Math.sqrt(30), 9);
  });

  it('has a zero half-width when every run agrees', () => {
    expect(summarize([7, 7, 7])).toEqual({ n: 3, mean: 7, sd: 0, halfWidth: 0 });
  });

  it('has no standard deviation or interval for one run, and no mean for none', () => {
    const one = summarize([4]);
    expect(one.mean).toBe(4);
    expect(one.sd).toBeNaN();
    expect(one.halfWidth).toBeNaN();
    expect(summarize([]).mean).toBeNaN();
    expect(halfWidth(1, 1)).toBeNaN();
  });

  it('keeps full precision for large values with small spread', () => {
    const s = summarize([86_400.5, 86_401.5, 86_402.5]);
    expect(s.mean).toBe(86_401.5);
    expect(s.sd).toBe(1);
  });
});

describe('summarizeRuns', () => {
  it('summarises every metric, keyed in the order the metrics first appear', () => {
    const runs = [{ b: 1, a: 10 }, { b: 3, a: 20 }];
    const s = summarizeRuns(runs);
    expect(Object.keys(s)).toEqual(['b', 'a']);
    expect(s.b.mean).toBe(2);
    expect(s.a).toMatchObject({ n: 2, mean: 15 });
  });
});

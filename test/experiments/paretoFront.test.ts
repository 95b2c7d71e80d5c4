// Pareto marking on hand-made sets: which points no other beats beyond the 95% intervals, for each
// direction of "better", with ties, points that have no runs, and leads smaller than the intervals.
import { describe, expect, it } from 'vitest';
import { clearlyBetter, paretoFlags, type ParetoItem } from '../../src/experiments/paretoFront.js';

/** Points from [x, y] means without intervals. */
const exact = (pts: [number, number][]): ParetoItem[] => pts.map(([x, y]) => ({ x: { mean: x, halfWidth: 0 }, y: { mean: y, halfWidth: 0 } }));
/** A point from means and half-widths. */
const pt = (x: number, hx: number, y: number, hy: number): ParetoItem => ({ x: { mean: x, halfWidth: hx }, y: { mean: y, halfWidth: hy } });

describe('paretoFlags without intervals (the usual test on the means)', () => {
  it('marks the points that no other point dominates (both axes: higher is better)', () => {
    const pts = exact([
      [1, 5], // optimal: the best y
      [2, 4], // optimal
      [2, 3], // dominated by (2, 4)
      [4, 1], // optimal: the best x
      [1, 1], // dominated by everything above
      [3, 3], // optimal: nothing has x >= 3 and y >= 3 besides itself
    ]);
    expect(paretoFlags(pts, 'higher', 'higher')).toEqual([true, true, false, true, false, true]);
  });

  it('minimises an axis whose lower values are better (officer-hours, delay, cost)', () => {
    // x: officer-hours (lower is better), y: interdiction rate (higher is better).
    const pts = exact([[100, 0.1], [120, 0.1], [150, 0.3], [200, 0.25], [250, 0.35]]);
    expect(paretoFlags(pts, 'lower', 'higher')).toEqual([true, false, true, false, true]);
  });

  it('keeps both of two equal points, and never marks a point without numbers', () => {
    expect(paretoFlags(exact([[1, 1], [1, 1], [NaN, 9]]), 'higher', 'higher')).toEqual([true, true, false]);
  });

  it('turns with the direction of x: the same points, other optimal ones', () => {
    const pts = exact([[1, 0.2], [2, 0.1], [0.5, 0.1], [1, 0.15]]);
    expect(paretoFlags(pts, 'higher', 'higher')).toEqual([true, true, false, false]);
    expect(paretoFlags(pts, 'lower', 'higher')).toEqual([true, false, true, false]);
  });

  it('treats an unknown half-width (one run) as none', () => {
    expect(paretoFlags([pt(1, NaN, 1, NaN), pt(2, NaN, 2, NaN)], 'higher', 'higher')).toEqual([false, true]);
  });
});

describe('paretoFlags beyond the 95% intervals', () => {
  it('does not let a negligible dwell lead make a point optimal', () => {
    // Pulled parcels' time (lower is better) against interdiction rate. A is 0.05 h quicker, well inside
    // both ±0.3 h intervals, and 6 points worse on the rate, well beyond ±1 point. On the means A would be optimal.
    const a = pt(7.40, 0.3, 0.10, 0.01);
    const b = pt(7.45, 0.3, 0.16, 0.01);
    expect(paretoFlags(exact([[7.40, 0.10], [7.45, 0.16]]), 'lower', 'higher')).toEqual([true, true]);
    expect(paretoFlags([a, b], 'lower', 'higher')).toEqual([false, true]);
  });

  it('keeps a point whose lead is beyond the intervals', () => {
    // A is 2 h quicker, beyond ±0.3 h: a real trade of time for interdiction, both optimal.
    expect(paretoFlags([pt(5.4, 0.3, 0.10, 0.01), pt(7.4, 0.3, 0.16, 0.01)], 'lower', 'higher')).toEqual([true, true]);
  });

  it('keeps points the runs cannot tell apart on either axis', () => {
    // B is better on both means, but within the intervals on both: nothing is settled, both stay.
    expect(paretoFlags([pt(10, 1, 0.15, 0.02), pt(10.5, 1, 0.16, 0.02)], 'higher', 'higher')).toEqual([true, true]);
  });

  it('strikes off a point beaten beyond the intervals on one axis and level within them on the other', () => {
    // B: 3 more parcels/h than A (x within ±5), and 5 points better on the rate (beyond ±1).
    expect(paretoFlags([pt(12_003, 5, 0.12, 0.01), pt(12_000, 5, 0.17, 0.01)], 'higher', 'higher')).toEqual([false, true]);
  });

  it('counts touching intervals as not settled', () => {
    expect(clearlyBetter({ mean: 10, halfWidth: 1 }, { mean: 8, halfWidth: 1 }, 'higher')).toBe(false);
    expect(clearlyBetter({ mean: 10, halfWidth: 1 }, { mean: 7.9, halfWidth: 1 }, 'higher')).toBe(true);
    expect(clearlyBetter({ mean: 7.9, halfWidth: 1 }, { mean: 10, halfWidth: 1 }, 'lower')).toBe(true);
  });

  it('always leaves some point optimal (many random sets of overlapping intervals)', () => {
    // A fixed linear congruential generator: the same sets on every run.
    let seed = 7;
    const next = (k: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * k));
    for (let t = 0; t < 20_000; t++) {
      const pts = Array.from({ length: 2 + next(6) }, () => pt(next(10), next(4), next(10), next(4)));
      expect(paretoFlags(pts, 'higher', next(2) === 0 ? 'higher' : 'lower').some(Boolean)).toBe(true);
    }
  });
});

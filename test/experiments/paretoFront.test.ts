// Pareto marking on hand-made sets: which points no other beats on both axes, for each direction
// of "better", with ties and points that have no runs.
import { describe, expect, it } from 'vitest';
import { paretoFlags } from '../../src/experiments/paretoFront.js';

describe('paretoFlags', () => {
  it('marks the points that no other point dominates (both axes: higher is better)', () => {
    const pts = [
      { x: 1, y: 5 }, // optimal: the best y
      { x: 2, y: 4 }, // optimal
      { x: 2, y: 3 }, // dominated by (2, 4)
      { x: 4, y: 1 }, // optimal: the best x
      { x: 1, y: 1 }, // dominated by everything above
      { x: 3, y: 3 }, // optimal: nothing has x >= 3 and y >= 3 besides itself
    ];
    expect(paretoFlags(pts, 'higher', 'higher')).toEqual([true, true, false, true, false, true]);
  });

  it('minimises an axis whose lower values are better (officer-hours, delay, cost)', () => {
    // x: officer-hours (lower is better), y: interdiction rate (higher is better).
    const pts = [
      { x: 100, y: 0.1 }, // optimal: cheapest
      { x: 120, y: 0.1 }, // dominated: dearer, no better
      { x: 150, y: 0.3 }, // optimal
      { x: 200, y: 0.25 }, // dominated by (150, 0.3)
      { x: 250, y: 0.35 }, // optimal: best rate
    ];
    expect(paretoFlags(pts, 'lower', 'higher')).toEqual([true, false, true, false, true]);
  });

  it('keeps both of two equal points, and never marks a point without numbers', () => {
    expect(paretoFlags([{ x: 1, y: 1 }, { x: 1, y: 1 }, { x: NaN, y: 9 }], 'higher', 'higher')).toEqual([true, true, false]);
  });

  it('turns with the direction of x: the same points, other optimal ones', () => {
    const pts = [{ x: 1, y: 0.2 }, { x: 2, y: 0.1 }, { x: 0.5, y: 0.1 }, { x: 1, y: 0.15 }];
    expect(paretoFlags(pts, 'higher', 'higher')).toEqual([true, true, false, false]);
    expect(paretoFlags(pts, 'lower', 'higher')).toEqual([true, false, true, false]);
  });
});

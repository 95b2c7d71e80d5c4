// The last sweep on the trade-off plot: its Pareto-optimal points, per day, left to right.
import { describe, expect, it } from 'vitest';
import type { SweepResult } from '../../../src/experiments/index.js';
import { sweepFrontierPoints, sweepNote } from '../../../src/ui/charts/sweepPoints.js';

function summary(mean: number, halfWidth = 0.001) {
  return { n: 5, mean, sd: 0, halfWidth, low: mean - halfWidth, high: mean + halfWidth };
}

/** Three points: A cheap and weak, B dear and strong, C dominated by B. */
const result = {
  grid: { days: 7, warmupDays: 2 },
  points: [
    { index: 0, parameters: {}, runs: 5, metrics: { 'throughput.screeningDelayParcelHours': summary(50_000), 'contraband.interdictionRate': summary(0.10) } },
    { index: 1, parameters: {}, runs: 5, metrics: { 'throughput.screeningDelayParcelHours': summary(100_000), 'contraband.interdictionRate': summary(0.20) } },
    { index: 2, parameters: {}, runs: 5, metrics: { 'throughput.screeningDelayParcelHours': summary(150_000), 'contraband.interdictionRate': summary(0.15) } },
  ],
} as unknown as SweepResult;

describe('sweepFrontierPoints', () => {
  it('keeps the Pareto-optimal points, left to right, with the delay per day of statistics', () => {
    const points = sweepFrontierPoints(result, 'screeningDelayParcelHours');
    expect(points.map((p) => [p.name, p.screeningDelayParcelHours, p.interdictionRate])).toEqual([
      ['sweep point 1', 10_000, 0.10],
      ['sweep point 2', 20_000, 0.20],
    ]);
    expect(sweepNote(result, points.length)).toBe("Green squares joined by a line: the last sweep's Pareto-optimal settings (2 of its 3 points), per day.");
  });
});

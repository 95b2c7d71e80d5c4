// A sweep's frontier: each point's estimates on the chosen axes, with the Pareto marks.
import { describe, expect, it } from 'vitest';
import { computeFrontier, type MetricSummary } from '../../src/experiments/index.js';

describe('computeFrontier', () => {
  const s = (mean: number, halfWidth: number): MetricSummary => ({ n: 10, mean, sd: 1, halfWidth });
  const points = [
    { index: 0, metrics: { 'interdiction.officerHours': s(160, 0), 'contraband.interdictionRate': s(0.1, 0.02), 'throughput.releasedPerHour': s(12000, 50) } },
    { index: 1, metrics: { 'interdiction.officerHours': s(200, 0), 'contraband.interdictionRate': s(0.2, 0.03), 'throughput.releasedPerHour': s(11900, 40) } },
    { index: 2, metrics: { 'interdiction.officerHours': s(240, 0), 'contraband.interdictionRate': s(0.15, 0.03), 'throughput.releasedPerHour': s(12100, 60) } },
  ];

  it('reads the chosen axes and carries both half-widths', () => {
    const f = computeFrontier(points, 'officerHours', 'interdictionRate');
    expect(f.xMetric).toBe('interdiction.officerHours');
    expect(f.yMetric).toBe('contraband.interdictionRate');
    expect(f.points.map((p) => p.pareto)).toEqual([true, true, false]);
    expect(f.points[1]).toEqual({ point: 1, x: { mean: 200, halfWidth: 0 }, y: { mean: 0.2, halfWidth: 0.03 }, pareto: true });
  });

  it('ranks the same points differently on throughput (higher is better), beyond the intervals', () => {
    // P2 releases clearly more than P1 (12,040 > 11,940) and P1's lead in rate is inside the intervals
    // (0.17 to 0.23 against 0.12 to 0.18): P1 is dominated. P0 and P2 overlap on both: both stay.
    const f = computeFrontier(points, 'releasedPerHour', 'interdictionRate');
    expect(f.points.map((p) => p.pareto)).toEqual([true, false, true]);
  });
});

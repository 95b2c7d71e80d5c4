// Pareto marking on hand-made sets: which points no other beats on both axes, for each direction
// of "better", with ties and points that have no runs.
import { describe, expect, it } from 'vitest';
import { DEFAULT_AXES, FRONTIER_X, computeFrontier, metricLabel, metricNames, paretoFlags, type MetricSummary } from '../../src/experiments/index.js';
import { getPreset } from '../../src/scenario/index.js';

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
});

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

  it('ranks the same points differently on throughput (higher is better)', () => {
    const f = computeFrontier(points, 'releasedPerHour', 'interdictionRate');
    expect(f.points.map((p) => p.pareto)).toEqual([false, true, true]);
  });
});

describe('frontier axes', () => {
  it('offer flow, screening delay, pulled parcels\' time, officer-hours and cost, in that order', () => {
    expect(Object.keys(FRONTIER_X)).toEqual(['releasedPerHour', 'screeningDelayParcelHours', 'pulledDwellP95Hours', 'officerHours', 'dollars']);
    expect(DEFAULT_AXES).toEqual({ x: 'releasedPerHour', y: 'interdictionRate' });
  });

  it('plot screening delay in parcel-hours as the delay axis, lower being better', () => {
    expect(FRONTIER_X.screeningDelayParcelHours).toEqual({
      metric: 'throughput.screeningDelayParcelHours', better: 'lower', label: 'Screening delay', displayScale: 1, unit: 'parcel-hours',
    });
    expect(FRONTIER_X.pulledDwellP95Hours).toMatchObject({ metric: 'throughput.pulledDwell.p95Hours', better: 'lower', label: "Pulled parcels' time, 95th percentile", unit: 'h' });
    expect(FRONTIER_X.dollars).toMatchObject({ metric: 'cost.dollars', better: 'lower', unit: 'US dollars' });
  });

  it('each plot a real metric, in the words and units its metric label has', () => {
    const names = new Set(metricNames(getPreset('baseline').scenario));
    for (const [key, axis] of Object.entries(FRONTIER_X)) {
      expect(names.has(axis.metric), key).toBe(true);
      const m = metricLabel(axis.metric);
      expect({ label: axis.label, scale: axis.displayScale }, key).toEqual({ label: m.label, scale: m.scale });
    }
  });

  it('rank less screening delay as better', () => {
    const s = (mean: number): MetricSummary => ({ n: 10, mean, sd: 1, halfWidth: 1 });
    const points = [
      { index: 0, metrics: { 'throughput.screeningDelayParcelHours': s(500), 'contraband.interdictionRate': s(0.1) } },
      { index: 1, metrics: { 'throughput.screeningDelayParcelHours': s(900), 'contraband.interdictionRate': s(0.2) } },
      { index: 2, metrics: { 'throughput.screeningDelayParcelHours': s(1200), 'contraband.interdictionRate': s(0.15) } },
    ];
    const f = computeFrontier(points, 'screeningDelayParcelHours');
    expect(f.xMetric).toBe('throughput.screeningDelayParcelHours');
    expect(f.points.map((p) => p.pareto)).toEqual([true, true, false]);
  });
});

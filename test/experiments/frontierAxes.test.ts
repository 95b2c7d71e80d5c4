// The one table of frontier axes: which metric each plots, which way is better, its words, units
// and range, the same for the presets plot, the experiments chart and the memo.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AXES, FRONTIER_X, FRONTIER_Y, axisMetricLabel, axisTitle, computeFrontier, formatEstimate, metricLabel, metricNames, type MetricSummary,
} from '../../src/experiments/index.js';
import { getPreset } from '../../src/scenario/index.js';

describe('frontier axes', () => {
  it('title each axis with its short unit, the same in every chart', () => {
    expect(Object.values(FRONTIER_X).map(axisTitle)).toEqual([
      'Parcels released per hour (parcels/h)', 'Screening delay (parcel-hours)', "Pulled parcels' time, 95th percentile (h)",
      'Officer-hours on duty (officer-h)', 'Cost of officer time ($)',
    ]);
    expect(Object.values(FRONTIER_Y).map(axisTitle)).toEqual(['Interdiction rate (%)', 'Contraband parcels seized (parcels)']);
  });

  it('start interdiction at 0, a rate at 5 % or more and never above 100 %', () => {
    expect(FRONTIER_Y.interdictionRate.range).toEqual({ from: 'zero', atLeast: 0.05, atMost: 1 });
    expect(FRONTIER_Y.seizures.range).toMatchObject({ from: 'zero' });
    for (const a of Object.values(FRONTIER_X)) expect(a.range).toEqual({ from: 'data' });
  });

  it('hand formatEstimate their metric\'s words and unit', () => {
    expect(formatEstimate(0.2312, 0.0241, axisMetricLabel(FRONTIER_Y.interdictionRate))).toBe('23.1 ± 2.4 %');
  });

  it('offer flow, screening delay, pulled parcels\' time, officer-hours and cost, in that order', () => {
    expect(Object.keys(FRONTIER_X)).toEqual(['releasedPerHour', 'screeningDelayParcelHours', 'pulledDwellP95Hours', 'officerHours', 'dollars']);
    expect(DEFAULT_AXES).toEqual({ x: 'releasedPerHour', y: 'interdictionRate' });
  });

  it('plot screening delay in parcel-hours as the delay axis, lower being better', () => {
    expect(FRONTIER_X.screeningDelayParcelHours).toMatchObject({
      metric: 'throughput.screeningDelayParcelHours', better: 'lower', label: 'Screening delay', displayScale: 1, unit: 'parcel-hours', range: { from: 'data' },
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
    const s = (mean: number, halfWidth = 1): MetricSummary => ({ n: 10, mean, sd: 1, halfWidth });
    const points = [
      { index: 0, metrics: { 'throughput.screeningDelayParcelHours': s(500), 'contraband.interdictionRate': s(0.1, 0.01) } },
      { index: 1, metrics: { 'throughput.screeningDelayParcelHours': s(900), 'contraband.interdictionRate': s(0.2, 0.01) } },
      { index: 2, metrics: { 'throughput.screeningDelayParcelHours': s(1200), 'contraband.interdictionRate': s(0.15, 0.01) } },
    ];
    const f = computeFrontier(points, 'screeningDelayParcelHours');
    expect(f.xMetric).toBe('throughput.screeningDelayParcelHours');
    expect(f.points.map((p) => p.pareto)).toEqual([true, true, false]);
  });
});

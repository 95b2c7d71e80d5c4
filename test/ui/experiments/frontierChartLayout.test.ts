// The frontier chart's layout: every dot, whisker and label inside the plot, Pareto points drawn
// last and labelled, points on one spot sharing a label, and points without runs left out.
import { describe, expect, it } from 'vitest';
import { computeFrontier, type Frontier } from '../../../src/experiments/index.js';
import { chartSizeFor, sweepChartLayout } from '../../../src/ui/experiments/frontierChartLayout.js';
import { sweepResult } from './fixtures.js';

const est = (mean: number, halfWidth = 0.1 * Math.abs(mean)) => ({ mean, halfWidth });

describe('frontier chart layout', () => {
  it('keeps dots, whiskers and labels in the plot, for every x axis and a narrow panel', () => {
    const result = sweepResult();
    for (const [x, width] of [
      ['releasedPerHour', 720], ['screeningDelayParcelHours', 720], ['pulledDwellP95Hours', 720], ['officerHours', 720], ['dollars', 720], ['officerHours', 380],
    ] as const) {
      const l = sweepChartLayout(computeFrontier(result.points, x), chartSizeFor(width));
      expect(l.points).toHaveLength(6);
      for (const p of l.points) {
        for (const v of [p.x, ...(p.whiskerX ?? [])]) expect(v).toBeGreaterThanOrEqual(l.plot.left - 1e-9);
        for (const v of [p.x, ...(p.whiskerX ?? [])]) expect(v).toBeLessThanOrEqual(l.plot.right + 1e-9);
        for (const v of [p.y, ...(p.whiskerY ?? [])]) expect(v).toBeGreaterThanOrEqual(l.plot.top - 1e-9);
        for (const v of [p.y, ...(p.whiskerY ?? [])]) expect(v).toBeLessThanOrEqual(l.plot.bottom + 1e-9);
      }
      expect(l.yTicks[0].text).toBe('0%');
      expect(l.xTitle).toMatch(/\((parcels\/h|parcel-hours|h|officer-h|\$)\)$/);
    }
  });

  it('draws at the container\'s width, within bounds, so text keeps its size', () => {
    expect(chartSizeFor(400)).toMatchObject({ width: 400, height: 300 });
    expect(chartSizeFor(800)).toMatchObject({ width: 800, height: 460 });
    expect(chartSizeFor(100).width).toBe(320);
    expect(chartSizeFor(4000).width).toBe(960);
  });

  it('draws Pareto points last, labelled, joined left to right', () => {
    const l = sweepChartLayout(computeFrontier(sweepResult().points, 'officerHours'));
    const firstPareto = l.points.findIndex((p) => p.pareto);
    expect(l.points.slice(firstPareto).every((p) => p.pareto)).toBe(true);
    expect(l.points.filter((p) => p.pareto).every((p) => /^P\d/.test(p.label))).toBe(true);
    expect(l.points.filter((p) => !p.pareto).every((p) => p.label === '')).toBe(true);
    const xs = l.paretoLine.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(l.better).toBe('lower');
  });

  it('gives points on one spot one label, and keeps labels apart', () => {
    const frontier: Frontier = {
      x: 'officerHours', y: 'interdictionRate', xMetric: 'interdiction.officerHours', yMetric: 'contraband.interdictionRate',
      points: [
        { point: 0, x: est(200), y: est(0.2), pareto: true },
        { point: 1, x: est(200), y: est(0.2), pareto: true },
        { point: 2, x: est(201), y: est(0.19), pareto: false },
        { point: 3, x: est(240), y: est(0.3), pareto: true },
      ],
    };
    const l = sweepChartLayout(frontier);
    const labels = l.points.filter((p) => p.label !== '');
    expect(labels.map((p) => p.label).sort()).toEqual(['P0, P1', 'P3']);
  });

  it('leaves out points with no finished run, and counts them', () => {
    const result = sweepResult((j) => j >= 3);
    const l = sweepChartLayout(computeFrontier(result.points, 'releasedPerHour'));
    expect(l.points).toHaveLength(5);
    expect(l.omitted).toBe(1);
  });

  it('marks whisker ends cut at the plot edge', () => {
    const frontier: Frontier = {
      x: 'officerHours', y: 'interdictionRate', xMetric: 'interdiction.officerHours', yMetric: 'contraband.interdictionRate',
      points: [{ point: 0, x: est(200, 5), y: est(0.05, 0.2), pareto: true }, { point: 1, x: est(240, 5), y: est(0.1, 0.01), pareto: true }],
    };
    const [a] = sweepChartLayout(frontier).points;
    expect(a.clippedY).toEqual([true, false]);
    expect(a.clippedX).toEqual([false, false]);
  });
});

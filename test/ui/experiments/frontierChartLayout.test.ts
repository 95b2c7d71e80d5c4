// The experiments chart on the shared frontier geometry: sized to its container, every point of
// a sweep in the plot on every x axis, only Pareto-optimal points labelled, points without runs
// left out and counted. (How the geometry scales, clips and labels: test/experiments.)
import { describe, expect, it } from 'vitest';
import { computeFrontier, FRONTIER_X, type FrontierX } from '../../../src/experiments/index.js';
import { chartSizeFor, sweepChartLayout } from '../../../src/ui/experiments/frontierChartLayout.js';
import { sweepResult } from './fixtures.js';

describe('frontier chart layout', () => {
  it('keeps dots, whiskers and labels in the plot, for every x axis and a narrow panel', () => {
    const result = sweepResult();
    const cases: [FrontierX, number][] = [...(Object.keys(FRONTIER_X) as FrontierX[]).map((x): [FrontierX, number] => [x, 720]), ['officerHours', 380]];
    for (const [x, width] of cases) {
      const l = sweepChartLayout(computeFrontier(result.points, x), chartSizeFor(width));
      expect(l.marks).toHaveLength(6);
      for (const p of l.marks) {
        for (const v of [p.x, ...(p.whiskerX ?? [])]) expect(v).toBeGreaterThanOrEqual(l.plot.left - 1e-9);
        for (const v of [p.x, ...(p.whiskerX ?? [])]) expect(v).toBeLessThanOrEqual(l.plot.right + 1e-9);
        for (const v of [p.y, ...(p.whiskerY ?? [])]) expect(v).toBeGreaterThanOrEqual(l.plot.top - 1e-9);
        for (const v of [p.y, ...(p.whiskerY ?? [])]) expect(v).toBeLessThanOrEqual(l.plot.bottom + 1e-9);
        if (p.labelBox) expect(p.labelBox.x0 >= l.plot.left && p.labelBox.x1 <= l.plot.right && p.labelBox.y0 >= l.plot.top && p.labelBox.y1 <= l.plot.bottom, `${x} ${p.label}`).toBe(true);
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

  it('labels only the Pareto-optimal points, P<n>, the same ones the frontier marks', () => {
    const frontier = computeFrontier(sweepResult().points, 'officerHours');
    const l = sweepChartLayout(frontier);
    expect(l.marks.filter((p) => p.pareto).map((p) => p.id).sort()).toEqual(frontier.points.filter((p) => p.pareto).map((p) => p.point).sort());
    expect(l.marks.filter((p) => p.pareto && p.label !== '').every((p) => /^P\d/.test(p.label))).toBe(true);
    expect(l.marks.filter((p) => !p.pareto).every((p) => p.label === '')).toBe(true);
    expect(l.better).toBe('lower');
  });

  it('leaves out points with no finished run, and counts them', () => {
    const result = sweepResult((j) => j >= 3);
    const l = sweepChartLayout(computeFrontier(result.points, 'releasedPerHour'));
    expect(l.marks).toHaveLength(5);
    expect(l.omitted).toBe(1);
  });
});

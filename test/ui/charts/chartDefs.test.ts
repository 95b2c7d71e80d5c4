import { describe, expect, it } from 'vitest';
import { CHART_DEFS } from '../../../src/ui/charts/chartDefs.js';
import { chartSummary } from '../../../src/ui/charts/chartSummary.js';
import { HourSeries } from '../../../src/ui/charts/HourSeries.js';
import { OKABE_ITO } from '../../../src/palette/index.js';
import { runScenario } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';

const PALETTE = new Set<string>(Object.values(OKABE_ITO));

describe('chart definitions', () => {
  it('are the four charts of issue 3, each titled, with units on every axis', () => {
    expect(CHART_DEFS.map((d) => d.id)).toEqual(['interdiction', 'released', 'backlog', 'utilization']);
    for (const d of CHART_DEFS) {
      expect(d.title).not.toBe('');
      for (const axis of [d.left, d.right].filter((a) => a !== undefined)) expect(axis!.label).toMatch(/\((parcels\/h|parcels|%|h)\)$/);
      for (const s of d.series) expect(s.label).not.toBe('');
    }
  });

  it('use Okabe–Ito colours, and never the pale ones for lines', () => {
    for (const s of CHART_DEFS.flatMap((d) => d.series)) {
      expect(PALETTE.has(s.colour), s.label).toBe(true);
      if (s.kind === 'line') expect([OKABE_ITO.yellow, OKABE_ITO.skyBlue, OKABE_ITO.orange]).not.toContain(s.colour);
    }
  });

  it('tell series of one chart apart by more than colour', () => {
    for (const d of CHART_DEFS) {
      const styles = d.series.map((s) => `${s.kind}/${(s.dash ?? []).join(',')}`);
      expect(new Set(styles).size, d.id).toBe(d.series.length);
    }
  });
});

describe('chart text alternative', () => {
  it('says so when nothing is recorded yet', () => {
    const s = chartSummary(CHART_DEFS[1], new HourSeries());
    expect(s.caption).toBe('Parcels released per hour: no hours recorded yet.');
    expect(s.rows.map((r) => r.latest)).toEqual(['—', '—']);
  });

  it('gives the latest and highest value of each series, with units and times', () => {
    const series = new HourSeries();
    series.append(runScenario(getPreset('single-queue').scenario, { seed: 1 }).hourly);
    const s = chartSummary(CHART_DEFS[2], series);
    expect(s.caption).toMatch(/^Backlog and time to release: 24 hours recorded, up to Day 2, 00:00\./);
    expect(s.rows[0].label).toBe('Inside (parcels)');
    expect(s.rows[0].latest).toMatch(/^[\d,]+ parcels? at Day 2, 00:00$/);
    expect(s.rows[1].highest).toMatch(/^[\d.]+ (s|min|h) at Day 1, \d\d:00$/);
  });
});

import { describe, expect, it } from 'vitest';
import type { HourRow } from '../../../src/model/index.js';
import { COLUMN_KEYS, HourSeries } from '../../../src/ui/charts/HourSeries.js';
import { METRICS } from '../../../src/ui/glossary.js';
import { runScenario } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { liveRunOptions } from '../../../src/model/liveRun.js';

const STATIONS = { xray: 0, ct: 0, exam: 0, fieldTest: 0, seizure: 0 };

function row(hour: number, over: Partial<HourRow> = {}): HourRow {
  return {
    hour, arrived: 100, released: 90, seized: 0, detained: 0, contrabandArrived: 0, contrabandSeized: 0, inside: 10, releasedUnscreened: 0, screeningDelayParcelHours: 0,
    meanDwellHours: 0.1, utilization: { ...STATIONS, ct: null }, queue: { ...STATIONS }, ...over,
  };
}

describe('HourSeries', () => {
  it('starts with one point at time 0 holding no values', () => {
    const s = new HourSeries();
    expect(s.x).toEqual([0]);
    expect(s.columns.released).toEqual([null]);
    expect(s.length).toBe(0);
  });

  it('plots each row at the end of its hour', () => {
    const s = new HourSeries();
    s.append([row(0, { released: 5 }), row(1, { released: 7, meanDwellHours: null })]);
    expect(s.x).toEqual([0, 1, 2]);
    expect(s.columns.released).toEqual([null, 5, 7]);
    expect(s.columns.meanDwell).toEqual([null, 0.1, null]);
    expect(s.columns['util.ct']).toEqual([null, null, null]);
    expect(s.lastHour).toBe(2);
  });

  it('keeps the share of contraband seized so far, null until some has arrived', () => {
    const s = new HourSeries();
    s.append([row(0), row(1, { contrabandArrived: 4, contrabandSeized: 1 }), row(2, { contrabandArrived: 1 }), row(3, { contrabandSeized: 2 })]);
    expect(s.columns.seizedShare).toEqual([null, null, 0.25, 0.2, 0.6]);
  });

  it('grows the same arrays, so uPlot can be handed them once', () => {
    const s = new HourSeries();
    const x = s.x;
    const col = s.columns.inside;
    s.append([row(0)]);
    s.clear();
    s.append([row(0), row(1)]);
    expect(s.x).toBe(x);
    expect(s.columns.inside).toBe(col);
    expect(col).toEqual([null, 10, 10]);
  });

  it('skips rows already recorded, and starts again at a new run', () => {
    const s = new HourSeries();
    s.append([row(0), row(1), row(2)]);
    s.append([row(2, { released: 1 })]);
    expect(s.columns.released).toEqual([null, 90, 90, 90]);
    s.append([row(0, { released: 3 })]);
    expect(s.columns.released).toEqual([null, 3]);
  });

  it('finds the latest and highest values, skipping gaps', () => {
    const s = new HourSeries();
    s.append([row(0, { inside: 30 }), row(1, { inside: 50, meanDwellHours: 0.4 }), row(2, { inside: 20, meanDwellHours: null })]);
    expect(s.latest('inside')).toEqual({ x: 3, value: 20 });
    expect(s.latest('meanDwell')).toEqual({ x: 2, value: 0.4 });
    expect(s.peak('inside')).toEqual({ x: 2, value: 50 });
    expect(s.latest('util.ct')).toBeNull();
  });

  it('labels every column with a METRICS entry', () => {
    expect(Object.values(COLUMN_KEYS).filter((k) => !Object.hasOwn(METRICS, k))).toEqual([]);
  });
});

describe('HourSeries.copy', () => {
  it('keeps the rows so far, untouched by later clears and appends', () => {
    const s = new HourSeries();
    s.append([row(0, { released: 5 }), row(1, { released: 7 }), row(2, { released: 9 })]);
    const kept = s.copy();
    s.clear();
    s.append([row(0, { released: 1 })]);
    expect(kept.length).toBe(3);
    expect(kept.x).toEqual([0, 1, 2, 3]);
    expect(kept.columns.released).toEqual([null, 5, 7, 9]);
    expect(s.length).toBe(1);
  });
});

describe('HourSeries of a run that opens after a warm-up', () => {
  // A live run: a warm-up of a day and six hours (rows 0-29), then one day of statistics (rows 30-53).
  const rows = runScenario(getPreset('single-queue').scenario, liveRunOptions(1, 1)).hourly;

  it('leaves the warm-up out, plots from the opening at x = 0, and reads x as the clock', () => {
    const s = new HourSeries();
    expect(s.setSpan(30 * 3600, 54 * 3600)).toBe(true);
    s.append(rows);
    expect(s.length).toBe(24);
    expect(s.x.slice(0, 3)).toEqual([0, 1, 2]);
    expect(s.columns.arrived[1]).toBe(rows[30].arrived);
    expect([s.lengthHours, s.openingHour]).toEqual([24, 6]);
    expect(s.clockText(0)).toBe('Day 1, 06:00');
    expect(s.clockText(24)).toBe('Day 2, 06:00');
  });

  it('empties itself for a new span, and keeps it for the same one', () => {
    const s = new HourSeries();
    s.setSpan(30 * 3600, 54 * 3600);
    s.append(rows.slice(30, 40));
    expect(s.setSpan(30 * 3600, 54 * 3600)).toBe(false);
    expect(s.length).toBe(10);
    expect(s.setSpan(0, 86_400)).toBe(true);
    expect(s.length).toBe(0);
  });
});

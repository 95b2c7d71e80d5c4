import { describe, expect, it } from 'vitest';
import { Facility, buildResults, takeSnapshot, type FacilitySnapshot, type HourRow } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import {
  finishedView, liveInterdictionRate, livePoint, liveView, meanDwellFromRows, officersOnDuty, stationOnDuty, tickOfficerClock, valueOf,
} from '../../../src/ui/metrics/liveMetrics.js';
import { METRICS } from '../../../src/ui/glossary.js';

/** A baseline day run hour by hour, with the snapshot taken at every hour mark. */
function hourlyRun(): { snapshots: FacilitySnapshot[]; rows: HourRow[]; facility: Facility } {
  const facility = new Facility(getPreset('baseline').scenario, { seed: 1, days: 1 });
  const snapshots = [takeSnapshot(facility)];
  while (!facility.finished) {
    facility.advance(facility.kernel.now + 3600);
    snapshots.push(takeSnapshot(facility));
  }
  return { snapshots, rows: facility.hourly.rows, facility };
}

const run = hourlyRun();
const results = buildResults(run.facility);
const noon = run.snapshots[12];
const rowsToNoon = run.rows.filter((r) => r.hour < 12);

describe('live headline numbers', () => {
  it('counts officers on duty, busy or on a break, but not those going off', () => {
    expect(stationOnDuty({ officers: ['idle', 'busy', 'onBreak', 'finishingThenBreak', 'offDuty', 'finishingThenOff'] })).toBe(4);
    const snap = { ...noon, stations: noon.stations.map((s) => ({ ...s, officers: ['idle', 'offDuty'] })), canine: ['working', 'resting', 'offDuty'] };
    expect(officersOnDuty(snap)).toBe(noon.stations.length + 2);
  });

  it('integrates officer-hours between snapshots, holding the count from one to the next', () => {
    let clock = tickOfficerClock(null, { ...noon, time: 0 });
    clock = { ...clock, onDuty: 10 };
    clock = tickOfficerClock(clock, { ...noon, time: 1800 });
    expect(clock.hours).toBeCloseTo(5);
    expect(tickOfficerClock(clock, { ...noon, time: 0 }).hours).toBe(0); // a new run
  });

  it('matches the model officer-hours when sampled every hour', () => {
    let clock = null;
    for (const s of run.snapshots) clock = tickOfficerClock(clock, s);
    expect(clock!.hours).toBeCloseTo(results.interdiction.officerHours, 6);
  });

  it('weights each hour mean dwell by the parcels it released', () => {
    expect(meanDwellFromRows([{ released: 1, meanDwellHours: 1 }, { released: 3, meanDwellHours: 2 }])).toBe(1.75);
    expect(meanDwellFromRows([{ released: 0, meanDwellHours: null }])).toBeNull();
    const all = meanDwellFromRows(run.rows)!;
    expect(all).toBeCloseTo(results.throughput.dwellMeanHours, 2);
  });

  it('computes the interdiction rate from what has left, and none before anything has', () => {
    expect(liveInterdictionRate({ contrabandSeized: 1, contrabandMissed: 9, detained: 0 })).toBe(0.1);
    expect(liveInterdictionRate({ contrabandSeized: 0, contrabandMissed: 0, detained: 0 })).toBeNull();
  });

  it('shows the snapshot totals and marks estimates', () => {
    const view = liveView(noon, rowsToNoon, 42);
    expect(view.phase).toBe('live');
    expect(valueOf(view, 'parcels.arrived')).toBe(noon.totals.arrived);
    expect(valueOf(view, 'throughput.backlogAtEnd')).toBe(noon.totals.inside);
    expect(valueOf(view, 'throughput.releasedPerHour')).toBeCloseTo(noon.totals.released / 12);
    expect(valueOf(view, 'throughput.dwellP95Hours')).toBeNull();
    expect(valueOf(view, 'stations.exam.queueNow')).toBe(noon.stations.find((s) => s.name === 'exam')!.queue);
    expect(valueOf(view, 'hourly.utilization.exam')).toBe(rowsToNoon[11].utilization.exam);
    const officer = view.groups.flatMap((g) => g.readings).find((r) => r.key === 'interdiction.officerHours')!;
    expect(officer).toEqual({ key: 'interdiction.officerHours', value: 42, approximate: true });
  });

  it('uses only keys that METRICS knows', () => {
    for (const view of [liveView(noon, rowsToNoon, 1), finishedView(results)]) {
      const keys = [...view.groups.flatMap((g) => g.readings), ...view.stations.flatMap((s) => s.readings)].map((r) => r.key);
      expect(keys.filter((k) => !Object.hasOwn(METRICS, k))).toEqual([]);
    }
  });

  it('shows a finished run exactly as RunResults has it', () => {
    const view = finishedView(results);
    expect(view.phase).toBe('finished');
    expect(valueOf(view, 'contraband.interdictionRate')).toBe(results.contraband.interdictionRate);
    expect(valueOf(view, 'throughput.dwellP95Hours')).toBe(results.throughput.dwellP95Hours);
    expect(valueOf(view, 'stations.xray.utilization')).toBe(results.stations.xray.utilization);
    expect(valueOf(view, 'stations.ct.utilization')).toBeNull(); // never staffed in the baseline: no utilization, not 0 %
  });

  it('gives the frontier a live point, with NaN for what is not known yet', () => {
    const p = livePoint('this run', noon, rowsToNoon, 100);
    expect(p.name).toBe('this run');
    expect(p.releasedPerHour).toBeCloseTo(noon.totals.released / 12);
    expect(p.officerHours).toBe(100);
    expect(p.dwellP95Hours).toBeNaN();
    expect(livePoint('x', run.snapshots[0], [], 0).releasedPerHour).toBeNaN();
  });
});

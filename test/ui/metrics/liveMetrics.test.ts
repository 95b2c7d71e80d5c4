import { describe, expect, it } from 'vitest';
import { Facility, buildResults, takeSnapshot, type CanineState, type FacilitySnapshot, type HourRow, type OfficerState } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import {
  KNOWN_AT_END, finishedView, liveInterdictionRate, livePoint, liveView, meanDwellFromRows, officersOnDuty, releasedUnscreenedFromRows,
  stationOnDuty, tickOfficerClock, valueOf,
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
    const officers: OfficerState[] = ['idle', 'offDuty'];
    const canine: CanineState[] = ['working', 'resting', 'offDuty'];
    const snap = { ...noon, stations: noon.stations.map((s) => ({ ...s, officers })), canine };
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

  it('weights each hour\'s mean landing-to-release time by the parcels it released', () => {
    expect(meanDwellFromRows([{ released: 1, meanDwellHours: 1 }, { released: 3, meanDwellHours: 2 }])).toBe(1.75);
    expect(meanDwellFromRows([{ released: 0, meanDwellHours: null }])).toBeNull();
    const all = meanDwellFromRows(run.rows)!;
    expect(all).toBeCloseTo(results.throughput.landingToRelease.meanHours, 2);
  });

  it('counts the parcels released unscreened in the hours completed so far', () => {
    expect(releasedUnscreenedFromRows([{ releasedUnscreened: 2 }, { releasedUnscreened: 5 }])).toBe(7);
    expect(releasedUnscreenedFromRows([])).toBe(0);
    expect(releasedUnscreenedFromRows(run.rows)).toBe(results.parcels.releasedUnscreened);
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
    expect(valueOf(view, 'throughput.landingToRelease.meanHours')).toBe(meanDwellFromRows(rowsToNoon));
    expect(valueOf(view, 'stations.exam.queueNow')).toBe(noon.stations.find((s) => s.name === 'exam')!.queue);
    expect(valueOf(view, 'hourly.utilization.exam')).toBe(rowsToNoon[11].utilization.exam);
    const officer = view.groups.flatMap((g) => g.readings).find((r) => r.key === 'interdiction.officerHours')!;
    expect(officer).toEqual({ key: 'interdiction.officerHours', value: 42, approximate: true });
    const unscreened = view.groups.flatMap((g) => g.readings).find((r) => r.key === 'parcels.releasedUnscreened')!;
    expect(unscreened).toEqual({ key: 'parcels.releasedUnscreened', value: releasedUnscreenedFromRows(rowsToNoon), approximate: true });
  });

  it('leaves what the snapshot does not carry unknown until the end, never 0', () => {
    const view = liveView(noon, rowsToNoon, 42);
    const live = view.groups.flatMap((g) => g.readings);
    const unknown = live.filter((r) => r.value === null).map((r) => r.key);
    expect(unknown.sort()).toEqual([...KNOWN_AT_END].sort());
    for (const key of ['throughput.pulledDwell.p95Hours', 'cost.dollars', 'interdiction.compliance.prevalencePerMillion']) {
      expect(valueOf(view, key), key).toBeNull();
    }
    // The screening delay is known as it accrues, hour by hour, and marked as an estimate.
    expect(valueOf(view, 'throughput.screeningDelayParcelHours')).toBeCloseTo(rowsToNoon.reduce((a, r) => a + r.screeningDelayParcelHours, 0), 9);
    expect(view.groups.map((g) => g.id)).toEqual(['parcels', 'contraband', 'flow', 'cost', 'compliance']);
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
    expect(valueOf(view, 'throughput.landingToRelease.meanHours')).toBe(results.throughput.landingToRelease.meanHours);
    expect(valueOf(view, 'throughput.pulledDwell.p95Hours')).toBe(results.throughput.pulledDwell.p95Hours);
    expect(valueOf(view, 'throughput.screeningDelayParcelHours')).toBe(results.throughput.screeningDelayParcelHours);
    expect(valueOf(view, 'parcels.releasedUnscreened')).toBe(results.parcels.releasedUnscreened);
    expect(valueOf(view, 'cost.overtimeHours')).toBe(results.cost.overtimeHours);
    expect(valueOf(view, 'cost.dollars')).toBe(results.cost.dollars);
    expect(valueOf(view, 'stations.xray.utilization')).toBe(results.stations.xray.utilization);
    expect(valueOf(view, 'stations.ct.utilization')).toBeNull(); // never staffed in the baseline: no utilization, not 0 %
  });

  it('gives the frontier a live point: the screening delay accrued hour by hour, NaN for what is not known yet', () => {
    const p = livePoint('this run', noon, rowsToNoon, 100);
    expect(p.name).toBe('this run');
    expect(p.releasedPerHour).toBeCloseTo(noon.totals.released / 12);
    expect(p.officerHours).toBe(100);
    expect(p.screeningDelayParcelHours).toBeCloseTo(rowsToNoon.reduce((a, r) => a + r.screeningDelayParcelHours, 0), 9);
    expect(p.screeningDelayParcelHours).toBeGreaterThan(0);
    expect(p.pulledDwellP95Hours).toBeNaN();
    expect(p.dollars).toBeNaN();
    expect(livePoint('x', run.snapshots[0], [], 0).releasedPerHour).toBeNaN();
  });
});

describe('finished headline numbers for the trade-off', () => {
  const withSample = (compliance: typeof results.interdiction.compliance) =>
    finishedView({ ...results, interdiction: { ...results.interdiction, compliance } });
  const estimate = (view: ReturnType<typeof finishedView>) =>
    view.groups.flatMap((g) => g.readings).find((r) => r.key === 'interdiction.compliance.prevalencePerMillion')!;

  it('gives the compliance estimate with its 95% interval', () => {
    const view = withSample({ sampled: 40_000, examined: 40_000, withContraband: 4, prevalencePerMillion: 95, low: 12, high: 340 });
    expect(valueOf(view, 'interdiction.compliance.examined')).toBe(40_000);
    expect(estimate(view)).toEqual({ key: 'interdiction.compliance.prevalencePerMillion', value: 95, approximate: false, interval: { low: 12, high: 340 } });
  });

  it('has no estimate without a compliance sample (not 0 per million)', () => {
    const view = withSample({ sampled: 0, examined: 0, withContraband: 0, prevalencePerMillion: 0, low: 0, high: 0 });
    expect(estimate(view).value).toBeNull();
    expect(estimate(view).interval).toBeUndefined();
  });

  it('has no cost per seizure when nothing was seized', () => {
    const view = finishedView({ ...results, parcels: { ...results.parcels, seized: 0 } });
    expect(valueOf(view, 'cost.dollarsPerSeizure')).toBeNull();
  });
});

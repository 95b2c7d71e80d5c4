// Changes during a run (scenario.changesDuringRun; Facility.changeNext for the app's live changes):
// staffing, rules switched on or off and thresholds change at their minute, nothing before it moves,
// and a run with its live changes recorded replays the live run exactly.
import { describe, expect, it } from 'vitest';
import { Facility, buildResults, runScenario } from '../../src/model/index.js';
import { getPreset, parseScenario, type RunChange, type Scenario } from '../../src/scenario/index.js';
import { onlyXray, variant } from './scenarios.js';

const HOUR = 3600;

/** X-ray only, Poisson arrivals (60/h), one shift round the clock without breaks, `officers` officers on 4 lanes. */
function xrayAllDay(officers: number, changes: RunChange[] = []): Scenario {
  return variant('single-queue', (s) => {
    s.shifts = [{ name: 'all', startHour: 0, hours: 24, breakMinutes: 0 }];
    onlyXray(s);
    s.arrivals = { kind: 'poisson', perHour: 60 };
    s.stations.xray = { ...s.stations.xray, lanes: 4, officersByShift: [officers], serviceSeconds: { kind: 'exponential', mean: 120 } };
    s.changesDuringRun = changes;
  });
}

const officers = (atMinute: number, n: number): RunChange => ({ kind: 'officers', atMinute, station: 'xray', shift: 0, officers: n });

describe('staffing changed during the run', () => {
  it('opens a closed station at its minute: nothing served before, service after', () => {
    const r = runScenario(xrayAllDay(0, [officers(600, 2)]), { seed: 1, days: 1 });
    for (const row of r.hourly) {
      if (row.hour < 10) expect(row.utilization.xray, `hour ${row.hour}`).toBeNull();
      else expect(row.utilization.xray, `hour ${row.hour}`).toBeTypeOf('number');
    }
    // 10 hours of arrivals queued, then 2 officers at 120 s (60/h capacity against 60/h arriving): a backlog remains.
    expect(r.hourly[9].queue.xray).toBeGreaterThan(450);
    expect(r.stations.xray.officerHours).toBeCloseTo(2 * 14, 6);
  });

  it('closes a station at its minute: officers leave as at a shift end and the queue grows', () => {
    const r = runScenario(xrayAllDay(4, [officers(720, 0)]), { seed: 2, days: 1 });
    const queue = (hour: number): number => r.hourly[hour - 1].queue.xray;
    expect(queue(12)).toBeLessThan(20); // 4 officers keep up with 60/h
    expect(queue(24)).toBeGreaterThan(600); // 12 hours with nobody
    for (const row of r.hourly) if (row.hour > 13) expect(row.utilization.xray, `hour ${row.hour}`).toBeNull();
    // Officer-hours: four officers for 12 hours (the last may finish a parcel in hand).
    expect(r.stations.xray.officerHours).toBeGreaterThanOrEqual(48);
    expect(r.stations.xray.officerHours).toBeLessThan(48 + 4 * 0.5);
  });

  it('applies to the following days as well, and hires officers beyond the scenario\'s number', () => {
    const r = runScenario(xrayAllDay(1, [officers(60, 3)]), { seed: 3, days: 2 });
    // One officer for the first hour, three for the remaining 47.
    expect(r.stations.xray.officerHours).toBeCloseTo(1 + 3 * 47, 6);
  });

  it('a change to the same number changes nothing but the count of events (the change is one)', () => {
    const plain = runScenario(xrayAllDay(2), { seed: 4, days: 1 });
    const same = runScenario(xrayAllDay(2, [officers(300, 2)]), { seed: 4, days: 1 });
    expect(same.events).toBe(plain.events + 1);
    expect({ ...same, events: 0 }).toEqual({ ...plain, events: 0 });
  });
});

describe('rules changed during the run', () => {
  it('a rule switched off pulls nothing after its minute; switched on again, it pulls again', () => {
    const s = variant('baseline', (sc) => {
      sc.changesDuringRun = [{ kind: 'rule', atMinute: 8 * 60, rule: 'aed-risk', enabled: false }, { kind: 'rule', atMinute: 16 * 60, rule: 'aed-risk', enabled: true }];
    });
    const f = new Facility(s, { seed: 1, days: 1, stories: true });
    f.advance(8 * HOUR - 1);
    const before = buildResults(f).interdiction.rules.find((r) => r.id === 'aed-risk')!.pulled;
    f.advance(16 * HOUR - 1);
    const during = buildResults(f).interdiction.rules.find((r) => r.id === 'aed-risk')!.pulled;
    f.runToEnd();
    const after = buildResults(f).interdiction.rules.find((r) => r.id === 'aed-risk')!.pulled;
    expect(before).toBeGreaterThan(50);
    expect(during).toBe(before);
    expect(after).toBeGreaterThan(during + 50);
  });

  it('a looser threshold pulls more from its minute on, and a story gives the threshold that pulled its parcel', () => {
    const base = runScenario(getPreset('baseline').scenario, { seed: 5, days: 1 });
    const s = variant('baseline', (sc) => {
      sc.changesDuringRun = [{ kind: 'rule', atMinute: 12 * 60, rule: 'aed-risk', atLeast: 0.99 }];
    });
    const f = new Facility(s, { seed: 5, days: 1, stories: true });
    f.runToEnd();
    const pulled = (r: { interdiction: { rules: { id: string; pulled: number }[] } }): number => r.interdiction.rules.find((x) => x.id === 'aed-risk')!.pulled;
    expect(pulled(buildResults(f))).toBeGreaterThan(2 * pulled(base));
    // The hours before noon are the baseline's, to the parcel.
    expect(buildResults(f).hourly.slice(0, 12)).toEqual(base.hourly.slice(0, 12));
    const thresholds = new Set<string>();
    for (const slot of f.parcels.liveSlots()) {
      const story = f.story(f.parcels.id[slot])!;
      if (story.pulledBy.kind !== 'rule' || story.pulledBy.ruleId !== 'aed-risk') continue;
      thresholds.add(/threshold ([0-9.]+)/.exec(story.pulledBy.why)![1]);
    }
    expect(thresholds).toContain('0.99');
  });
});

describe('a live change replays exactly from the scenario that records it', () => {
  /** Runs baseline live, making `make` changes at the given times; returns its results and the recorded changes. */
  function live(times: number[], make: (i: number) => Parameters<Facility['changeNext']>[0], step = false): { json: string; changes: readonly RunChange[] } {
    const f = new Facility(getPreset('baseline').scenario, { seed: 9, days: 1 });
    times.forEach((t, i) => {
      f.advance(t);
      if (step) f.kernel.step(); // stopped just after an event, as the app's "step event" leaves it
      expect(f.changeNext(make(i))).not.toBeNull();
    });
    f.runToEnd();
    return { json: JSON.stringify(buildResults(f)), changes: f.changes };
  }

  const makes: Parameters<Facility['changeNext']>[0][] = [
    { kind: 'officers', station: 'exam', shift: 0, officers: 3 },
    { kind: 'rule', rule: 'aed-risk', atLeast: 0.995 },
    { kind: 'officers', station: 'exam', shift: 1, officers: 12 },
    { kind: 'rule', rule: 'aed-risk', enabled: false },
    { kind: 'officers', station: 'xray', shift: 1, officers: 0 },
  ];

  for (const step of [false, true]) {
    it(`staffing and rules, changed at odd instants${step ? ' just after an event' : ''}`, () => {
      const times = [7.3 * HOUR + 17.25, 9.01 * HOUR, 14.5 * HOUR, 17 * HOUR + 59.999, 20 * HOUR];
      const run = live(times, (i) => makes[i], step);
      // The next whole minute after the moment of the change (a step may carry the clock a little further).
      run.changes.forEach((c, i) => {
        if (step) expect(c.atMinute).toBeGreaterThanOrEqual(Math.floor(times[i] / 60) + 1);
        else expect(c.atMinute).toBe(Math.floor(times[i] / 60) + 1);
      });
      const recorded = variant('baseline', (s) => { s.changesDuringRun = [...run.changes]; });
      expect(parseScenario(recorded).ok).toBe(true);
      const replay = runScenario(recorded, { seed: 9, days: 1 });
      expect(JSON.stringify(replay)).toBe(run.json);
    });
  }

  it('refuses a change when the run ends before the next minute', () => {
    const f = new Facility(getPreset('baseline').scenario, { seed: 1, days: 1 });
    f.advance(24 * HOUR);
    expect(f.changeNext(makes[0])).toBeNull();
  });
});

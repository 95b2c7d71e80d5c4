// The backlog's consequences, each on a case worked out by hand: the wait limit releases parcels
// unscreened, a full postal hold area refuses holds, overtime keeps officers past their shift, and
// a tired X-ray reader misses more (docs/model.md, "Backlog").
import { describe, expect, it } from 'vitest';
import { Facility, buildResults, runScenario } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';
import { ONE_RECEPTACLE, TransitionLog, everyPieceContraband, oneReceptacleToXray } from './scenarios.js';

const P = ONE_RECEPTACLE.pieces;
const S = ONE_RECEPTACLE.serviceSeconds;

/** Runs a scenario recording every lifecycle transition. */
function recorded(scenario: ReturnType<typeof oneReceptacleToXray>) {
  const log = new TransitionLog();
  const f = new Facility(scenario, { seed: 1, recorder: log.recorder });
  f.runToEnd();
  return { log, results: buildResults(f) };
}

/** How many parcels fired `event` (from state `from`, when given). */
function count(log: TransitionLog, event: string, from?: string): number {
  let n = 0;
  for (const history of log.of('parcel').values()) {
    history.forEach((t, i) => {
      if (t.event === event && (from === undefined || (i > 0 && history[i - 1].to === from))) n++;
    });
  }
  return n;
}

describe('the wait limit', () => {
  // 100 parcels queue at one X-ray lane at once; parcel k would start at 60k s. With a limit of
  // 1,830 s, parcels 0..30 start in time and 31..99 are released unscreened at 1,830 s.
  const LIMIT = 1830;
  const served = 31;

  it('releases the parcels whose screening has not started in time, unscreened, via WAIT_LIMIT', () => {
    const { log, results: r } = recorded(oneReceptacleToXray((s) => { s.backlog.maxWaitHours = LIMIT / 3600; }));
    expect(r.stations.xray.served).toBe(served);
    expect(r.stations.xray.releasedUnscreened).toBe(P - served);
    expect(r.parcels.released).toBe(P); // unscreened releases are releases
    expect(r.parcels.releasedUnscreened).toBe(P - served);
    expect(r.interdiction.waitLimitReleases).toBe(P - served);
    expect(r.interdiction.rules[0].screened).toBe(served);
    expect(count(log, 'WAIT_LIMIT', 'xrayQueue')).toBe(P - served);
    expect(r.hourly.reduce((a, h) => a + h.releasedUnscreened, 0)).toBe(P - served);
  });

  it('counts the time each parcel spent as screening delay: served ones (k+1)·S, dropped ones the limit', () => {
    const r = runScenario(oneReceptacleToXray((s) => { s.backlog.maxWaitHours = LIMIT / 3600; }), { seed: 1 });
    const servedSeconds = (S * served * (served + 1)) / 2;
    expect(r.throughput.screeningDelayParcelHours * 3600).toBeCloseTo(servedSeconds + (P - served) * LIMIT, 6);
    expect(r.throughput.pulledDwell.meanHours * 3600).toBeCloseTo((servedSeconds + (P - served) * LIMIT) / P, 6);
  });

  it('counts contraband released unscreened as missed, and keeps the accounts balanced', () => {
    const r = runScenario(oneReceptacleToXray((s) => {
      s.backlog.maxWaitHours = LIMIT / 3600;
      everyPieceContraband(s);
    }), { seed: 1 });
    expect(r.contraband.arrived).toBe(P);
    expect(r.contraband.missedUnscreened).toBe(P - served);
    expect(r.contraband.missed + r.contraband.seized + r.contraband.detained).toBe(P);
  });

  it('also ends a hold that the postal service takes longer to present than the limit allows', () => {
    const { log, results: r } = recorded(oneReceptacleToXray((s) => {
      s.backlog.maxWaitHours = 0.5;
      s.targeting.rules[0].hold = true;
      s.targeting.holds = { presentProbability: 1, examinedProbability: 1, searchMinutes: { kind: 'deterministic', value: 60 } };
    }));
    expect(count(log, 'WAIT_LIMIT', 'held')).toBe(P);
    expect(r.stations.xray.entered).toBe(0);
    expect(r.parcels.releasedUnscreened).toBe(P);
  });

  it('never drops a parcel whose screening has begun, however long its later steps take', () => {
    const r = runScenario(oneReceptacleToXray((s) => { s.backlog.maxWaitHours = 1e-3; s.stations.xray.officersByShift = [1]; s.stations.xray.lanes = 1; }), { seed: 1 });
    expect(r.stations.xray.served).toBe(1); // the first starts at once; the rest wait 60 s or more
    expect(r.parcels.releasedUnscreened).toBe(P - 1);
  });
});

describe('the postal hold capacity', () => {
  it('refuses holds beyond it: the parcel stays with the mail, counted as pulled and released unscreened', () => {
    const { log, results: r } = recorded(oneReceptacleToXray((s) => {
      s.backlog.holdCapacity = 10;
      s.targeting.rules[0].hold = true;
      s.targeting.holds = { presentProbability: 1, examinedProbability: 1, searchMinutes: { kind: 'deterministic', value: 10 } };
    }));
    expect(r.interdiction.holdsRefused).toBe(P - 10);
    expect(r.interdiction.rules[0].pulled).toBe(P);
    expect(r.interdiction.rules[0].screened).toBe(10);
    expect(r.parcels.released).toBe(P);
    expect(r.parcels.releasedUnscreened).toBe(P - 10);
    expect(log.of('parcel').size).toBe(10); // refused holds never leave the belt
  });
});

describe('overtime', () => {
  // 100 pieces at 120 s each reach the X-ray queue between 1:31 and 2:32 and take 200 min: the
  // queue is still long at 3:00, when the only officer's 3-hour shift ends.
  const lateQueue = (maxHours: number, queueAtLeast: number) => oneReceptacleToXray((s) => {
    s.shifts = [{ name: 'early', startHour: 0, hours: 3, breakMinutes: 0 }];
    s.stations.xray.serviceSeconds = { kind: 'deterministic', value: 120 };
    s.overtime = { maxHours, blockMinutes: 30, queueAtLeast: { xray: queueAtLeast, ct: 0, exam: 0, fieldTest: 0, seizure: 0 } };
  });

  it('keeps the officer on in blocks while the queue is at its level, up to the limit, paid at the premium', () => {
    const r = runScenario(lateQueue(1, 1), { seed: 1, days: 1 });
    expect(r.cost.overtimeHours).toBeCloseTo(1, 9);
    expect(r.cost.officerHours).toBeCloseTo(4, 9);
    expect(r.stations.xray.officerHours).toBeCloseTo(4, 9);
    const { officerHourUsd: rate, overtimePayMultiplier: k } = lateQueue(1, 1).costs;
    expect(r.cost.dollars).toBeCloseTo(rate * (3 + 1 * k), 6);
  });

  it('is not worked when the queue is below its level', () => {
    const r = runScenario(lateQueue(1, 1000), { seed: 1, days: 1 });
    expect(r.cost.overtimeHours).toBe(0);
    expect(r.cost.officerHours).toBeCloseTo(3, 9);
  });

  it('serves more of the queue than the same shift without it', () => {
    const without = runScenario(lateQueue(0, 1), { seed: 1, days: 1 });
    const with2h = runScenario(lateQueue(2, 1), { seed: 1, days: 1 });
    expect(with2h.stations.xray.served).toBeGreaterThan(without.stations.xray.served);
  });
});

describe("the X-ray reader's time on task", () => {
  // Every piece is contraband and X-ray always alarms, until the reader has been on duty for 30
  // minutes; the penalty of 1 then stops every alarm. All 100 pieces are queued before the 3:00
  // shift starts, so piece k is read at 3:00 + 60k s: pieces 0..29 alarm, the rest do not.
  it('applies the penalty to images read after the minutes on task', () => {
    const { log } = recorded(oneReceptacleToXray((s) => {
      everyPieceContraband(s);
      s.shifts = [{ name: 'late', startHour: 3, hours: 21, breakMinutes: 0 }];
      s.stations.xray.detection = Object.fromEntries(Object.keys(s.stations.xray.detection).map((t) => [t, 1])) as typeof s.stations.xray.detection;
      s.stations.xray.vigilance = { afterMinutesOnTask: 30, detectionPenalty: 1 };
    }));
    expect(count(log, 'ALARM')).toBe(30);
    expect(count(log, 'CLEAR')).toBe(P - 30);
  });
});

describe('the screening delay, hour by hour', () => {
  it('adds up over the hourly rows to the run total (no warm-up, nothing inside at the end)', () => {
    const r = runScenario(oneReceptacleToXray((s) => { s.backlog.maxWaitHours = 1830 / 3600; }), { seed: 1 });
    const hourly = r.hourly.reduce((a, h) => a + h.screeningDelayParcelHours, 0);
    expect(hourly).toBeCloseTo(r.throughput.screeningDelayParcelHours, 6);
  });

  it('adds up on a busy day too, counting parcels still inside at the end', () => {
    const r = runScenario(getPreset('baseline').scenario, { seed: 3, days: 1 });
    const hourly = r.hourly.reduce((a, h) => a + h.screeningDelayParcelHours, 0);
    expect(hourly).toBeCloseTo(r.throughput.screeningDelayParcelHours, 3);
  });
});

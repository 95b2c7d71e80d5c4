// Hand-computable cases (docs/architecture.md, Tests): scenarios simple enough that the right answer
// can be worked out on paper, from perfect screening to a deterministic queue whose every wait is
// known exactly.
import { describe, expect, it } from 'vitest';
import { Facility, buildResults, runScenario } from '../../src/model/index.js';
import { CONTRABAND_TYPES, type Scenario } from '../../src/scenario/index.js';
import { ONE_RECEPTACLE, TransitionLog, contrabandPerMillion, onlyXray, oneReceptacleToXray, variant, withoutBacklogRules } from './scenarios.js';

const ALL_DAY = [{ name: 'allday', startHour: 0, hours: 24, breakMinutes: 0 }];
const allTypes = (p: number): Record<(typeof CONTRABAND_TYPES)[number], number> =>
  Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, p])) as Record<(typeof CONTRABAND_TYPES)[number], number>;

/** One 24-hour shift without breaks, and `n` officers at `n` lanes at every queue station. */
function ampleStaff(s: Scenario, n: number): void {
  s.shifts = ALL_DAY;
  for (const name of ['xray', 'ct', 'exam', 'fieldTest', 'seizure'] as const) {
    Object.assign(s.stations[name], { lanes: n, officersByShift: [n] });
  }
  s.stations.ct.enabled = false;
  s.stations.canine.teamsByShift = [s.stations.canine.teamsByShift[0]];
}

/** Every screening finds every contraband parcel and never alarms on a clean one. */
function perfectScreening(s: Scenario): void {
  s.stations.xray.detection = allTypes(1);
  s.stations.xray.falseAlarm = 0;
  s.stations.exam.detectProbability = 1;
  s.stations.exam.deepDetectProbability = 1;
  s.stations.fieldTest.positiveHighPurity = 1;
  s.stations.fieldTest.positiveLowPurity = 1;
  s.stations.lab.detectProbability = 1;
  s.stations.seizure.serviceMinutes = { kind: 'triangular', min: 1, mode: 2, max: 3 };
}

describe('perfect detection, ample staff and a rule that selects everything', () => {
  // 5,000 pieces a day, 8% of them contraband; every parcel is X-rayed, every contraband parcel
  // alarms, is found at exam, identified by the field test if it is a chemical, and seized.
  const flights = variant('baseline', (s) => {
    withoutBacklogRules(s);
    if (s.arrivals.kind !== 'flights') throw new Error('baseline arrives by flights');
    s.arrivals.piecesPerDay = 5000;
    contrabandPerMillion(s, 10_000);
    ampleStaff(s, 20);
    perfectScreening(s);
    s.stations.canine.enabled = false;
    s.targeting.rules = [{ id: 'everything', enabled: true, when: { kind: 'all' }, order: 'xray', hold: false }];
  });
  // The same by Poisson arrivals, one parcel at a time (no receptacles, no induction).
  const poisson = variant('single-queue', (s) => {
    withoutBacklogRules(s);
    s.arrivals = { kind: 'poisson', perHour: 200 };
    contrabandPerMillion(s, 10_000);
    ampleStaff(s, 20);
    for (const name of ['exam', 'fieldTest', 'seizure'] as const) s.stations[name].enabled = true;
    perfectScreening(s);
  });

  for (const [label, scenario] of [['flights', flights], ['poisson', poisson]] as const) {
    it(`seizes every contraband parcel and misses none (${label})`, () => {
      const r = runScenario(scenario, { seed: 4, days: 2 });
      const c = r.contraband;
      expect(c.arrived).toBeGreaterThan(300);
      expect(c.missed).toBe(0);
      expect(c.detained).toBe(0);
      expect(c.seized).toBe(c.arrived - c.inside);
      expect(c.interdictionRate).toBe(1);
      for (const t of CONTRABAND_TYPES) expect(c.missedByType[t]).toBe(0);
      // Nothing clean is seized, and every clean parcel is released after its X-ray.
      expect(r.parcels.seized).toBe(c.seized);
      expect(r.parcels.detained).toBe(0);
      // (cleanInspected counts a parcel when its X-ray starts, so parcels in service at the end count too.)
      expect(r.interdiction.cleanInspected).toBeGreaterThanOrEqual(r.parcels.released);
      expect(r.interdiction.cleanInspected).toBeLessThanOrEqual(r.parcels.released + r.parcels.inside);
      // One rule pulled everything that came off the belt.
      const [rule] = r.interdiction.rules;
      expect(rule.hits).toBe(c.seized);
      expect(rule.contrabandPulled).toBeGreaterThanOrEqual(c.seized);
      // Poisson parcels are targeted the moment they arrive; flight parcels once off the induction line.
      if (label === 'poisson') expect(rule.contrabandPulled).toBe(c.arrived);
      else expect(rule.contrabandPulled).toBeLessThanOrEqual(c.arrived);
    });
  }
});

describe('no targeting rule, no random selection and no dogs', () => {
  const scenario = variant('baseline', (s) => {
    withoutBacklogRules(s);
    for (const rule of s.targeting.rules) rule.enabled = false;
    s.stations.canine.enabled = false;
  });

  it('seizes nothing and misses every contraband parcel that left the facility', () => {
    const f = new Facility(scenario, { seed: 2 });
    f.runToEnd();
    const r = buildResults(f);
    expect(r.contraband.arrived).toBeGreaterThan(0);
    expect(r.parcels.seized).toBe(0);
    expect(r.parcels.detained).toBe(0);
    expect(r.contraband.seized).toBe(0);
    expect(r.contraband.missed).toBe(r.contraband.arrived - r.contraband.inside);
    expect(r.parcels.released).toBe(r.parcels.arrived - r.parcels.inside);
    // Nothing was pulled: the only parcels inside are still in receptacles awaiting induction.
    expect(f.parcels.live).toBe(0);
    expect(r.parcels.inside).toBe(f.induction.piecesInside);
    for (const st of Object.values(r.stations)) expect(st.entered).toBe(0);
    expect(r.interdiction.cleanInspected).toBe(0);
    expect(r.interdiction.canineScreened).toBe(0);
    expect(r.interdiction.rules.every((x) => x.pulled === 0)).toBe(true);
  });
});

describe('holds the postal service never presents', () => {
  it('releases every held parcel via NOT_PRESENTED, so hold rules screen and seize nothing', () => {
    const scenario = variant('baseline', (s) => {
      withoutBacklogRules(s);
      s.targeting.holds.presentProbability = 0;
    });
    const log = new TransitionLog();
    const r = runScenario(scenario, { seed: 6, recorder: log.recorder });
    const holdRules = scenario.targeting.rules.map((rule, i) => ({ rule, i })).filter(({ rule }) => rule.enabled && rule.hold);
    expect(holdRules.length).toBeGreaterThan(0);
    const pulledForHolds = holdRules.reduce((a, { i }) => a + r.interdiction.rules[i].pulled, 0);
    expect(pulledForHolds).toBeGreaterThan(100);

    const parcels = [...log.of('parcel').values()];
    const held = parcels.filter((h) => h[0].event === 'TARGETED_HOLD');
    const notPresented = held.filter((h) => h.length === 2 && h[1].event === 'NOT_PRESENTED' && h[1].to === 'released');
    const stillHeld = held.filter((h) => h.length === 1);
    expect(held.length).toBe(pulledForHolds);
    expect(notPresented.length + stillHeld.length).toBe(held.length); // nothing else ever happens to a hold
    expect(r.interdiction.holdsNotPresented).toBe(notPresented.length);
    expect(r.interdiction.holdsNotPresented + stillHeld.length).toBe(pulledForHolds);
    for (const { i } of holdRules) {
      expect(r.interdiction.rules[i].screened).toBe(0);
      expect(r.interdiction.rules[i].hits).toBe(0);
    }
    // So exam sees only X-ray alarms and dog alerts.
    const all = parcels.flat();
    const alarms = all.filter((t) => t.event === 'ALARM').length;
    const alerts = all.filter((t) => t.event === 'CANINE_ALERT').length;
    expect(r.stations.exam.entered).toBe(alarms + alerts);
  });
});

describe('a deterministic queue: one receptacle of 100 parcels, deterministic 60 s X-ray', () => {
  // One flight a day landing in hour 1, one receptacle of P = 100 pieces, tendered 30 min after
  // landing, one induction line at 3,500/h: the whole receptacle comes off the line at once,
  // P × 3600/3500 s after it was tendered, and rule 'all' sends every parcel to X-ray together.
  // With one server and a 60 s service the k-th parcel (k = 0..P-1) waits exactly 60k s.
  const P = ONE_RECEPTACLE.pieces;
  const S = ONE_RECEPTACLE.serviceSeconds;
  const INDUCTION = (P * 3600) / 3500;
  const deterministic = oneReceptacleToXray;
  /** Σ waits when `servers` serve P parcels that all arrive at once: ⌊k / servers⌋ S each. */
  const totalWait = (servers: number): number => Array.from({ length: P }, (_, k) => Math.floor(k / servers) * S).reduce((a, b) => a + b, 0);

  it('gives mean wait (P-1)S/2, mean service S, and the exact time-average queue and utilization', () => {
    const r = runScenario(deterministic(), { seed: 1 });
    const x = r.stations.xray;
    expect(r.parcels).toEqual({ insideAtStart: 0, arrived: P, arrivedByOrigin: { CN: P, HK: 0, OTHER_HR: 0, EU: 0, ROW: 0 }, released: P, seized: 0, detained: 0, inside: 0, releasedUnscreened: 0 });
    expect(x.entered).toBe(P);
    expect(x.served).toBe(P);
    expect(x.meanWaitSeconds).toBeCloseTo(((P - 1) * S) / 2, 6); // 2970 s
    expect(x.meanServiceSeconds).toBeCloseTo(S, 9);
    expect(x.meanQueueLength).toBeCloseTo(totalWait(1) / 86_400, 9); // 297,000 / 86,400
    expect(x.meanInStation).toBeCloseTo((totalWait(1) + P * S) / 86_400, 9);
    expect(x.utilization).toBeCloseTo((P * S) / 86_400, 9);
    expect(x.officerHours).toBeCloseTo(24, 9);
    expect(x.queueAtEnd).toBe(0);
    // Landing -> tender (30 min) -> off the induction line -> k-th release at (k+1) S later.
    expect(r.throughput.landingToRelease.meanHours * 3600).toBeCloseTo(1800 + INDUCTION + (S * (P + 1)) / 2, 6);
    // From the pull (off the line) each parcel stays (k+1) S: mean S(P+1)/2, in all S·P(P+1)/2 parcel-seconds.
    expect(r.throughput.pulledDwell.meanHours * 3600).toBeCloseTo((S * (P + 1)) / 2, 6);
    expect(r.throughput.screeningDelayParcelHours * 3600).toBeCloseTo((S * P * (P + 1)) / 2, 6);
    expect(r.throughput.withinStandardShare).toBe(1);
    expect(r.interdiction.cleanInspected).toBe(P);
  });

  it('caps servers at the lanes: two officers at one lane give the same waits', () => {
    const r = runScenario(deterministic((s) => { s.stations.xray.officersByShift = [2]; }), { seed: 1 });
    expect(r.stations.xray.meanWaitSeconds).toBeCloseTo(((P - 1) * S) / 2, 6);
    expect(r.stations.xray.utilization).toBeCloseTo((P * S) / 86_400, 9);
    expect(r.stations.xray.officerHours).toBeCloseTo(48, 9);
  });

  it('halves the queue with two lanes and two officers: waits ⌊k/2⌋ S', () => {
    const r = runScenario(deterministic((s) => { s.stations.xray.lanes = 2; s.stations.xray.officersByShift = [2]; }), { seed: 1 });
    expect(r.stations.xray.meanWaitSeconds).toBeCloseTo(totalWait(2) / P, 6); // 1470 s
    expect(r.stations.xray.meanQueueLength).toBeCloseTo(totalWait(2) / 86_400, 9);
    expect(r.stations.xray.utilization).toBeCloseTo((P * S) / (2 * 86_400), 9);
  });

  it('adds exactly the search time when every parcel is a hold that is always presented', () => {
    const r = runScenario(deterministic((s) => {
      s.targeting.rules[0].hold = true;
      s.targeting.holds = { presentProbability: 1, examinedProbability: 1, searchMinutes: { kind: 'deterministic', value: 10 } };
    }), { seed: 1 });
    expect(r.stations.xray.meanWaitSeconds).toBeCloseTo(((P - 1) * S) / 2, 6);
    expect(r.throughput.landingToRelease.meanHours * 3600).toBeCloseTo(1800 + INDUCTION + 600 + (S * (P + 1)) / 2, 6);
    expect(r.throughput.pulledDwell.meanHours * 3600).toBeCloseTo(600 + (S * (P + 1)) / 2, 6);
    expect(r.interdiction.holdsNotPresented).toBe(0);
    expect(r.interdiction.holdsNotExamined).toBe(0);
    expect(r.interdiction.rules[0].screened).toBe(P);
  });

  it('screens none of them when presented holds are never examined', () => {
    const r = runScenario(deterministic((s) => {
      s.targeting.rules[0].hold = true;
      s.targeting.holds = { presentProbability: 1, examinedProbability: 0, searchMinutes: { kind: 'deterministic', value: 10 } };
    }), { seed: 1 });
    expect(r.interdiction.holdsNotPresented).toBe(0);
    expect(r.interdiction.holdsNotExamined).toBe(P);
    expect(r.interdiction.rules[0].screened).toBe(0);
    expect(r.stations.xray.entered).toBe(0);
  });
});

describe('the dogs alone, with perfect noses', () => {
  // No rules; one dog team around the clock; every contraband type has an odour the dog always
  // detects, and it never alerts on a clean parcel; exam, field test and seizure are perfect and
  // ample. Which parcels a dog sniffs does not depend on what they carry, so the share of
  // contraband the dogs catch must equal the share of all parcels they sniff, up to binomial noise.
  const scenario = variant('baseline', (s) => {
    withoutBacklogRules(s);
    if (s.arrivals.kind !== 'flights') throw new Error('baseline arrives by flights');
    s.arrivals.piecesPerDay = 50_000;
    contrabandPerMillion(s, 2500); // 2%: about 1,000 contraband parcels a day
    for (const t of CONTRABAND_TYPES) s.contraband[t].odour = true;
    for (const rule of s.targeting.rules) rule.enabled = false;
    ampleStaff(s, 20);
    perfectScreening(s);
    Object.assign(s.stations.canine, { enabled: true, teamsByShift: [1], detection: allTypes(1), falseAlert: 0 });
  });

  it('seizes the same share of contraband as the share of parcels sniffed', () => {
    const f = new Facility(scenario, { seed: 8, days: 2 });
    f.runToEnd();
    const r = buildResults(f);
    const inducted = r.parcels.arrived - f.induction.piecesInside;
    const inInduction = new Float64Array(CONTRABAND_TYPES.length);
    f.induction.contrabandInside(inInduction);
    const contrabandInducted = r.contraband.arrived - inInduction.reduce((a, b) => a + b, 0);
    const sniffedShare = r.interdiction.canineScreened / inducted;
    expect(sniffedShare).toBeGreaterThan(0.1);
    expect(sniffedShare).toBeLessThan(0.9);

    // With a perfect nose and no false alerts, an alert is exactly a sniffed contraband parcel.
    const alerts = r.interdiction.canineAlerts;
    const sd = Math.sqrt(contrabandInducted * sniffedShare * (1 - sniffedShare));
    expect(Math.abs(alerts - contrabandInducted * sniffedShare)).toBeLessThan(4 * sd);
    // Every alert ends in a seizure (or is still being processed at the end), and nothing else is seized.
    const pulledInside = f.parcels.live;
    expect(r.contraband.seized + pulledInside).toBe(alerts);
    expect(f.metrics.canineSeizures).toBe(r.parcels.seized);
    expect(r.interdiction.canineSeizures).toBe(r.parcels.seized);
    expect(r.parcels.seized).toBe(r.contraband.seized);
    const seizedShare = r.contraband.seized / contrabandInducted;
    expect(Math.abs(seizedShare - sniffedShare)).toBeLessThan((4 * sd + pulledInside) / contrabandInducted);
    expect(r.contraband.missed).toBe(contrabandInducted - alerts);
  });
});

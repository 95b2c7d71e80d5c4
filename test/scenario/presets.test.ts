// The presets: each one validates, the baseline matches the recommendations of
// docs/sources.md, and each variation changes what its name says and little else.
import { describe, expect, it } from 'vitest';
import { getPreset, PRESETS, presetNames } from '../../src/scenario/presets.js';
import { QUEUE_STATIONS, type ContrabandType, type Distribution, type FlightArrivals, type Scenario } from '../../src/scenario/schema.js';
import { formatErrors, parseScenario } from '../../src/scenario/validate.js';
import { normalCdf, normalQuantile } from './normalCdf.js';

const baseline = getPreset('baseline').scenario;

function flights(s: Scenario): FlightArrivals {
  if (s.arrivals.kind !== 'flights') throw new Error(`${s.name} does not arrive by flights`);
  return s.arrivals;
}
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const weightedAed = (s: Scenario): number => sum(s.mix.origins.map((o) => o.share * o.aedRate));
function mean(d: Distribution): number {
  switch (d.kind) {
    case 'exponential': return d.mean;
    case 'triangular': return (d.min + d.mode + d.max) / 3;
    case 'uniform': return (d.min + d.max) / 2;
    case 'deterministic': return d.value;
    case 'lognormal': return d.median * Math.exp((d.sigma * d.sigma) / 2);
    case 'empirical': return sum(d.values.map((v, i) => v * d.weights[i])) / sum(d.weights);
  }
}
/** P(lognormal(median, sigma) <= x). */
function lognormalCdf(d: Distribution, x: number): number {
  if (d.kind !== 'lognormal') throw new Error('expected a lognormal');
  return normalCdf(Math.log(x / d.median) / d.sigma);
}
/** Share of contraband whose risk score clears `threshold`, over the share of clean items that does. */
function targetingLift(separation: number, threshold: number): number {
  return (1 - normalCdf(normalQuantile(threshold) - separation)) / (1 - threshold);
}
const officersPerShift = (s: Scenario, shift: number): number =>
  sum(QUEUE_STATIONS.map((n) => s.stations[n].officersByShift[shift])) + s.stations.canine.teamsByShift[shift];

describe('the preset list', () => {
  it('offers the expected presets in menu order', () => {
    expect(presetNames()).toEqual([
      'baseline', 'jfk-2018', 'holiday-surge', 'hold-failures', 'aed-gaps', 'short-staffed', 'artemis-surge', 'de-minimis-2025', 'single-queue',
    ]);
  });

  it.each(presetNames())('%s passes validation', (name) => {
    const r = parseScenario(PRESETS[name].scenario);
    expect(r.ok ? '' : formatErrors(r.errors)).toBe('');
  });

  it.each(presetNames())('%s is named consistently and summarised in one line', (name) => {
    const p = getPreset(name);
    expect(p.name).toBe(name);
    expect(p.scenario.name).toBe(name);
    expect(p.summary).not.toMatch(/\n/);
    expect(p.summary.length).toBeLessThanOrEqual(120);
  });

  it('is frozen, so no caller can change a preset for everyone else', () => {
    expect(Object.isFrozen(PRESETS)).toBe(true);
    expect(Object.isFrozen(getPreset('baseline').scenario.stations.exam.officersByShift)).toBe(true);
  });

  it('names the valid presets when asked for an unknown one', () => {
    expect(() => getPreset('jfk-1999')).toThrow("unknown preset 'jfk-1999'; valid presets: baseline, jfk-2018, holiday-surge");
    expect(() => getPreset('toString')).toThrow(/unknown preset/);
  });
});

describe('baseline matches docs/sources.md recommendations', () => {
  const a = flights(baseline);

  it('has 300,000 pieces a day in receptacles of 115', () => {
    expect(a.piecesPerDay).toBe(300_000);
    expect(a.piecesPerReceptacle).toBe(115);
    expect(baseline.days).toBe(1);
  });

  it('lands 25-40 flights in two waves, 05-09 h and 15-20 h', () => {
    expect(sum(a.flightsByHour)).toBe(32);
    a.flightsByHour.forEach((n, hour) => {
      const inWave = (hour >= 5 && hour < 9) || (hour >= 15 && hour < 20);
      expect(n > 0, `hour ${hour}`).toBe(inWave);
    });
  });

  it('hands receptacles over with the observed delays: ~20% under 2 h, ~63% under 12 h, 17% over 24 h', () => {
    expect(lognormalCdf(a.tenderDelayHours, 2)).toBeCloseTo(0.2, 1);
    expect(lognormalCdf(a.tenderDelayHours, 12)).toBeGreaterThan(0.6);
    expect(lognormalCdf(a.tenderDelayHours, 12)).toBeLessThan(0.7);
    expect(1 - lognormalCdf(a.tenderDelayHours, 24)).toBeCloseTo(0.17, 2);
  });

  it('takes 75% of pieces from China, 99% of them with AED, and ~90% AED overall', () => {
    const cn = baseline.mix.origins.find((o) => o.code === 'CN');
    expect(cn).toMatchObject({ share: 0.75, aedRate: 0.99, highRisk: true });
    expect(weightedAed(baseline)).toBeGreaterThan(0.9);
    expect(weightedAed(baseline)).toBeLessThan(0.95);
  });

  it('carries ~100 contraband parcels per million, split as recommended', () => {
    const perMillion = Object.fromEntries(Object.entries(baseline.contraband).map(([t, c]) => [t, c.perMillion]));
    expect(perMillion).toEqual({ counterfeit: 40, pills: 30, marijuana: 10, meth: 5, precursors: 3, fentanyl: 2, pillPress: 1, other: 9 });
    expect(baseline.contraband.fentanyl.quantityGrams).toEqual({ kind: 'lognormal', median: 700, sigma: 0.9 });
    expect(baseline.contraband.fentanyl.purity).toBe(0.9);
  });

  it('holds and opens the top 0.2% of AED items (calibrated from 0.3%), selects 0.02% at random and sweeps 3% of high-risk receptacles', () => {
    const rules = Object.fromEntries(baseline.targeting.rules.map((r) => [r.id, r]));
    expect(rules['aed-risk'].when).toEqual({ kind: 'riskScore', atLeast: 0.998 });
    expect(rules['aed-risk'].order).toBe('exam');
    // 22% of contraband flagged against 0.2% of clean items: a lift of about 109 (the comment in baseline.ts).
    const lift = targetingLift(baseline.riskScore.separation, 0.998);
    expect(lift).toBeGreaterThan(100);
    expect(lift).toBeLessThan(120);
    expect(rules.random.when).toEqual({ kind: 'random', rate: 0.0002 });
    expect(rules['hr-sweep'].when).toEqual({ kind: 'receptacleSweep', highRiskOnly: true, rate: 0.03 });
    expect(rules['no-aed-hr'].enabled).toBe(false);
    expect(rules['declared-medicine'].enabled).toBe(false);
  });

  it('has 90% of holds presented and 90% of those examined', () => {
    expect(baseline.targeting.holds.presentProbability).toBe(0.9);
    expect(baseline.targeting.holds.examinedProbability).toBe(0.9);
  });

  it('screens ~600 items/h per X-ray lane and up to ~2,000/h on CT', () => {
    expect(baseline.stations.xray.lanes).toBe(2);
    expect(3600 / mean(baseline.stations.xray.serviceSeconds)).toBeGreaterThan(550);
    expect(3600 / mean(baseline.stations.xray.serviceSeconds)).toBeLessThan(700);
    expect(3600 / mean(baseline.stations.ct.serviceSeconds)).toBeGreaterThan(1500);
    expect(3600 / mean(baseline.stations.ct.serviceSeconds)).toBeLessThanOrEqual(2500);
  });

  it('uses the recommended detection probabilities', () => {
    const { xray, ct, canine, exam, fieldTest, lab } = baseline.stations;
    expect(xray.detection).toMatchObject({ pills: 0.75, pillPress: 0.75, fentanyl: 0.45, precursors: 0.45, meth: 0.6 });
    expect(xray.falseAlarm).toBe(0.03);
    expect(ct.detection.meth).toBe(0.8);
    expect(ct.falseAlarm).toBe(0.02);
    expect(canine.detection).toMatchObject({ marijuana: 0.85, meth: 0.8, counterfeit: 0, pillPress: 0 });
    expect(canine.falseAlert).toBe(0.02);
    expect([exam.detectProbability, exam.deepDetectProbability]).toEqual([0.9, 0.7]);
    expect([fieldTest.positiveHighPurity, fieldTest.positiveLowPurity]).toEqual([0.95, 0.3]);
    expect(lab.detectProbability).toBe(0.99);
  });

  it('gives dogs no detection for contraband without odour', () => {
    for (const [type, c] of Object.entries(baseline.contraband)) {
      if (!c.odour) expect(baseline.stations.canine.detection[type as ContrabandType], type).toBe(0);
    }
  });

  it('runs two 8-hour shifts of 16 officers and dog teams (14 recommended, +2 exam from calibration)', () => {
    expect(baseline.shifts.map((s) => [s.startHour, s.hours])).toEqual([[6, 8], [14, 8]]);
    expect(officersPerShift(baseline, 0)).toBe(16);
    expect(officersPerShift(baseline, 1)).toBe(16);
    const { canine, exam, fieldTest, lab } = baseline.stations;
    expect([canine.workMinutes, canine.restMinutes, canine.itemsPerHour]).toEqual([20, 10, 900]);
    expect(exam.lanes).toBe(10); // 6-8 recommended; calibrated to 10 for ~80% load
    expect(exam.serviceMinutes).toEqual({ kind: 'triangular', min: 2, mode: 5, max: 12 }); // calibrated from (3, 8, 20)
    expect(fieldTest.serviceMinutes).toMatchObject({ min: 1, max: 3 });
    expect(lab).toMatchObject({ onSite: true, turnaroundMinutes: { kind: 'uniform', min: 30, max: 120 } });
  });
});

describe('variations on the baseline', () => {
  it('jfk-2018: a million pieces on 96 flights, 57% AED, 20 induction lines', () => {
    const s = getPreset('jfk-2018').scenario;
    expect(flights(s).piecesPerDay).toBe(1_000_000);
    expect(sum(flights(s).flightsByHour)).toBe(96);
    expect(weightedAed(s)).toBeCloseTo(0.57, 2);
    expect(s.stations.induction.lines).toBe(20);
  });

  it('holiday-surge: 40% more mail, tender median 9 h', () => {
    const s = getPreset('holiday-surge').scenario;
    expect(flights(s).piecesPerDay).toBe(1.4 * flights(baseline).piecesPerDay);
    expect(flights(s).tenderDelayHours).toMatchObject({ kind: 'lognormal', median: 9 });
  });

  it('hold-failures: 58% of holds presented', () => {
    expect(getPreset('hold-failures').scenario.targeting.holds.presentProbability).toBe(0.58);
  });

  it('aed-gaps: little AED outside CN/HK, and high-risk pieces without AED held', () => {
    const s = getPreset('aed-gaps').scenario;
    const aed = Object.fromEntries(s.mix.origins.map((o) => [o.code, o.aedRate]));
    expect(aed).toEqual({ CN: 0.99, HK: 0.95, OTHER_HR: 0.2, EU: 0.5, ROW: 0.3 });
    expect(s.targeting.rules.find((r) => r.id === 'no-aed-hr')?.enabled).toBe(true);
  });

  it('short-staffed: fewer officers in total, fewer at every station that had more than one, none left empty', () => {
    const s = getPreset('short-staffed').scenario;
    const pairs: Array<[string, readonly number[], readonly number[]]> = [
      ...QUEUE_STATIONS.map((n): [string, readonly number[], readonly number[]] => [n, baseline.stations[n].officersByShift, s.stations[n].officersByShift]),
      ['canine', baseline.stations.canine.teamsByShift, s.stations.canine.teamsByShift],
    ];
    for (const [name, before, after] of pairs) {
      before.forEach((b, shift) => {
        const a = after[shift];
        expect(a, `${name} shift ${shift}`).toBeLessThanOrEqual(b);
        if (b > 1) expect(a, `${name} shift ${shift}`).toBeLessThan(b);
        if (b >= 1) expect(a, `${name} shift ${shift}`).toBeGreaterThanOrEqual(1);
      });
    }
    expect(s.stations.xray.officersByShift).toEqual([3, 3]);
    expect(s.stations.exam.officersByShift).toEqual([6, 6]);
    expect(officersPerShift(s, 0)).toBeLessThan(officersPerShift(baseline, 0));
  });

  it('de-minimis-2025: 60% fewer pieces, fewer packets and goods, advance data on nearly everything, a longer exam', () => {
    const s = getPreset('de-minimis-2025').scenario;
    if (s.arrivals.kind !== 'flights' || baseline.arrivals.kind !== 'flights') throw new Error('flights expected');
    expect(s.arrivals.piecesPerDay).toBe(baseline.arrivals.piecesPerDay * 0.4);
    expect(s.mix.mailTypes.find((m) => m.name === 'packet')?.share).toBeLessThan(baseline.mix.mailTypes.find((m) => m.name === 'packet')!.share);
    expect(s.mix.declared.find((d) => d.name === 'goods')?.cleanShare).toBeLessThan(baseline.mix.declared.find((d) => d.name === 'goods')!.cleanShare);
    for (const o of s.mix.origins) expect(o.aedRate).toBeGreaterThanOrEqual(0.95);
    expect(s.stations.exam.serviceMinutes).toEqual({ kind: 'triangular', min: 3, mode: 6, max: 13 });
    expect(s.stations.exam.officersByShift).toEqual(baseline.stations.exam.officersByShift);
  });

  it('artemis-surge: six more officers on the day shift only', () => {
    const s = getPreset('artemis-surge').scenario;
    expect(officersPerShift(s, 0) - officersPerShift(baseline, 0)).toBe(6);
    expect(officersPerShift(s, 1)).toBe(officersPerShift(baseline, 1));
    expect(s.stations.exam.officersByShift[0]).toBeLessThanOrEqual(s.stations.exam.lanes);
  });

  it('artemis-surge: twice the share of precursors and pill presses flagged at its threshold, the other types unchanged', () => {
    const s = getPreset('artemis-surge').scenario;
    expect(s.targeting.rules.find((r) => r.id === 'aed-risk')?.when).toEqual({ kind: 'riskScore', atLeast: 0.997 });
    expect(s.riskScore.separation).toBe(baseline.riskScore.separation);
    expect(Object.keys(s.riskScore.separationByType).sort()).toEqual(['pillPress', 'precursors']);
    for (const t of ['precursors', 'pillPress'] as const) {
      const ratio = targetingLift(s.riskScore.separationByType[t]!, 0.997) / targetingLift(baseline.riskScore.separation, 0.997);
      expect(ratio).toBeCloseTo(2, 3); // 33% -> 65% of the type's AED pieces
    }
  });

  it('artemis-surge: a precursor profile (held, opened) and a pill-press profile (held, X-rayed) ahead of aed-risk', () => {
    const s = getPreset('artemis-surge').scenario;
    const ids = s.targeting.rules.map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual(['precursor-profile', 'press-profile', 'aed-risk']);
    expect(ids.slice(2)).toEqual(baseline.targeting.rules.map((r) => r.id));
    const [precursor, press] = s.targeting.rules;
    expect(precursor).toMatchObject({ enabled: true, order: 'exam', hold: true, when: { kind: 'signature', type: 'precursors', separation: 3, atLeast: 0.9995 } });
    expect(press).toMatchObject({ enabled: true, order: 'xray', hold: true, when: { kind: 'signature', type: 'pillPress', separation: 3, atLeast: 0.9995 } });
    // Each flags 0.05% of the other AED pieces and 1 - Φ(3.29 - 3) = 39% of its own type's.
    expect(targetingLift(3, 0.9995) * 0.0005).toBeCloseTo(0.39, 2);
  });

  it('single-queue: one M/M/4 queue at X-ray with load 0.9', () => {
    const s = getPreset('single-queue').scenario;
    if (s.arrivals.kind !== 'poisson') throw new Error('expected Poisson arrivals');
    const xray = s.stations.xray;
    expect(xray.serviceSeconds.kind).toBe('exponential');
    const servers = Math.min(xray.lanes, xray.officersByShift[0]);
    const load = (s.arrivals.perHour * mean(xray.serviceSeconds)) / 3600 / servers;
    expect(servers).toBe(4);
    expect(load).toBeCloseTo(0.9, 10);
    expect(s.shifts).toEqual([{ name: 'allday', startHour: 0, hours: 24, breakMinutes: 0 }]);
    expect(s.targeting.rules).toHaveLength(1);
    expect(s.targeting.rules[0]).toMatchObject({ when: { kind: 'all' }, order: 'xray', hold: false });
    expect(sum(Object.values(s.contraband).map((c) => c.perMillion))).toBe(0);
    expect(xray.falseAlarm).toBe(0);
    for (const name of ['ct', 'exam', 'fieldTest', 'seizure'] as const) expect(s.stations[name].enabled).toBe(false);
    expect(s.stations.canine.enabled).toBe(false);
  });
});

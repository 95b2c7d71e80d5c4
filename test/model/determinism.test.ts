// A run is a pure function of (scenario, seed) (docs/architecture.md rule 5), and random streams are
// kept per purpose (rule 4) so that two scenarios that differ in stations or staffing see the same
// parcels: common random numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario, type RunResults } from '../../src/model/index.js';
import { getPreset, type Scenario } from '../../src/scenario/index.js';
import { variant } from './scenarios.js';

const baseline = getPreset('baseline').scenario;

describe('the same scenario and seed give identical results', () => {
  for (const name of ['baseline', 'single-queue', 'aed-gaps']) {
    it(`${name}: byte-identical JSON from two runs with seed 7`, () => {
      const a = JSON.stringify(runScenario(getPreset(name).scenario, { seed: 7 }));
      const b = JSON.stringify(runScenario(getPreset(name).scenario, { seed: 7 }));
      expect(a).toBe(b);
    });
  }

  it('does not depend on progress reporting or on a lifecycle recorder being attached', () => {
    const plain = JSON.stringify(runScenario(baseline, { seed: 7 }));
    const watched = JSON.stringify(runScenario(baseline, { seed: 7, onProgress: () => {}, recorder: () => {}, stories: true }));
    expect(watched).toBe(plain);
  });

  it('gives different numbers for another seed', () => {
    const a = runScenario(baseline, { seed: 7 });
    const b = runScenario(baseline, { seed: 8 });
    expect(b.seed).toBe(8);
    expect(b.parcels.arrived).not.toBe(a.parcels.arrived);
    expect(b.stations.xray.meanWaitSeconds).not.toBe(a.stations.xray.meanWaitSeconds);
    expect(b.hourly.map((h) => h.arrived)).not.toEqual(a.hourly.map((h) => h.arrived));
  });
});

describe('changing stations or staffing leaves the arriving parcels unchanged (common random numbers)', () => {
  const variants: Record<string, Scenario> = {
    'canine disabled': variant('baseline', (s) => { s.stations.canine.enabled = false; }),
    'two dog teams per shift': variant('baseline', (s) => { s.stations.canine.teamsByShift = [2, 2]; }),
    'CT enabled with a rule ordering it': variant('baseline', (s) => {
      s.stations.ct.enabled = true;
      s.targeting.rules.push({ id: 'ct-medicine', enabled: true, when: { kind: 'declared', in: ['medicine'] }, order: 'ct', hold: false });
    }),
    'X-ray officers halved': variant('baseline', (s) => { s.stations.xray.officersByShift = [2, 2]; }),
    'exam officers halved': variant('baseline', (s) => { s.stations.exam.officersByShift = [4, 4]; }),
    'handover shift-end rule': variant('baseline', (s) => { s.shiftEndRule = 'handover'; }),
  };
  let base: RunResults;
  const results: Record<string, RunResults> = {};
  beforeAll(() => {
    base = runScenario(baseline, { seed: 3, days: 2 });
    for (const [k, s] of Object.entries(variants)) results[k] = runScenario(s, { seed: 3, days: 2 });
  });

  for (const k of Object.keys(variants)) {
    describe(k, () => {
      it('has the same arrivals: total, contraband by type and per hour', () => {
        const r = results[k];
        expect(r.parcels.arrived).toBe(base.parcels.arrived);
        expect(r.contraband.arrivedByType).toEqual(base.contraband.arrivedByType);
        expect(r.hourly.map((h) => h.arrived)).toEqual(base.hourly.map((h) => h.arrived));
        expect(r.hourly.map((h) => h.contrabandArrived)).toEqual(base.hourly.map((h) => h.contrabandArrived));
      });

      it("pulls the same parcels with the baseline's rules, and the postal service presents the same holds", () => {
        const r = results[k];
        // Every baseline rule, random ones included: selections are made on the belt, before
        // any station, from streams of their own.
        base.interdiction.rules.forEach((rule, i) => {
          expect(r.interdiction.rules[i].id).toBe(rule.id);
          expect(r.interdiction.rules[i].pulled, rule.id).toBe(rule.pulled);
          expect(r.interdiction.rules[i].contrabandPulled, rule.id).toBe(rule.contrabandPulled);
        });
        expect(r.interdiction.holdsNotPresented).toBe(base.interdiction.holdsNotPresented);
      });
    });
  }

  it('lets the dogs sniff the same parcels whatever the staffing of the stations', () => {
    for (const k of ['X-ray officers halved', 'exam officers halved', 'handover shift-end rule']) {
      expect(results[k].interdiction.canineScreened).toBe(base.interdiction.canineScreened);
      expect(results[k].interdiction.canineAlerts).toBe(base.interdiction.canineAlerts);
    }
  });

  it('keeps Poisson arrivals identical when X-ray staffing changes (single-queue with 4 or 6 officers)', () => {
    const a = runScenario(getPreset('single-queue').scenario, { seed: 2 });
    const b = runScenario(variant('single-queue', (s) => { s.stations.xray.lanes = 6; s.stations.xray.officersByShift = [6]; }), { seed: 2 });
    expect(b.parcels.arrived).toBe(a.parcels.arrived);
    expect(b.hourly.map((h) => h.arrived)).toEqual(a.hourly.map((h) => h.arrived));
    expect(b.stations.xray.meanWaitSeconds).toBeLessThan(a.stations.xray.meanWaitSeconds);
  });
});

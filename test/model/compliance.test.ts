// The compliance sample: random pieces, fully examined, whose finds estimate prevalence with an
// exact interval. Checked where the answer is known: every piece contraband, a thorough exam that
// misses half, and a large sample whose interval must cover the prevalence the scenario set.
import { describe, expect, it } from 'vitest';
import { Facility, buildResults, runScenario } from '../../src/model/index.js';
import { CONTRABAND_TYPES } from '../../src/scenario/index.js';
import { TransitionLog, contrabandPerMillion, everyPieceContraband, oneReceptacleToXray, variant } from './scenarios.js';

describe('the compliance sample', () => {
  it('with a rate of 1 takes every piece before any rule, straight to exam', () => {
    const log = new TransitionLog();
    const f = new Facility(oneReceptacleToXray((s) => { s.targeting.compliance = { rate: 1, detectProbability: 1 }; }), { seed: 1, recorder: log.recorder });
    f.runToEnd();
    const r = buildResults(f);
    expect(r.interdiction.compliance.sampled).toBe(100);
    expect(r.interdiction.compliance.examined).toBe(100);
    expect(r.interdiction.rules[0].pulled).toBe(0);
    for (const history of log.of('parcel').values()) expect(history[0].event).toBe('PULL_EXAM');
  });

  it('estimates prevalence as finds ÷ (examined × detection), with the exact interval', () => {
    const all = runScenario(oneReceptacleToXray((s) => {
      everyPieceContraband(s);
      s.targeting.compliance = { rate: 1, detectProbability: 1 };
    }), { seed: 1 }).interdiction.compliance;
    expect(all).toMatchObject({ examined: 100, withContraband: 100, prevalencePerMillion: 1e6, high: 1e6 });
    expect(all.low).toBeCloseTo(1e6 * 0.025 ** (1 / 100), 3);
    const half = runScenario(oneReceptacleToXray((s) => {
      everyPieceContraband(s);
      s.targeting.compliance = { rate: 1, detectProbability: 0.5 };
    }), { seed: 1 }).interdiction.compliance;
    expect(half.withContraband).toBeGreaterThan(30);
    expect(half.withContraband).toBeLessThan(70);
    expect(half.prevalencePerMillion).toBeCloseTo((half.withContraband / 100) * 2e6, 6);
  });

  it('is never released unscreened, however short the wait limit', () => {
    const r = runScenario(oneReceptacleToXray((s) => {
      s.targeting.compliance = { rate: 1, detectProbability: 1 };
      s.backlog.maxWaitHours = 1e-3;
    }), { seed: 1 });
    expect(r.parcels.releasedUnscreened).toBe(0);
    expect(r.interdiction.compliance.examined).toBe(100);
  });

  it("covers the scenario's prevalence with its 95% interval on a large sample", () => {
    // 1% of pieces carry contraband (10,000 per million) and 2% of 300,000 pieces are sampled.
    const scenario = variant('baseline', (s) => {
      contrabandPerMillion(s, 10_000 / CONTRABAND_TYPES.length);
      s.targeting.compliance = { rate: 0.02, detectProbability: 1 };
      s.stations.exam = { ...s.stations.exam, lanes: 40, officersByShift: [40, 40] };
      s.shifts = s.shifts.map((sh) => ({ ...sh, breakMinutes: 0 }));
    });
    const c = runScenario(scenario, { seed: 3 }).interdiction.compliance;
    expect(c.examined).toBeGreaterThan(4000);
    expect(c.low).toBeLessThan(10_000);
    expect(c.high).toBeGreaterThan(10_000);
    expect(c.high - c.low).toBeLessThan(10_000); // informative at this size, unlike the baseline's sample
  });

  it("does not change which pieces the rules' random draws pick (common random numbers)", () => {
    const off = runScenario(variant('baseline', (s) => { s.targeting.compliance.rate = 0; }), { seed: 2 });
    const on = runScenario(variant('baseline', (s) => { s.targeting.compliance.rate = 0.001; }), { seed: 2 });
    // The sample takes a few pieces the rules would have pulled; the rest of each rule's picks are the same.
    const random = (r: typeof on) => r.interdiction.rules.find((x) => x.id === 'random')!.pulled;
    expect(Math.abs(random(on) - random(off))).toBeLessThanOrEqual(1);
    expect(on.parcels.arrived).toBe(off.parcels.arrived);
  });
});

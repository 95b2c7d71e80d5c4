// Targeting by contraband type (src/model/contents.ts, riskScore.separationByType): a type listed
// there gets its own d′, so a risk-score threshold t pulls 1 − Φ(Φ⁻¹(t) − d′) of that type's
// parcels, while every other type keeps the scenario-wide d′ and, draw for draw, its run.
//
// The runs use Poisson arrivals, which are targeted the moment they arrive, so a rule's
// `contrabandPulled` over `contraband.arrived` is exactly the share of contraband it pulled; only
// one type is present per run, so that share is that type's. Every piece has advance data.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/index.js';
import { CONTRABAND_TYPES, type ContrabandType, type Scenario } from '../../src/scenario/index.js';
import { normalCdf, normalQuantile } from '../scenario/normalCdf.js';
import { variant } from './scenarios.js';

const THRESHOLD = 0.99;
const SEPARATION = 1; // every type but the sharpened one
const SHARPENED = 2.5; // precursors' d′ when separationByType lists them

/** 240,000 pieces a day with AED, 20% of them carrying `type` (and no other contraband), one risk-score rule. */
function scenario(type: ContrabandType, byType: Scenario['riskScore']['separationByType']): Scenario {
  return variant('baseline', (s) => {
    s.arrivals = { kind: 'poisson', perHour: 10_000 };
    for (const t of CONTRABAND_TYPES) s.contraband[t].perMillion = t === type ? 200_000 : 0;
    for (const o of s.mix.origins) o.aedRate = 1;
    s.riskScore = { separation: SEPARATION, separationByType: byType };
    s.targeting.rules = [{ id: 'risk', enabled: true, when: { kind: 'riskScore', atLeast: THRESHOLD }, order: 'xray', hold: false }];
    s.targeting.compliance.rate = 0;
    s.stations.canine.enabled = false;
  });
}

/** Share of the (single) contraband type's parcels that the risk-score rule pulled, and how many there were. */
function pulledShare(s: Scenario): { share: number; n: number } {
  const r = runScenario(s, { seed: 3, days: 1 });
  return { share: r.interdiction.rules[0].contrabandPulled / r.contraband.arrived, n: r.contraband.arrived };
}
const analytic = (d: number): number => 1 - normalCdf(normalQuantile(THRESHOLD) - d);
const tolerance = (p: number, n: number): number => 5 * Math.sqrt((p * (1 - p)) / n);

describe('risk-score separation by contraband type', () => {
  it("raising precursors' d′ alone lifts the share of precursor parcels pulled to 1 − Φ(Φ⁻¹(t) − d′)", () => {
    const { share, n } = pulledShare(scenario('precursors', { precursors: SHARPENED }));
    expect(n).toBeGreaterThan(40_000);
    const p = analytic(SHARPENED); // 1 − Φ(2.326 − 2.5) = 0.57
    expect(Math.abs(share - p)).toBeLessThan(tolerance(p, n));
  });

  it('leaves the types it does not list at the scenario-wide d′', () => {
    for (const type of ['fentanyl', 'pillPress'] as const) {
      const { share, n } = pulledShare(scenario(type, { precursors: SHARPENED }));
      const p = analytic(SEPARATION); // 1 − Φ(2.326 − 1) = 0.09
      expect(Math.abs(share - p)).toBeLessThan(tolerance(p, n));
    }
  });

  it('gives precursors the scenario-wide d′ when they are not listed', () => {
    const { share, n } = pulledShare(scenario('precursors', {}));
    const p = analytic(SEPARATION);
    expect(Math.abs(share - p)).toBeLessThan(tolerance(p, n));
  });

  it('changes nothing, draw for draw, in a run without the sharpened type (common random numbers)', () => {
    const plain = runScenario(scenario('fentanyl', {}), { seed: 5, days: 1 });
    const sharpened = runScenario(scenario('fentanyl', { precursors: SHARPENED, pillPress: 4 }), { seed: 5, days: 1 });
    expect(sharpened).toEqual(plain);
  });
});

// Parcel stories say, in plain words, why a parcel was pulled: for each kind of rule, a dog, or
// the compliance sample.
import { describe, expect, it } from 'vitest';
import { Facility } from '../../src/model/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { everyPieceContraband, oneReceptacleToXray } from './scenarios.js';

/** The reasons given for every parcel of a run whose stories are kept. */
function reasons(scenario: Scenario): string[] {
  const f = new Facility(scenario, { seed: 1, stories: true });
  f.runToEnd();
  const out: string[] = [];
  for (let k = 0; k < 100; k++) {
    for (let receptacle = 0; receptacle < 50; receptacle++) {
      const story = f.story(receptacle * 1000 + k);
      if (story !== null) out.push(`${story.pulledBy.kind}: ${story.pulledBy.why}`);
    }
  }
  return out;
}

describe('why a parcel was pulled', () => {
  it('names the compliance sample', () => {
    const all = reasons(oneReceptacleToXray((s) => { s.targeting.compliance = { rate: 1, detectProbability: 1 }; }));
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).toMatch(/^compliance: drawn at random for the compliance sample/);
  });

  it("names a signature rule's contraband type", () => {
    const all = reasons(oneReceptacleToXray((s) => {
      everyPieceContraband(s);
      for (const o of s.mix.origins) o.aedRate = 1;
      s.targeting.rules = [{ id: 'press-profile', enabled: true, when: { kind: 'signature', type: 'pillPress', separation: 3, atLeast: 0 }, order: 'xray', hold: false }];
    }));
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).toMatch(/^rule: .*profile of pillPress shipments/);
  });

  it('adds the declared contents to a risk-score rule limited to some categories', () => {
    const all = reasons(oneReceptacleToXray((s) => {
      for (const o of s.mix.origins) o.aedRate = 1;
      s.targeting.rules = [{ id: 'risky-goods', enabled: true, when: { kind: 'riskScore', atLeast: 0, declared: ['goods'] }, order: 'xray', hold: false }];
    }));
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(r).toMatch(/at or above the threshold 0, and it is declared as goods$/);
  });
});

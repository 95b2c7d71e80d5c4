// Figures of a run's outcome worked out by hand: the service standard counting late parcels still
// inside, grams seized by type, and seizures per 1,000 pulls by rule.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/index.js';
import { CONTRABAND_TYPES } from '../../src/scenario/index.js';
import { oneReceptacleToXray, variant } from './scenarios.js';

describe('the service standard', () => {
  it('counts parcels still inside past the standard as late', () => {
    // 100 parcels, 1,000 s each at one lane, standard 1 h from tender (induction takes 103 s): parcels
    // 0-2 leave within it, the rest later or not by the end of the day, and every one of those is late.
    const r = runScenario(oneReceptacleToXray((s) => {
      s.serviceStandardHours = 1;
      s.stations.xray.serviceSeconds = { kind: 'deterministic', value: 1000 };
    }), { seed: 1 });
    expect(r.parcels.inside).toBeGreaterThan(0);
    expect(r.throughput.withinStandardShare).toBeCloseTo(3 / 100, 12);
  });
});

describe('what was seized', () => {
  it('weighs each type as the sum of its seized parcels, and rates each rule per 1,000 pulls', () => {
    const r = runScenario(variant('baseline', (s) => {
      for (const t of CONTRABAND_TYPES) s.contraband[t].quantityGrams = { kind: 'deterministic', value: 100 };
    }), { seed: 2, days: 2 });
    expect(r.contraband.seized).toBeGreaterThan(0);
    for (const t of CONTRABAND_TYPES) expect(r.contraband.seizedGramsByType[t], t).toBe(100 * r.contraband.seizedByType[t]);
    for (const rule of r.interdiction.rules) {
      expect(rule.hitsPerThousandPulled, rule.id).toBeCloseTo(rule.pulled > 0 ? (1000 * rule.hits) / rule.pulled : 0, 12);
    }
    expect(r.interdiction.rules.some((x) => x.hits > 0)).toBe(true);
  });
});

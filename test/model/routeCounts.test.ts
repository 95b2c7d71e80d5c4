// Contraband outcomes by route: every contraband parcel that ends is counted once on each
// dimension, and the published results carry them only when a run asks.
import { describe, expect, it } from 'vitest';
import { runScenario, type RouteOutcome } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';

describe('RunResults.routes', () => {
  it('is absent unless asked for, and asking changes no other result', () => {
    const s = getPreset('baseline').scenario;
    const plain = runScenario(s, { seed: 5 });
    const withRoutes = runScenario(s, { seed: 5, routes: true });
    expect('routes' in plain).toBe(false);
    const { routes, ...rest } = withRoutes;
    expect(routes).toBeDefined();
    expect(JSON.stringify(rest)).toBe(JSON.stringify(plain));
  });

  it('counts each contraband parcel that ended once per dimension, seized ones as seized, after a warm-up too', () => {
    const s = getPreset('baseline').scenario;
    for (const warmupDays of [0, 1]) {
      const r = runScenario(s, { seed: 2, days: 2, warmupDays, routes: true });
      const ended = r.contraband.seized + r.contraband.missed + r.contraband.detained;
      expect(ended).toBeGreaterThan(20);
      for (const dimension of Object.values(r.routes!) as Record<string, RouteOutcome>[]) {
        const outcomes = Object.values(dimension);
        expect(outcomes.reduce((a, o) => a + o.ended, 0)).toBe(ended);
        expect(outcomes.reduce((a, o) => a + o.seized, 0)).toBe(r.contraband.seized);
      }
      expect(Object.keys(r.routes!.origin)).toEqual(s.mix.origins.map((o) => o.code));
      expect(Object.keys(r.routes!.concealment)).toEqual(['normal', 'deep']);
    }
  });
});

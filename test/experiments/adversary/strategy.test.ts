// The smugglers' strategy and the scenario it becomes: read from the scenario's own fields, written
// back so the model draws contraband as the strategy says, and nothing but contraband moves.
import { describe, expect, it } from 'vitest';
import { applyStrategy, deepShare, initialStrategy, nextStrategy, pooledCounts, routeMetrics } from '../../../src/experiments/index.js';
import { runScenario } from '../../../src/model/index.js';
import { CONTRABAND_TYPES, getPreset } from '../../../src/scenario/index.js';
import { smallScenario } from './fixtures.js';

const baseline = getPreset('baseline').scenario;

describe('initialStrategy', () => {
  it('reads the split from share × prevalence multiplier, the contraband shares and the deep shares', () => {
    const s = initialStrategy(baseline);
    const w = baseline.mix.origins.map((o) => o.share * o.prevalenceMultiplier);
    const total = w.reduce((a, b) => a + b, 0);
    s.origin.forEach((x, i) => expect(x).toBeCloseTo(w[i] / total, 12));
    expect(s.declared).toEqual(baseline.mix.declared.map((d) => expect.closeTo(d.contrabandShare, 12)));
    expect(s.deepByType).toEqual(CONTRABAND_TYPES.map((t) => baseline.contraband[t].deepConcealmentShare));
    expect(deepShare(baseline, s)).toBeCloseTo((40 * 0.2 + 30 * 0.2 + 10 * 0.25 + 5 * 0.25 + 3 * 0.2 + 2 * 0.3 + 1 * 0.2 + 9 * 0.2) / 100, 12);
  });
});

describe('applyStrategy', () => {
  it('round-trips: the scenario it makes describes the same strategy', () => {
    const s = { ...initialStrategy(baseline), origin: [0.1, 0.2, 0.3, 0.15, 0.25], declared: [0.4, 0.1, 0.1, 0.4] };
    const back = initialStrategy(applyStrategy(baseline, s));
    back.origin.forEach((x, i) => expect(x).toBeCloseTo(s.origin[i], 12));
    back.declared.forEach((x, i) => expect(x).toBeCloseTo(s.declared[i], 12));
  });

  it('changes contraband only: clean mail, prevalence and targeting stay as they were', () => {
    const s = { ...initialStrategy(baseline), origin: [0, 0, 1, 0, 0], deepByType: CONTRABAND_TYPES.map(() => 0.9) };
    const a = applyStrategy(baseline, s);
    expect(a.mix.origins.map((o) => [o.share, o.aedRate])).toEqual(baseline.mix.origins.map((o) => [o.share, o.aedRate]));
    expect(a.mix.declared.map((d) => d.cleanShare)).toEqual(baseline.mix.declared.map((d) => d.cleanShare));
    expect(CONTRABAND_TYPES.map((t) => a.contraband[t].perMillion)).toEqual(CONTRABAND_TYPES.map((t) => baseline.contraband[t].perMillion));
    expect(a.targeting).toEqual(baseline.targeting);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('makes the model send contraband the way the strategy says', () => {
    const base = smallScenario();
    const all = applyStrategy(base, { ...initialStrategy(base), origin: [0, 0, 1, 0, 0], declared: [0, 0, 0, 1], deepByType: CONTRABAND_TYPES.map(() => 1) });
    const r = runScenario(all, { seed: 3, routes: true });
    const ended = r.contraband.seized + r.contraband.missed + r.contraband.detained;
    expect(ended).toBeGreaterThan(100);
    expect(r.routes?.origin.OTHER_HR.ended).toBe(ended);
    expect(r.routes?.declared.medicine.ended).toBe(ended);
    expect(r.routes?.concealment.deep.ended).toBe(ended);
  });
});

describe('nextStrategy', () => {
  it('moves contraband away from a declared category that is held, and into deeper concealment when deep survives more', () => {
    // Every piece declared as medicine goes to X-ray: medicine is the worst route to declare.
    const base = smallScenario((s) => { s.targeting.rules.find((r) => r.id === 'declared-medicine')!.enabled = true; });
    const runs = [1, 2].map((seed) => routeMetrics(runScenario(base, { seed, routes: true }).routes!));
    const counts = pooledCounts(base, runs);
    const before = initialStrategy(base);
    const after = nextStrategy(before, counts, { kind: 'logit', rate: 10, priorParcels: 20 });
    const medicine = 3;
    const rate = (c: { ended: number; seized: number }) => c.seized / c.ended;
    expect(rate(counts.declared[medicine])).toBeGreaterThan(rate(counts.declared[0]));
    expect(after.declared[medicine]).toBeLessThan(before.declared[medicine]);
    const [normal, deep] = counts.concealment;
    expect(Math.sign(after.deepByType[0] - before.deepByType[0])).toBe(Math.sign(rate(normal) - rate(deep)));
  });
});

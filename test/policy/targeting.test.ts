// Targeting rules as data, evaluated first-match (src/policy/targeting.ts). Table-driven: each row
// is a rule list and a parcel, and the index of the rule that pulls it (-1: none).
//
// Baseline origins, by index: 0 CN, 1 HK, 2 OTHER_HR (the three high-risk ones), 3 EU, 4 ROW.
// Declared categories: 0 goods, 1 gift, 2 documents, 3 medicine.
// Contraband types, by index: as CONTRABAND_TYPES (4 precursors, 5 fentanyl, 6 pillPress); -1 clean.
import { describe, expect, it } from 'vitest';
import { Targeting } from '../../src/policy/targeting.js';
import { CONTRABAND_TYPES, type Rule, type RuleCondition } from '../../src/scenario/index.js';
import { normalCdf, normalQuantile } from '../../src/sim/distributions.js';
import { Streams } from '../../src/sim/random.js';
import { variant } from '../model/scenarios.js';

const CN = 0, HK = 1, OTHER_HR = 2, EU = 3, ROW = 4;
const GOODS = 0, GIFT = 1, DOCUMENTS = 2, MEDICINE = 3;
const CLEAN = -1, PRECURSORS = CONTRABAND_TYPES.indexOf('precursors'), FENTANYL = CONTRABAND_TYPES.indexOf('fentanyl');
const PILL_PRESS = CONTRABAND_TYPES.indexOf('pillPress');

const rule = (id: string, when: RuleCondition, enabled = true): Rule => ({ id, enabled, when, order: 'xray', hold: false });

function targeting(rules: Rule[], seed = 1): Targeting {
  const scenario = variant('baseline', (s) => { s.targeting.rules = rules; });
  return new Targeting(scenario, new Streams(seed));
}

interface Parcel { origin: number; aed: boolean; declared: number; score: number; type: number }
const parcel = (p: Partial<Parcel>): Parcel => ({ origin: EU, aed: true, declared: GOODS, score: 0.5, type: CLEAN, ...p });
const select = (t: Targeting, p: Parcel): number => t.select(p.origin, p.aed, p.declared, p.score, p.type);

describe('deterministic rules', () => {
  const cases: Array<{ name: string; rules: Rule[]; parcel: Parcel; expected: number }> = [
    // riskScore: score >= atLeast; a parcel without advance data has score NaN and never matches.
    { name: 'riskScore: above the threshold', rules: [rule('r', { kind: 'riskScore', atLeast: 0.9 })], parcel: parcel({ score: 0.95 }), expected: 0 },
    { name: 'riskScore: exactly at the threshold', rules: [rule('r', { kind: 'riskScore', atLeast: 0.9 })], parcel: parcel({ score: 0.9 }), expected: 0 },
    { name: 'riskScore: below the threshold', rules: [rule('r', { kind: 'riskScore', atLeast: 0.9 })], parcel: parcel({ score: 0.8999 }), expected: -1 },
    { name: 'riskScore: NaN (no AED) never matches, even at threshold 0', rules: [rule('r', { kind: 'riskScore', atLeast: 0 })], parcel: parcel({ aed: false, score: NaN }), expected: -1 },
    { name: 'riskScore: threshold 0 matches every scored parcel', rules: [rule('r', { kind: 'riskScore', atLeast: 0 })], parcel: parcel({ score: 0 }), expected: 0 },
    // riskScore with a declared filter: the score must clear the threshold AND the category be listed.
    { name: 'riskScore + declared: above the threshold, category listed', rules: [rule('r', { kind: 'riskScore', atLeast: 0.9, declared: ['medicine', 'gift'] })], parcel: parcel({ score: 0.95, declared: MEDICINE }), expected: 0 },
    { name: 'riskScore + declared: above the threshold, category not listed', rules: [rule('r', { kind: 'riskScore', atLeast: 0.9, declared: ['medicine', 'gift'] })], parcel: parcel({ score: 0.95, declared: GOODS }), expected: -1 },
    { name: 'riskScore + declared: category listed, below the threshold', rules: [rule('r', { kind: 'riskScore', atLeast: 0.9, declared: ['medicine'] })], parcel: parcel({ score: 0.5, declared: MEDICINE }), expected: -1 },
    { name: 'riskScore + declared: category listed, no AED (NaN) never matches', rules: [rule('r', { kind: 'riskScore', atLeast: 0, declared: ['medicine'] })], parcel: parcel({ aed: false, score: NaN, declared: MEDICINE }), expected: -1 },
    {
      name: 'riskScore + declared: a filtered rule passes an unlisted category on to a later unfiltered one',
      rules: [rule('med', { kind: 'riskScore', atLeast: 0.5, declared: ['medicine'] }), rule('any', { kind: 'riskScore', atLeast: 0.9 })],
      parcel: parcel({ score: 0.95, declared: DOCUMENTS }),
      expected: 1,
    },
    // riskScore ignores the contraband type: it sees only the score the contents drew.
    { name: 'riskScore: a contraband piece below the threshold is not pulled', rules: [rule('r', { kind: 'riskScore', atLeast: 0.9 })], parcel: parcel({ score: 0.5, type: PRECURSORS }), expected: -1 },
    // origin list
    { name: 'origin: listed', rules: [rule('o', { kind: 'origin', in: ['HK', 'ROW'] })], parcel: parcel({ origin: ROW }), expected: 0 },
    { name: 'origin: not listed', rules: [rule('o', { kind: 'origin', in: ['HK', 'ROW'] })], parcel: parcel({ origin: CN }), expected: -1 },
    // noAedHighRisk: no advance data AND a high-risk origin
    { name: 'noAedHighRisk: high-risk origin without AED', rules: [rule('n', { kind: 'noAedHighRisk' })], parcel: parcel({ origin: OTHER_HR, aed: false, score: NaN }), expected: 0 },
    { name: 'noAedHighRisk: high-risk origin with AED', rules: [rule('n', { kind: 'noAedHighRisk' })], parcel: parcel({ origin: OTHER_HR, aed: true }), expected: -1 },
    { name: 'noAedHighRisk: low-risk origin without AED', rules: [rule('n', { kind: 'noAedHighRisk' })], parcel: parcel({ origin: EU, aed: false, score: NaN }), expected: -1 },
    // declared list
    { name: 'declared: listed', rules: [rule('d', { kind: 'declared', in: ['medicine', 'gift'] })], parcel: parcel({ declared: MEDICINE }), expected: 0 },
    { name: 'declared: not listed', rules: [rule('d', { kind: 'declared', in: ['medicine', 'gift'] })], parcel: parcel({ declared: DOCUMENTS }), expected: -1 },
    // all
    { name: 'all: anything, even without AED', rules: [rule('a', { kind: 'all' })], parcel: parcel({ aed: false, score: NaN }), expected: 0 },
    // first match wins, in the scenario's order
    {
      name: 'first match: the earlier of two matching rules',
      rules: [rule('d', { kind: 'declared', in: ['gift'] }), rule('o', { kind: 'origin', in: ['CN'] }), rule('a', { kind: 'all' })],
      parcel: parcel({ origin: CN, declared: GIFT }),
      expected: 0,
    },
    {
      name: 'first match: a later rule when the earlier ones do not match',
      rules: [rule('d', { kind: 'declared', in: ['medicine'] }), rule('o', { kind: 'origin', in: ['CN'] }), rule('a', { kind: 'all' })],
      parcel: parcel({ origin: CN, declared: GIFT }),
      expected: 1,
    },
    // disabled rules are ignored, but keep their index
    {
      name: 'disabled: a disabled matching rule is skipped; the index reported is the scenario index',
      rules: [rule('a0', { kind: 'all' }, false), rule('o', { kind: 'origin', in: ['EU'] })],
      parcel: parcel({ origin: EU }),
      expected: 1,
    },
    { name: 'disabled: nothing else matches', rules: [rule('a0', { kind: 'all' }, false)], parcel: parcel({}), expected: -1 },
    { name: 'no rules at all', rules: [], parcel: parcel({}), expected: -1 },
  ];

  for (const c of cases) {
    it(`${c.name} -> ${c.expected}`, () => {
      expect(select(targeting(c.rules), c.parcel)).toBe(c.expected);
    });
  }
});

describe('receptacle sweeps', () => {
  const sweep = (highRiskOnly: boolean, rate = 1): Rule[] => [rule('s', { kind: 'receptacleSweep', highRiskOnly, rate })];
  const cases: Array<{ name: string; highRiskOnly: boolean; origin: number; expected: number }> = [
    { name: 'highRiskOnly, high-risk receptacle', highRiskOnly: true, origin: HK, expected: 0 },
    { name: 'highRiskOnly, low-risk receptacle', highRiskOnly: true, origin: EU, expected: -1 },
    { name: 'any origin, low-risk receptacle', highRiskOnly: false, origin: ROW, expected: 0 },
    { name: 'any origin, high-risk receptacle', highRiskOnly: false, origin: CN, expected: 0 },
  ];
  for (const c of cases) {
    it(`rate 1, ${c.name}: every parcel of the receptacle -> ${c.expected}`, () => {
      const t = targeting(sweep(c.highRiskOnly));
      t.beginReceptacle(c.origin);
      for (let k = 0; k < 5; k++) expect(select(t, parcel({ origin: c.origin, aed: k % 2 === 0, score: k % 2 === 0 ? 0.3 : NaN }))).toBe(c.expected);
      t.endReceptacle();
    });
  }

  it('selects only inside beginReceptacle/endReceptacle, never a parcel arriving on its own', () => {
    const t = targeting(sweep(false));
    expect(select(t, parcel({ origin: CN }))).toBe(-1); // before any receptacle
    t.beginReceptacle(CN);
    expect(select(t, parcel({ origin: CN }))).toBe(0);
    t.endReceptacle();
    expect(select(t, parcel({ origin: CN }))).toBe(-1); // after it
  });

  it('never sweeps at rate 0', () => {
    const t = targeting(sweep(false, 0));
    for (let i = 0; i < 1000; i++) {
      t.beginReceptacle(CN);
      expect(select(t, parcel({ origin: CN }))).toBe(-1);
      t.endReceptacle();
    }
  });

  it('sweeps about rate × receptacles, and the same receptacles whatever rules come before it', () => {
    const N = 20_000;
    const swept = (rules: Rule[]): number[] => {
      const t = targeting(rules);
      const out: number[] = [];
      const i = rules.findIndex((r) => r.id === 's');
      for (let n = 0; n < N; n++) {
        t.beginReceptacle(CN);
        // A parcel the earlier rules never match, so the sweep decides it.
        if (select(t, parcel({ origin: CN, declared: DOCUMENTS })) === i) out.push(n);
        t.endReceptacle();
      }
      return out;
    };
    const alone = swept(sweep(false, 0.05));
    expect(Math.abs(alone.length - 0.05 * N)).toBeLessThan(5 * Math.sqrt(N * 0.05 * 0.95));
    const withEarlier = swept([rule('sweep2', { kind: 'receptacleSweep', highRiskOnly: false, rate: 0.3 }), rule('m', { kind: 'declared', in: ['medicine'] }), ...sweep(false, 0.05)]);
    // The earlier sweep takes some receptacles first; on the others the decisions are unchanged.
    const aloneSet = new Set(alone);
    expect(withEarlier.every((n) => aloneSet.has(n))).toBe(true);
    expect(withEarlier.length).toBeGreaterThan(0.5 * alone.length);
  });
});

describe('random selection', () => {
  const N = 1_000_000;
  const RATE = 0.01;

  /** Indices (0..N-1) of the parcels that rule `id` pulls. */
  function picks(rules: Rule[], id: string, p: (n: number) => Parcel = () => parcel({})): number[] {
    const t = targeting(rules, 42);
    const i = rules.findIndex((r) => r.id === id);
    const out: number[] = [];
    for (let n = 0; n < N; n++) if (select(t, p(n)) === i) out.push(n);
    return out;
  }

  it('selects about rate × parcels over 10^6 parcels', () => {
    const n = picks([rule('rnd', { kind: 'random', rate: RATE })], 'rnd').length;
    expect(Math.abs(n - RATE * N)).toBeLessThan(5 * Math.sqrt(N * RATE * (1 - RATE))); // 5 sd: ±497
  });

  it('selects nothing at rate 0 and everything at rate 1', () => {
    const t0 = targeting([rule('rnd', { kind: 'random', rate: 0 })]);
    const t1 = targeting([rule('rnd', { kind: 'random', rate: 1 })]);
    for (let n = 0; n < 1000; n++) {
      expect(select(t0, parcel({}))).toBe(-1);
      expect(select(t1, parcel({}))).toBe(0);
    }
  });

  it('keeps its selections when an earlier rule is added or removed (common random numbers)', () => {
    const random = rule('rnd', { kind: 'random', rate: RATE });
    const alone = picks([random], 'rnd');
    // An earlier rule that takes every tenth parcel (origin ROW): the random rule still counts
    // those parcels down, so on all the others it picks exactly as before.
    const origin = (n: number): Parcel => parcel({ origin: n % 10 === 0 ? ROW : EU });
    const behindOrigin = picks([rule('o', { kind: 'origin', in: ['ROW'] }), random], 'rnd', origin);
    expect(behindOrigin).toEqual(alone.filter((n) => n % 10 !== 0));
    // An earlier random rule with its own stream, and a disabled rule: no effect at all on the others.
    const behindRandom = picks([rule('rnd0', { kind: 'random', rate: 0.05 }), rule('off', { kind: 'all' }, false), random], 'rnd');
    const earlier = new Set(picks([rule('rnd0', { kind: 'random', rate: 0.05 })], 'rnd0'));
    expect(behindRandom).toEqual(alone.filter((n) => !earlier.has(n)));
  });

  it('keeps its selections when a rule is added after it', () => {
    const random = rule('rnd', { kind: 'random', rate: RATE });
    const alone = picks([random], 'rnd');
    const withLater = picks([random, rule('a', { kind: 'all' })], 'rnd');
    expect(withLater).toEqual(alone);
  });

  it('depends on the run seed', () => {
    const a = targeting([rule('rnd', { kind: 'random', rate: RATE })], 1);
    const b = targeting([rule('rnd', { kind: 'random', rate: RATE })], 2);
    const pa: number[] = [];
    const pb: number[] = [];
    for (let n = 0; n < 10_000; n++) {
      if (select(a, parcel({})) === 0) pa.push(n);
      if (select(b, parcel({})) === 0) pb.push(n);
    }
    expect(pa).not.toEqual(pb);
  });
});

describe('signature rules', () => {
  const N = 100_000;
  const D = 2;
  const T = 0.99;
  const sig = (id = 'sig', type: 'precursors' | 'pillPress' = 'precursors', atLeast = T, separation = D): Rule =>
    rule(id, { kind: 'signature', type, separation, atLeast });
  /** The signature score a piece gets from its uniform v: shifted by d′ only for the rule's own type. */
  const signatureScore = (v: number, carriesType: boolean): number => (carriesType ? normalCdf(normalQuantile(v) + D) : v);

  /** Indices (0..N-1) of the parcels that rule `id` pulls, parcel n being `p(n)`. */
  function picks(rules: Rule[], id: string, p: (n: number) => Parcel, seed = 7): number[] {
    const t = targeting(rules, seed);
    const i = rules.findIndex((r) => r.id === id);
    const out: number[] = [];
    for (let n = 0; n < N; n++) if (select(t, p(n)) === i) out.push(n);
    return out;
  }

  // Each row: which pieces arrive, and which of them the rule must pull, given the v its own
  // stream (`targeting/sig`, replayed here) draws for parcel n.
  const cases: Array<{ name: string; parcel: (n: number) => Parcel; pulled: (v: number, n: number) => boolean }> = [
    { name: 'a piece of its type with AED: pulled when Φ(Φ⁻¹(v) + d′) ≥ t', parcel: () => parcel({ type: PRECURSORS }), pulled: (v) => signatureScore(v, true) >= T },
    { name: 'a clean piece with AED: pulled when v ≥ t', parcel: () => parcel({ type: CLEAN }), pulled: (v) => v >= T },
    { name: 'a piece of another type: pulled when v ≥ t, like a clean one', parcel: () => parcel({ type: FENTANYL }), pulled: (v) => v >= T },
    { name: 'a piece of its type without AED: never pulled', parcel: () => parcel({ type: PRECURSORS, aed: false, score: NaN }), pulled: () => false },
    {
      name: 'AED on every other piece: only those can be pulled, the others still draw',
      parcel: (n) => parcel({ type: PRECURSORS, aed: n % 2 === 0, score: n % 2 === 0 ? 0.5 : NaN }),
      pulled: (v, n) => n % 2 === 0 && signatureScore(v, true) >= T,
    },
    { name: 'the main risk score plays no part', parcel: (n) => parcel({ type: CLEAN, score: n % 3 === 0 ? 0.9999 : 0.0001 }), pulled: (v) => v >= T },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const v = new Streams(7).get('targeting/sig');
      const expected: number[] = [];
      for (let n = 0; n < N; n++) if (c.pulled(v(), n)) expected.push(n);
      expect(picks([sig()], 'sig', c.parcel)).toEqual(expected);
    });
  }

  it('pulls about 1 − Φ(Φ⁻¹(t) − d′) of pieces of its type and 1 − t of the rest', () => {
    const ofType = picks([sig()], 'sig', () => parcel({ type: PRECURSORS })).length / N;
    const clean = picks([sig()], 'sig', () => parcel({ type: CLEAN })).length / N;
    const pType = 1 - normalCdf(normalQuantile(T) - D); // 0.372
    expect(Math.abs(ofType - pType)).toBeLessThan(5 * Math.sqrt((pType * (1 - pType)) / N));
    expect(Math.abs(clean - (1 - T))).toBeLessThan(5 * Math.sqrt((T * (1 - T)) / N));
  });

  it('a piece of its type passes the threshold that a clean piece with the same v would not', () => {
    const ofType = picks([sig()], 'sig', () => parcel({ type: PRECURSORS }));
    const clean = picks([sig()], 'sig', () => parcel({ type: CLEAN }));
    const typed = new Set(ofType);
    expect(clean.every((n) => typed.has(n))).toBe(true); // same v: whatever a clean piece clears, the typed one does too
    expect(ofType.length).toBeGreaterThan(20 * clean.length);
  });

  it('looks for its own type only: a pill-press rule treats precursors as clean', () => {
    const press = sig('sig', 'pillPress');
    expect(picks([press], 'sig', () => parcel({ type: PRECURSORS }))).toEqual(picks([press], 'sig', () => parcel({ type: CLEAN })));
    expect(picks([press], 'sig', () => parcel({ type: PILL_PRESS })).length).toBeGreaterThan(20 * picks([press], 'sig', () => parcel({})).length);
  });

  it('matches at threshold 0 every piece with AED, and at threshold 1 none', () => {
    const all = targeting([sig('sig', 'precursors', 0)]);
    const none = targeting([sig('sig', 'precursors', 1, 10)]);
    for (let n = 0; n < 1000; n++) {
      for (const type of [CLEAN, PRECURSORS]) {
        expect(select(all, parcel({ type }))).toBe(0);
        expect(select(all, parcel({ type, aed: false, score: NaN }))).toBe(-1);
        expect(select(none, parcel({ type }))).toBe(-1);
      }
    }
  });

  // Common random numbers: the rule draws one v per parcel from its own stream, whether or not an
  // earlier rule took the parcel, so its picks depend only on the parcel order.
  const precursorEvery = (n: number): Parcel => parcel({ type: n % 4 === 0 ? PRECURSORS : CLEAN });

  it('keeps its picks when an earlier rule takes some parcels (it still draws for them)', () => {
    const alone = picks([sig()], 'sig', precursorEvery);
    const origin = (n: number): Parcel => ({ ...precursorEvery(n), origin: n % 10 === 0 ? ROW : EU });
    expect(picks([rule('o', { kind: 'origin', in: ['ROW'] }), sig()], 'sig', origin)).toEqual(alone.filter((n) => n % 10 !== 0));
  });

  it('keeps its picks when an earlier random or signature rule, or a disabled one, is added', () => {
    const alone = picks([sig()], 'sig', precursorEvery);
    const rnd = rule('rnd', { kind: 'random', rate: 0.01 });
    const byRandom = new Set(picks([rnd], 'rnd', precursorEvery));
    expect(picks([rnd, sig()], 'sig', precursorEvery)).toEqual(alone.filter((n) => !byRandom.has(n)));
    const press = sig('press', 'pillPress', 0.98);
    const byPress = new Set(picks([press], 'press', precursorEvery));
    expect(byPress.size).toBeGreaterThan(0);
    expect(picks([press, rule('off', { kind: 'all' }, false), sig()], 'sig', precursorEvery)).toEqual(alone.filter((n) => !byPress.has(n)));
  });

  it("does not shift the picks of a later random or signature rule, whether it matches or is disabled", () => {
    const rnd = rule('rnd', { kind: 'random', rate: 0.01 });
    const rndAlone = picks([rnd], 'rnd', precursorEvery);
    const bySig = new Set(picks([sig()], 'sig', precursorEvery));
    expect(picks([sig(), rnd], 'rnd', precursorEvery)).toEqual(rndAlone.filter((n) => !bySig.has(n)));
    expect(picks([sig('sig', 'precursors', T, D), rule('x', { kind: 'all' }, false), rnd], 'rnd', precursorEvery))
      .toEqual(rndAlone.filter((n) => !bySig.has(n)));
    const offSig = rule('sig', { kind: 'signature', type: 'precursors', separation: D, atLeast: T }, false);
    expect(picks([offSig, rnd], 'rnd', precursorEvery)).toEqual(rndAlone);
    const press = sig('press', 'pillPress', 0.98);
    const pressAlone = picks([press], 'press', precursorEvery);
    expect(picks([sig(), press], 'press', precursorEvery)).toEqual(pressAlone.filter((n) => !bySig.has(n)));
  });

  it('draws even behind an earlier rule that matched: a random rule before it does not end the search early', () => {
    // A random rule that matches 30% of parcels: after each of its hits the selector may not stop
    // before the signature rule has drawn.
    const alone = picks([sig()], 'sig', precursorEvery);
    const rnd = rule('rnd', { kind: 'random', rate: 0.3 });
    const byRandom = new Set(picks([rnd], 'rnd', precursorEvery));
    expect(picks([rnd, sig()], 'sig', precursorEvery)).toEqual(alone.filter((n) => !byRandom.has(n)));
  });

  it('keeps its picks when a rule is added after it', () => {
    const alone = picks([sig()], 'sig', precursorEvery);
    expect(picks([sig(), rule('a', { kind: 'all' })], 'sig', precursorEvery)).toEqual(alone);
  });
});

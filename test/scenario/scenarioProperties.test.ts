// Property-based test of the promise "every accepted scenario runs": mutants of the presets'
// scenarios (extreme and fractional numbers, nulls, wrong kinds, deletions, long lists) are either
// refused with every problem naming a field, or they run a day to the end with the accounts
// balanced (buildResults checks conservation and throws otherwise). Seeded and bounded, so the
// suite stays deterministic; a bound removed from the schema makes it fail (a crash, a hang caught
// by the time limit, or a conservation error).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResults, estimateRun, Facility } from '../../src/model/index.js';
import { getPreset, parseScenario, presetNames } from '../../src/scenario/index.js';

/** Every path to a leaf (or a list) of a JSON value, as key lists. */
function leafPaths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    out.push(at);
    value.forEach((v, i) => leafPaths(v, [...at, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...at, k], out);
  } else out.push(at);
  return out;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let o: any = root;
  for (const k of path) {
    if (o === null || typeof o !== 'object') return undefined;
    o = o[k];
  }
  return o;
}

/** Sets (or, for `undefined`, deletes) the value at `path` in a plain JSON value. */
function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let o: any = root;
  for (const k of path.slice(0, -1)) {
    if (o === null || typeof o !== 'object') return;
    o = o[k];
  }
  if (o === null || typeof o !== 'object' || path.length === 0) return;
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(o)) o.splice(Number(last), 1);
    else delete o[last];
  } else o[last] = value;
}

const EXTREMES: unknown[] = [
  0, -1, 1, 0.5, 1.5, 1e-9, 1e9, 2 ** 31, 2 ** 53, 1e308, -1e308, Number.MIN_VALUE,
  null, 'x', '', '\u0000\u001b[2K', true, [], {}, undefined,
  Array.from({ length: 2000 }, () => 1),
  { kind: 'lognormal', median: 1e6, sigma: 4 }, { kind: 'exponential', mean: 1e-12 },
];

/** Simulated hours each accepted mutant runs, and how many mutants are tried. */
const HOURS = 8;
const RUNS = 600;

const mutant = fc.record({
  preset: fc.constantFrom(...presetNames()),
  edits: fc.array(fc.record({
    path: fc.nat(),
    // Half the edits scale the value that is there (so many mutants are valid and must run), half replace it.
    value: fc.oneof(
      fc.constantFrom(0, 0.1, 0.5, 2, 3, 10, 100, 1000).map((factor) => ({ scale: factor })),
      fc.oneof(fc.constantFrom(...EXTREMES), fc.double({ noNaN: true }), fc.integer()),
    ),
  }), { minLength: 1, maxLength: 2 }),
});

describe('a mutated scenario', () => {
  it('is refused with every problem on a named field, or runs a day with the accounts balanced', () => {
    let refused = 0;
    let ran = 0;
    fc.assert(fc.property(mutant, ({ preset, edits }) => {
      const s = structuredClone(getPreset(preset).scenario) as unknown as Record<string, unknown>;
      const paths = leafPaths(s);
      for (const e of edits) {
        const path = paths[e.path % paths.length];
        const v = e.value as { scale?: number } | unknown;
        const old = valueAt(s, path);
        if (v !== null && typeof v === 'object' && 'scale' in (v as object)) {
          if (typeof old === 'number') setAt(s, path, Number.isInteger(old) ? Math.round(old * (v as { scale: number }).scale) : old * (v as { scale: number }).scale);
        } else setAt(s, path, structuredClone(v));
      }
      const r = parseScenario(s);
      if (!r.ok) {
        refused++;
        expect(r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) {
          expect(e.path.length).toBeGreaterThan(0);
          expect(e.message.length).toBeGreaterThan(0);
          expect(e.message).not.toContain('[object Object]');
          expect(`${e.path} ${e.message}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
        }
        return;
      }
      // What the CLI would refuse before starting is refused; the rest must run.
      if (estimateRun(r.scenario, 1).seconds > 30 * 60) return;
      ran++;
      // The first hours of the first day: long enough to start every kind of event (flights, shifts,
      // dog runs, holds, services), short enough for many cases. buildResults checks the accounts.
      const f = new Facility(r.scenario, { seed: 1, days: 1 });
      f.advance(HOURS * 3600);
      const results = buildResults(f);
      expect(results.parcels.insideAtStart + results.parcels.arrived).toBe(
        results.parcels.released + results.parcels.seized + results.parcels.detained + results.parcels.inside);
    }), { seed: 424242, numRuns: RUNS });
    expect(refused).toBeGreaterThan(10);
    expect(ran).toBeGreaterThan(10);
  }, 120_000);

  // Every number of the baseline, one at a time, at each extreme: the systematic half of the
  // property, so that removing any single bound is caught whichever field it guards.
  it('with any one number at an extreme is refused naming that number, or runs with the accounts balanced', () => {
    const base = getPreset('baseline').scenario;
    const numeric = leafPaths(base).filter((p) => typeof valueAt(base, p) === 'number');
    expect(numeric.length).toBeGreaterThan(150);
    let ran = 0;
    for (const path of numeric) {
      for (const extreme of [1e308, -1, 1e-9, 2 ** 53, 0]) {
        const s = structuredClone(base) as unknown as Record<string, unknown>;
        setAt(s, path, extreme);
        const r = parseScenario(s);
        if (!r.ok) {
          const named = path.join('.');
          // The error names the field itself, or (for a relation between fields) the object or list holding it or a
          // field beside it (a break that no longer fits a shortened shift is reported on the break).
          const parent = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('.')));
          const related = (e: { path: string }) => named === e.path || named.startsWith(`${e.path}.`) || e.path.startsWith(`${named}.`) || parent(e.path) === parent(named);
          // A value out of every range is the field's own problem; 0 or a tiny value may instead break a relation
          // elsewhere (a rule ordering a station left with 0 lanes), which is reported where the relation is.
          if (extreme === 1e308 || extreme === -1) expect(r.errors.some(related), `${named} = ${extreme}: ${JSON.stringify(r.errors)}`).toBe(true);
          else expect(r.errors.every((e) => e.path.length > 0)).toBe(true);
          continue;
        }
        if (estimateRun(r.scenario, 1).seconds > 30 * 60) continue;
        ran++;
        const f = new Facility(r.scenario, { seed: 1, days: 1 });
        f.advance(HOURS * 3600);
        buildResults(f); // throws if the accounts do not balance
      }
    }
    expect(ran).toBeGreaterThan(100);
  }, 120_000);
});

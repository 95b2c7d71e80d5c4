// Property-based tests of the share-link parser (fast-check, seeded and bounded so the suite stays
// deterministic): whatever a link holds, decoding returns a run or a problem in words, never throws,
// and valid links still round-trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { encodeBase64Url } from '../../../src/ui/share/base64url.js';
import { decodeShareLink, encodeShareLink, MAX_CHANGES_DEPTH, nestingDepth } from '../../../src/ui/share/shareLink.js';
import { runFromLink } from '../../../src/ui/share/runFromLink.js';

const RUNS = { seed: 20261201, numRuns: 300 };

/** Decoding never throws, and a refusal always has words. */
function decodesSafely(fragment: string): void {
  const d = decodeShareLink(fragment);
  if (!d.ok) {
    expect(typeof d.problem).toBe('string');
    expect(d.problem.length).toBeGreaterThan(0);
    expect(d.problem.length).toBeLessThanOrEqual(601);
  }
  const opened = runFromLink(fragment);
  expect(opened.spec.scenario).toBeDefined();
}

/** JSON values, nested, with odd strings and numbers. */
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' },
    fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string({ unit: 'binary' }),
    fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 })),
})).value;

/** Keys that name real settings, so changes reach the scenario checks. */
const settingKey = fc.constantFrom(
  'stations.exam.officersByShift.0', 'stations.xray.lanes', 'arrivals.piecesPerDay', 'targeting.rules.0.when.atLeast',
  'contraband.fentanyl.perMillion', 'shifts.0.breakMinutes', 'backlog.maxWaitHours', '__proto__', 'constructor.prototype',
);

describe('decoding a share link, whatever it holds', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), decodesSafely), RUNS);
  });

  it('never throws on well-formed links with arbitrary values', () => {
    const link = fc.record({
      preset: fc.oneof(fc.constantFrom('baseline', 'jfk-2018', 'single-queue'), fc.string()),
      seed: fc.oneof(fc.integer().map(String), fc.string()),
      days: fc.oneof(fc.integer({ min: -5, max: 400 }).map(String), fc.string()),
      changes: fc.option(fc.dictionary(settingKey, json, { maxKeys: 3 }).map((c) => encodeBase64Url(JSON.stringify(c)))),
    }).map(({ changes, ...rest }) => new URLSearchParams({ ...rest, ...(changes === null ? {} : { changes }) }).toString());
    fc.assert(fc.property(link, decodesSafely), RUNS);
  });

  it('refuses changes nested deeper than the limit before parsing them (4,000 levels once stopped the app)', () => {
    const deep = `{"stations.xray.lanes":${'['.repeat(4000)}${']'.repeat(4000)}}`;
    const d = decodeShareLink(`preset=baseline&seed=1&days=1&changes=${encodeBase64Url(deep)}`);
    expect(d).toEqual({ ok: false, problem: `the link's changes are nested more than ${MAX_CHANGES_DEPTH} levels deep` });
    fc.assert(fc.property(fc.integer({ min: MAX_CHANGES_DEPTH + 1, max: 5000 }), (n) => {
      const text = `${'['.repeat(n)}${']'.repeat(n)}`;
      expect(nestingDepth(text)).toBe(n);
      decodesSafely(`preset=baseline&seed=1&days=1&changes=${encodeBase64Url(text)}`);
    }), { ...RUNS, numRuns: 30 });
  });

  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a":"[[[[\\"[[","b":[1,{"c":2}]}')).toBe(3);
  });

  it('still round-trips every valid run', () => {
    const spec = fc.record({
      preset: fc.constantFrom('baseline', 'short-staffed', 'de-minimis-2025'),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      days: fc.integer({ min: 1, max: 30 }),
      officers: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(fc.property(spec, ({ preset, seed, days, officers }) => {
      const scenario = structuredClone(getPreset(preset).scenario);
      scenario.stations.exam.officersByShift[0] = officers;
      const d = decodeShareLink(encodeShareLink({ preset, scenario, seed, days }));
      expect(d.ok && d.spec?.scenario.stations.exam.officersByShift[0]).toBe(officers);
      expect(d.ok && d.spec?.seed).toBe(seed);
    }), { ...RUNS, numRuns: 50 });
  });
});

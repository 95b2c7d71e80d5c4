// Golden trace (docs/architecture.md, Tests): a small scenario's complete event log and its final
// results, numbers rounded, compared with a saved file. Any change to the model's behaviour, the
// random streams, the seeding or the pinned seedrandom version shows up here as a diff to read.
//
// The scenario is the baseline scaled down to 20,000 pieces a day with fifty times the contraband,
// and field tests that fail often enough to use the lab, so that every station appears in one day.
//
// The file is test/golden/small-trace.json. If it is missing, the test writes it and FAILS, asking
// you to inspect and commit it (a golden file that was never looked at proves nothing). After an
// intended change, regenerate it with `UPDATE_GOLDEN=1 npx vitest run test/golden` and review the
// diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Facility, buildResults } from '../../src/model/index.js';
import { CONTRABAND_TYPES } from '../../src/scenario/index.js';
import { variant } from '../model/scenarios.js';

const GOLDEN = fileURLToPath(new URL('./small-trace.json', import.meta.url));
const SEED = 1;

type TraceEvent = [time: number, type: string, payload: number];

interface Golden {
  scenario: string;
  seed: number;
  days: number;
  trace: TraceEvent[];
  results: unknown;
}

/** Rounds every number to 6 significant digits, recursively (times in the trace: 3 decimals). */
function roundDeep(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
  if (Array.isArray(value)) return value.map(roundDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v)]));
  }
  return value;
}

function runSmall(): Golden {
  const scenario = variant('baseline', (s) => {
    if (s.arrivals.kind !== 'flights') throw new Error('baseline arrives by flights');
    s.name = 'golden-small';
    s.arrivals.piecesPerDay = 20_000;
    for (const t of CONTRABAND_TYPES) s.contraband[t].perMillion *= 50;
    s.stations.fieldTest.positiveHighPurity = 0.6;
  });
  const f = new Facility(scenario, { seed: SEED });
  const trace: TraceEvent[] = [];
  f.kernel.observer = (time, type, payload) => {
    trace.push([Math.round(time * 1000) / 1000, f.kernel.typeName(type), payload]);
  };
  f.runToEnd();
  // Through JSON and back, so the comparison sees exactly what the file can hold.
  return JSON.parse(JSON.stringify({ scenario: scenario.name, seed: SEED, days: f.days, trace, results: roundDeep(buildResults(f)) })) as Golden;
}

/** One event per line, so a diff of the file points at the events that changed. */
function serialize(g: Golden): string {
  return [
    '{',
    `  "scenario": ${JSON.stringify(g.scenario)},`,
    `  "seed": ${g.seed},`,
    `  "days": ${g.days},`,
    '  "trace": [',
    g.trace.map((e) => `    ${JSON.stringify(e)}`).join(',\n'),
    '  ],',
    `  "results": ${JSON.stringify(g.results, null, 2).replace(/\n/g, '\n  ')}`,
    '}',
    '',
  ].join('\n');
}

describe('golden trace of a small scenario', () => {
  it('matches test/golden/small-trace.json event for event, and in its results', () => {
    const actual = runSmall();
    expect(actual.trace.length).toBeGreaterThan(1000);
    const text = serialize(actual);
    expect(text.length).toBeLessThan(300_000);

    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, text);
      return;
    }
    if (!existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, text);
      throw new Error(`No golden file existed, so ${GOLDEN} was written now. Inspect it and commit it; this test fails until then so that it can never silently pass on its first run.`);
    }

    const saved = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden;
    expect({ scenario: actual.scenario, seed: actual.seed, days: actual.days }).toEqual({ scenario: saved.scenario, seed: saved.seed, days: saved.days });
    const first = actual.trace.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(saved.trace[i]));
    if (first >= 0 || actual.trace.length !== saved.trace.length) {
      const at = first >= 0 ? first : Math.min(actual.trace.length, saved.trace.length);
      expect.fail(
        `trace differs from event ${at}: now ${JSON.stringify(actual.trace[at])}, saved ${JSON.stringify(saved.trace[at])} ` +
        `(${actual.trace.length} events now, ${saved.trace.length} saved). If the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/golden and review the diff.`,
      );
    }
    expect(actual.results).toEqual(saved.results);
  });

  it('is itself reproducible: two runs give the same trace', () => {
    expect(serialize(runSmall())).toBe(serialize(runSmall()));
  });
});

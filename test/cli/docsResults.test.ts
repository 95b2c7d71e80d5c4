// docs/cli.md documents every field of a run's JSON, and no field the results no longer have.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/index.js';
import { CONTRABAND_TYPES, QUEUE_STATIONS, getPreset } from '../../src/scenario/index.js';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/cli.md'), 'utf8');
const results = runScenario(getPreset('baseline').scenario, { seed: 1, days: 1 });

/** The text of the `### \`name\`` section of the JSON reference. */
function section(name: string): string {
  const start = doc.indexOf(`### \`${name}\``);
  expect(start, name).toBeGreaterThan(0);
  const end = doc.slice(start + 4).search(/\n##/);
  return doc.slice(start, end < 0 ? undefined : start + 4 + end);
}

/** Field names under a value, one level of nesting written as `outer.inner` (per-type, per-station, per-origin and rule keys left out). */
function fieldNames(value: object): string[] {
  const skip = new Set<string>([...CONTRABAND_TYPES, ...QUEUE_STATIONS, ...getPreset('baseline').scenario.mix.origins.map((o) => o.code)]);
  return Object.entries(value).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).some((c) => skip.has(c))
      ? Object.keys(v).map((c) => `${k}.${c}`)
      : [k]);
}

describe('docs/cli.md, the run results', () => {
  it.each(['parcels', 'contraband', 'interdiction', 'throughput', 'cost'] as const)('lists every field of %s', (name) => {
    const text = section(name);
    // `a.b` is documented as `a.b`, or as `.b` after `a.x` in the same row.
    const missing = fieldNames(results[name]).filter((f) => !text.includes(`\`${f}\``) && !text.includes(`\`.${f.split('.').pop()}\``));
    expect(missing).toEqual([]);
  });

  it('lists every field of a station, a rule and an hourly row', () => {
    const missing = [
      ...Object.keys(results.stations.xray).filter((f) => !section('stations').includes(`\`${f}\``)),
      ...Object.keys(results.interdiction.rules[0]).filter((f) => !section('interdiction').includes(`\`rules[].${f}\``)),
      ...Object.keys(results.hourly[0]).filter((f) => !section('hourly').includes(`\`${f}\``)),
    ];
    expect(missing).toEqual([]);
  });

  it('no longer lists the dwell fields the results dropped', () => {
    expect(doc).not.toMatch(/dwell(Mean|Median|P95)Hours/);
  });
});

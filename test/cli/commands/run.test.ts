// `run`: the JSON is the complete RunResults, conservation holds, the same (scenario, seed)
// gives byte-identical output and another seed does not; --days and --scenario are honoured;
// --format text is a summary with units.
import { describe, expect, it } from 'vitest';
import type { RunResults } from '../../../src/model/index.js';
import { cli, fakeIo } from '../fakeIo.js';
import { json, validScenario } from '../scenarioFiles.js';

async function runJson(argv: string[]): Promise<{ text: string; results: RunResults }> {
  const r = await cli(['run', ...argv]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return { text: r.out, results: JSON.parse(r.out) as RunResults };
}

describe('run --format json', () => {
  it('prints the results of a run, indented, with a trailing newline', async () => {
    const { text, results } = await runJson(['--preset', 'single-queue', '--days', '1']);
    expect(text).toBe(`${JSON.stringify(results, null, 2)}\n`);
    expect(results).toMatchObject({ scenario: 'single-queue', seed: 1, days: 1, simulatedHours: 24 });
    expect(results.parcels.arrived).toBeGreaterThan(1500);
    expect(Object.keys(results)).toEqual(
      expect.arrayContaining(['parcels', 'contraband', 'interdiction', 'throughput', 'stations', 'hourly', 'events']),
    );
    expect(results.hourly).toHaveLength(24);
  });

  it('accounts for every parcel and every contraband parcel', async () => {
    const { results } = await runJson(['--preset', 'baseline', '--days', '1']);
    const p = results.parcels;
    expect(p.arrived).toBe(p.released + p.seized + p.detained + p.inside);
    const c = results.contraband;
    expect(c.arrived).toBe(c.seized + c.missed + c.detained + c.inside);
  });

  it('gives byte-identical output for the same scenario and seed', async () => {
    const a = await runJson(['--preset', 'single-queue', '--seed', '42']);
    const b = await runJson(['--preset', 'single-queue', '--seed', '42']);
    expect(a.text).toBe(b.text);
  });

  it('gives different output for another seed', async () => {
    const a = await runJson(['--preset', 'single-queue', '--seed', '1']);
    const b = await runJson(['--preset', 'single-queue', '--seed', '2']);
    expect(b.results.seed).toBe(2);
    expect(b.results.parcels.arrived).not.toBe(a.results.parcels.arrived);
  });

  it('uses seed 1 and the scenario\'s own days by default, and --days overrides them', async () => {
    expect((await runJson(['--preset', 'single-queue'])).results).toMatchObject({ seed: 1, days: 1 });
    expect((await runJson(['--preset', 'single-queue', '--days', '2'])).results).toMatchObject({ days: 2, simulatedHours: 48 });
  });

  it('--live runs as the app does: a warm opening at 06:00, the same numbers as liveRunOptions in Node', async () => {
    const r = await cli(['run', '--preset', 'single-queue', '--seed', '3', '--days', '1', '--live']);
    expect(r.code).toBe(0);
    const { runScenario, liveRunOptions } = await import('../../../src/model/index.js');
    const { getPreset } = await import('../../../src/scenario/index.js');
    expect(r.out).toBe(`${JSON.stringify(runScenario(getPreset('single-queue').scenario, liveRunOptions(3, 1)), null, 2)}\n`);
    expect((JSON.parse(r.out) as RunResults).simulatedHours).toBe(24);
  });

  it('runs a scenario file like the preset it copies', async () => {
    const io = fakeIo();
    const file = io.file('copy.json', json(validScenario()));
    const fromFile = await cli(['run', '--scenario', file, '--seed', '3'], io);
    const fromPreset = await runJson(['--preset', 'single-queue', '--seed', '3']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.out).toBe(fromPreset.text);
  });
});

describe('run --format text', () => {
  it('summarises the run with units, in aligned columns', async () => {
    const r = await cli(['run', '--preset', 'baseline', '--days', '1', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const text = r.out;
    expect(text).toMatch(/^Interdict run: baseline, seed 1, 1 day \(24 simulated hours\)/);
    for (const heading of ['Parcels', 'Contraband', 'Targeting rules', 'Inspection', 'Compliance sample', 'Throughput', 'Stations', 'Staffing', 'Cost']) {
      expect(text).toContain(`\n${heading}\n`);
    }
    expect(text).toMatch(/arrived\s+[\d,]+\s+parcels/);
    expect(text).toMatch(/interdiction rate\s+[\d.]+\s+%/);
    expect(text).toMatch(/released unscreened\s+[\d,]+\s+parcels/);
    expect(text).toMatch(/landing to release, mean\s+[\d.]+\s+h/);
    expect(text).toMatch(/landing to release, median\s+[\d.]+\s+h/);
    expect(text).toMatch(/landing to release, 95th percentile\s+[\d.]+\s+h/);
    expect(text).toMatch(/pulled parcels' time, 95th percentile\s+[\d.]+\s+h/);
    expect(text).toMatch(/within standard\s+[\d.]+\s+%/);
    expect(text).toMatch(/screening delay\s+[\d,.]+\s+parcel-hours/);
    expect(text).toMatch(/officer-hours on duty\s+[\d,.]+\s+h/);
    expect(text).toMatch(/overtime\s+[\d,.]+\s+h/);
    expect(text).toMatch(/cost\s+[\d,]+\s+US dollars/);
    expect(text).toContain('mean wait (min)');
    expect(text).toContain('utilization (%)');
    expect(text).toContain('hits per 1,000 pulled');
    expect(text).toContain('seized (lb)');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('lines up the station columns', async () => {
    const r = await cli(['run', '--preset', 'single-queue', '--format', 'text']);
    const lines = r.out.split('\n');
    const header = lines.findIndex((l) => l.includes('mean wait (min)'));
    const rows = lines.slice(header, header + 6);
    const end = (line: string, column: string): number => line.indexOf(column) + column.length;
    const utilEnd = end(rows[0], 'utilization (%)');
    for (const row of rows.slice(1)) expect(row[utilEnd - 1]).toMatch(/[\d-]/);
  });

  it('is the same for the same seed', async () => {
    const a = await cli(['run', '--preset', 'single-queue', '--format', 'text', '--seed', '9']);
    const b = await cli(['run', '--preset', 'single-queue', '--format', 'text', '--seed', '9']);
    expect(a.out).toBe(b.out);
  });
});

// The commands that only print: `presets`, `schema` and `help`. They write to stdout, nothing to
// stderr, and exit 0.
import { describe, expect, it } from 'vitest';
import { presetNames, PRESETS } from '../../../src/scenario/index.js';
import { cli, fakeIo } from '../fakeIo.js';

describe('presets', () => {
  it('lists every preset with its one-line summary, in menu order', async () => {
    const r = await cli(['presets']);
    expect(r).toMatchObject({ code: 0, err: '' });
    const lines = r.out.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(presetNames());
    for (const [i, name] of presetNames().entries()) expect(lines[i]).toContain(PRESETS[name].summary);
  });

  it('aligns the summaries in one column', async () => {
    const lines = (await cli(['presets'])).out.trimEnd().split('\n');
    const starts = new Set(lines.map((l, i) => l.indexOf(PRESETS[presetNames()[i]].summary)));
    expect(starts.size).toBe(1);
  });
});

describe('presets --show', () => {
  it('prints a preset as a scenario file that validates and runs like the preset', async () => {
    const r = await cli(['presets', '--show', 'short-staffed']);
    expect(r).toMatchObject({ code: 0, err: '' });
    const file = JSON.parse(r.out);
    expect(file.$schema).toBe('./scenario.schema.json');
    const { $schema: _, ...scenario } = file;
    expect(scenario).toEqual(PRESETS['short-staffed'].scenario);
    const io = fakeIo();
    const v = await cli(['validate', io.file('s.json', r.out)], io);
    expect(v).toMatchObject({ code: 0, out: 'ok: short-staffed\n' });
  });

  it('refuses an unknown preset with the valid names (exit 2)', async () => {
    const r = await cli(['presets', '--show', 'nope']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--show: unknown preset 'nope'; valid presets: baseline");
  });
});

describe('schema', () => {
  it('prints the scenario JSON Schema as valid JSON with properties', async () => {
    const r = await cli(['schema']);
    expect(r).toMatchObject({ code: 0, err: '' });
    const schema = JSON.parse(r.out) as { $schema: string; type: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'days', 'arrivals', 'stations']));
  });
});

describe('help', () => {
  it.each([[[]], [['help']], [['--help']], [['-h']]])('%j prints the usage and every command and option', async (argv) => {
    const r = await cli(argv);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('Usage: npm run sim -- <command> [options]');
    for (const word of ['run', 'presets', 'validate FILE', 'schema', 'help']) expect(r.out).toContain(`  ${word}`);
    for (const option of ['--preset', '--scenario', '--seed', '--days', '--format', '--out', '--progress', '--quiet']) {
      expect(r.out).toContain(option);
    }
    expect(r.out).toContain('Exit codes');
  });
});

// The command line's options: every bad option exits 2 with a stderr line naming the option and
// saying why, prefixed "interdict: ", and never a stack trace. Good ones parse to typed values.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { STACK_LINE, cli } from './fakeIo.js';

async function rejected(argv: string[]): Promise<string> {
  const r = await cli(argv);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).not.toMatch(STACK_LINE);
  for (const line of r.err.trimEnd().split('\n')) expect(line).toMatch(/^interdict: /);
  return r.err;
}

describe('parseCommandLine: good command lines', () => {
  it('fills in the defaults of run', () => {
    expect(parseCommandLine(['run', '--preset', 'baseline'])).toEqual({
      command: 'run',
      source: { kind: 'preset', name: 'baseline' },
      seed: 1,
      days: undefined,
      format: 'json',
      out: undefined,
      progress: undefined,
      live: false,
    });
  });

  it('reads every option of run, in any order and with = or a space', () => {
    expect(parseCommandLine(['--seed=0', 'run', '--scenario', 's.json', '--days', '3', '--format=text', '--out', 'r.txt', '--quiet'])).toEqual({
      command: 'run',
      source: { kind: 'file', path: 's.json' },
      seed: 0,
      days: 3,
      format: 'text',
      out: 'r.txt',
      progress: false,
      live: false,
    });
    expect(parseCommandLine(['run', '--preset', 'baseline', '--progress'])).toMatchObject({ progress: true });
    expect(parseCommandLine(['run', '--preset', 'baseline', '--live'])).toMatchObject({ live: true });
  });

  it('treats help, --help, -h and nothing at all as help', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['run', '--help'], ['help', 'run']]) {
      expect(parseCommandLine(argv)).toEqual({ command: 'help' });
    }
  });

  it('takes the file of validate as its argument', () => {
    expect(parseCommandLine(['validate', 'x.json'])).toEqual({ command: 'validate', file: 'x.json' });
  });
});

describe('bad options exit 2 and name the option', () => {
  it('an unknown flag, with a suggestion when it is close to a real one', async () => {
    expect(await rejected(['run', '--preset', 'baseline', '--colour'])).toContain("unknown option '--colour'");
    expect(await rejected(['run', '--preset', 'baseline', '--sed', '3'])).toContain("unknown option '--sed'; did you mean --seed?");
    expect(await rejected(['run', '-x'])).toContain("unknown option '-x'");
  });

  it('points at help after a mistake in the command line', async () => {
    expect(await rejected(['run', '--colour'])).toContain("interdict: run 'npm run sim -- help'");
  });

  it.each([['-1'], ['abc'], ['1.5'], ['1e3'], [''], ['99999999999999999999']])('--seed %j is not a non-negative integer', async (seed) => {
    const err = await rejected(['run', '--preset', 'single-queue', `--seed=${seed}`]);
    expect(err).toContain(`--seed must be a non-negative integer`);
    expect(err).toContain(`got '${seed}'`);
  });

  it('--seed -1 written with a space is checked as the value it was meant to be', async () => {
    expect(await rejected(['run', '--preset', 'single-queue', '--seed', '-1'])).toContain("--seed must be a non-negative integer (0 to 9007199254740991), got '-1'");
  });

  it.each([['0'], ['-2'], ['two'], ['1.5']])('--days %j is not a positive integer', async (days) => {
    expect(await rejected(['run', '--preset', 'single-queue', `--days=${days}`])).toContain(`--days must be a positive integer, got '${days}'`);
  });

  it('--days beyond a scenario\'s longest run', async () => {
    expect(await rejected(['run', '--preset', 'single-queue', '--days', '367'])).toContain("--days must be at most 366, got '367'");
  });

  it('--format other than json or text', async () => {
    expect(await rejected(['run', '--preset', 'single-queue', '--format', 'xml'])).toContain("--format must be json or text, got 'xml'");
  });

  it('both --preset and --scenario, or neither', async () => {
    expect(await rejected(['run', '--preset', 'baseline', '--scenario', 'x.json'])).toContain('give either --preset or --scenario, not both');
    expect(await rejected(['run'])).toContain("'run' needs a scenario: give --preset NAME or --scenario FILE");
  });

  it('an unknown preset, listing the valid ones', async () => {
    const err = await rejected(['run', '--preset', 'nope']);
    expect(err).toContain("--preset: unknown preset 'nope'; valid presets: baseline,");
    expect(err).toContain('single-queue');
  });

  it('a flag missing its value, or a value given to a switch', async () => {
    expect(await rejected(['run', '--preset'])).toContain('option --preset needs a value');
    expect(await rejected(['run', '--preset', 'baseline', '--quiet=yes'])).toContain('option --quiet takes no value');
  });

  it('a value that looks like an option', async () => {
    expect(await rejected(['run', '--preset', '--quiet'])).toContain("option --preset needs a value; '--quiet' looks like an option (write --preset=--quiet if it is the value)");
  });

  it('reports every mistake in the shape of the command line at once, with the bad values', async () => {
    const err = await rejected(['run', '--preset', 'single-queue', '--colour', '--sed', '3', '--quiet=yes', '--days', '0', '--out']);
    expect(err).toContain("unknown option '--colour'");
    expect(err).toContain("unknown option '--sed'; did you mean --seed?");
    expect(err).toContain('option --quiet takes no value');
    expect(err).toContain('option --out needs a value');
    expect(err).toContain("--days must be a positive integer, got '0'");
    // The 3 was meant for --sed: it is not reported as a stray argument.
    expect(err).not.toContain('unexpected argument');
  });

  it('after an unknown option, does not guess at the number of arguments', async () => {
    expect((await rejected(['validate', '--strict', 'x.json'])).trimEnd().split('\n')[0]).toBe("interdict: unknown option '--strict'");
  });

  it('--progress together with --quiet', async () => {
    expect(await rejected(['run', '--preset', 'single-queue', '--progress', '--quiet'])).toContain('give either --progress or --quiet, not both');
  });

  it('an option given twice', async () => {
    expect(await rejected(['run', '--preset', 'single-queue', '--seed', '1', '--seed', '2'])).toContain('option --seed is given 2 times; give it once');
  });

  it('an option that does not apply to the command', async () => {
    expect(await rejected(['presets', '--seed', '3'])).toContain("option --seed does not apply to 'presets'");
    expect(await rejected(['validate', 'x.json', '--format', 'text'])).toContain("option --format does not apply to 'validate'");
  });

  it('an unknown command, or arguments a command does not take', async () => {
    expect(await rejected(['sail'])).toContain("unknown command 'sail'; commands: run, replicate, sweep, compare, merge, fit, adversary, optimize, presets, validate, schema, help");
    expect(await rejected(['validate'])).toContain("'validate' needs FILE");
    expect(await rejected(['validate', 'a.json', 'b.json'])).toContain("unexpected argument 'b.json' after 'validate'");
    expect(await rejected(['run', 'baseline'])).toContain("unexpected argument 'baseline' after 'run'");
  });

  it('reports every bad value at once', async () => {
    const err = await rejected(['run', '--preset', 'nope', '--seed', 'x', '--days', '0', '--format', 'csv']);
    expect(err).toContain("unknown preset 'nope'");
    expect(err).toContain("--seed must be a non-negative integer");
    expect(err).toContain("--days must be a positive integer, got '0'");
    expect(err).toContain("--format must be json or text, got 'csv'");
  });
});

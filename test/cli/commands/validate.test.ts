// `validate FILE`: "ok: <name>" and exit 0 for a valid scenario; otherwise exit 2 and one stderr
// line per problem, `interdict: FILE: path: message`, naming each bad field. The same checks guard
// `run --scenario`, tested here too so every bad-file case is covered once for both commands.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STACK_LINE, cli, fakeIo } from '../fakeIo.js';
import { json, validScenario } from '../scenarioFiles.js';

/** Validates `text` as a file, expects exit 2 and returns stderr. */
async function problems(text: string, command: 'validate' | 'run' = 'validate'): Promise<string> {
  const io = fakeIo();
  const file = io.file('scenario.json', text);
  const argv = command === 'validate' ? ['validate', file] : ['run', '--scenario', file];
  const r = await cli(argv, io);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).not.toMatch(STACK_LINE);
  for (const line of r.err.trimEnd().split('\n')) expect(line).toMatch(/^interdict: /);
  return r.err.replaceAll(`${file}: `, '');
}

describe('validate', () => {
  it('prints ok and the scenario name for a valid file', async () => {
    const io = fakeIo();
    const r = await cli(['validate', io.file('good.json', json(validScenario('baseline')))], io);
    expect(r).toMatchObject({ code: 0, out: 'ok: baseline\n', err: '' });
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const io = fakeIo();
    const r = await cli(['validate', io.file('bom.json', `\uFEFF${json(validScenario())}`)], io);
    expect(r).toMatchObject({ code: 0, out: 'ok: single-queue\n' });
  });

  it('names the file and counts the problems', async () => {
    const s = validScenario();
    s.days = 0;
    const io = fakeIo();
    const file = io.file('one.json', json(s));
    const r = await cli(['validate', file], io);
    expect(r.err).toBe(`interdict: ${file}: days: must be >= 1\ninterdict: ${file}: not a valid scenario (1 problem)\n`);
  });
});

describe.each(['validate', 'run'] as const)('%s: a bad scenario file exits 2 and says why', (command) => {
  it('a missing file', async () => {
    const io = fakeIo();
    const path = join(io.dir, 'missing.json');
    const argv = command === 'validate' ? ['validate', path] : ['run', '--scenario', path];
    const r = await cli(argv, io);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`interdict: cannot read scenario file '${path}': no such file or directory\n`);
  });

  it('a folder instead of a file', async () => {
    const io = fakeIo();
    const argv = command === 'validate' ? ['validate', io.dir] : ['run', '--scenario', io.dir];
    const r = await cli(argv, io);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot read scenario file '${io.dir}': it is a directory, not a file`);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const io = fakeIo();
    const file = io.file('secret.json', json(validScenario()));
    chmodSync(file, 0o000);
    const argv = command === 'validate' ? ['validate', file] : ['run', '--scenario', file];
    const r = await cli(argv, io);
    expect(r.code).toBe(2);
    expect(r.err).toContain('permission denied');
  });

  it('malformed JSON, with line and column', async () => {
    expect(await problems('{\n  "name": "x",\n  "days": }\n', command)).toMatch(/\(root\): not valid JSON: .*\(line 3, column 11\)/);
  });

  it('an empty file', async () => {
    expect(await problems('', command)).toContain('(root): not valid JSON');
  });

  it('a JSON array', async () => {
    expect(await problems('[]', command)).toContain('(root): a scenario must be a JSON object, got an array');
  });

  it('an unknown field', async () => {
    const s = validScenario();
    s.stations.xray.colour = 'red';
    expect(await problems(json(s), command)).toContain("interdict: stations.xray.colour: unknown field 'colour'");
  });

  it('a wrong type', async () => {
    const s = validScenario();
    s.stations.xray.officersByShift = ['four'];
    expect(await problems(json(s), command)).toContain('interdict: stations.xray.officersByShift.0: expected number, got string');
  });

  it('an out-of-range value', async () => {
    const s = validScenario();
    s.stations.xray.officersByShift = [-1];
    expect(await problems(json(s), command)).toContain('interdict: stations.xray.officersByShift.0: must be >= 0');
  });

  it('an empty flight schedule', async () => {
    const s = validScenario('baseline');
    s.arrivals.flightsByHour = Array(24).fill(0);
    expect(await problems(json(s), command)).toContain('interdict: arrivals.flightsByHour: the flight schedule is empty');
  });

  it('every problem, not just the first', async () => {
    const s = validScenario();
    s.days = 0;
    s.stations.xray.lanes = 'four';
    delete s.serviceStandardHours;
    const err = await problems(json(s), command);
    expect(err).toContain('interdict: days: must be >= 1');
    expect(err).toContain('interdict: stations.xray.lanes: expected number, got string');
    expect(err).toContain('interdict: serviceStandardHours: is required');
    expect(err).toContain('not a valid scenario (3 problems)');
  });
});

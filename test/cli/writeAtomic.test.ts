// `--out FILE` and writeAtomic: the file appears complete, only after the run succeeded; a
// failure leaves no file (and no temporary file), and an existing file untouched.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWritable, writeAtomic } from '../../src/cli/writeAtomic.js';
import { STACK_LINE, cli, fakeIo } from './fakeIo.js';
import { json, validScenario } from './scenarioFiles.js';

const diskFull = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('writeAtomic', () => {
  it('writes through a temporary file in the same folder, then renames it', () => {
    const calls: string[] = [];
    const io = fakeIo();
    const target = join(io.dir, 'r.json');
    writeAtomic(
      {
        ...io,
        writeNewFile: (p, t) => (calls.push(`write ${p}`), io.writeNewFile(p, t)),
        rename: (a, b) => (calls.push(`rename ${a} -> ${b}`), io.rename(a, b)),
      },
      target,
      'hello\n',
    );
    expect(calls).toHaveLength(2);
    const temp = calls[0].slice('write '.length);
    expect(temp.startsWith(join(io.dir, '.r.json.'))).toBe(true);
    expect(calls[1]).toBe(`rename ${temp} -> ${target}`);
    expect(readFileSync(target, 'utf8')).toBe('hello\n');
    expect(readdirSync(io.dir)).toEqual(['r.json']);
  });

  it('leaves an existing file as it was, and no temporary file, when writing fails', () => {
    const io = fakeIo();
    const target = io.file('r.json', 'old\n');
    const failing = { ...io, rename: () => { throw diskFull(); } };
    expect(() => writeAtomic(failing, target, 'new\n')).toThrow('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(io.dir)).toEqual(['r.json']);
  });

  it('checkWritable names a missing folder, a directory target, and leaves nothing behind', () => {
    const io = fakeIo();
    expect(checkWritable(io, join(io.dir, 'nope', 'r.json'))).toBe(`folder '${join(io.dir, 'nope')}' does not exist`);
    mkdirSync(join(io.dir, 'sub'));
    expect(checkWritable(io, join(io.dir, 'sub'))).toBe(`'${join(io.dir, 'sub')}' is a directory`);
    expect(checkWritable(io, join(io.dir, 'r.json'))).toBeUndefined();
    expect(readdirSync(io.dir)).toEqual(['sub']);
  });
});

describe('run --out', () => {
  it('writes the same bytes that stdout would get, and prints nothing', async () => {
    const io = fakeIo();
    const out = join(io.dir, 'results.json');
    const r = await cli(['run', '--preset', 'single-queue', '--out', out], io);
    expect(r).toMatchObject({ code: 0, out: '', err: '' });
    const stdout = await cli(['run', '--preset', 'single-queue']);
    expect(readFileSync(out, 'utf8')).toBe(stdout.out);
    expect(readdirSync(io.dir)).toEqual(['results.json']);
  });

  it('replaces an existing file on success', async () => {
    const io = fakeIo();
    const out = io.file('results.txt', 'old\n');
    expect((await cli(['run', '--preset', 'single-queue', '--format', 'text', '--out', out], io)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Interdict run: single-queue/);
  });

  it('writes no file when the scenario is invalid', async () => {
    const io = fakeIo();
    const s = validScenario();
    s.days = -1;
    const out = join(io.dir, 'results.json');
    const r = await cli(['run', '--scenario', io.file('bad.json', json(s)), '--out', out], io);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves an existing file untouched when the final write fails', async () => {
    const io = fakeIo({ rename: () => { throw diskFull(); } });
    const out = io.file('results.json', 'precious\n');
    const r = await cli(['run', '--preset', 'single-queue', '--out', out], io);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`interdict: cannot write results to '${out}': no space left on the device\n`);
    expect(readFileSync(out, 'utf8')).toBe('precious\n');
    expect(readdirSync(io.dir)).toEqual(['results.json']);
  });

  it('refuses, before running, a folder that does not exist', async () => {
    const io = fakeIo();
    const out = join(io.dir, 'no-such-folder', 'r.json');
    const r = await cli(['run', '--preset', 'single-queue', '--out', out], io);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`interdict: --out: folder '${join(io.dir, 'no-such-folder')}' does not exist\n`);
    expect(r.err).not.toMatch(STACK_LINE);
  });

  it('refuses to overwrite the scenario file with results', async () => {
    const io = fakeIo();
    const file = io.file('s.json', json(validScenario()));
    const r = await cli(['run', '--scenario', file, '--out', file], io);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is the scenario file; results would overwrite it');
    expect(readFileSync(file, 'utf8')).toBe(json(validScenario()));
  });

  it('refuses a folder as the output file', async () => {
    const io = fakeIo();
    writeFileSync(join(io.dir, 'keep'), '');
    const r = await cli(['run', '--preset', 'single-queue', '--out', io.dir], io);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`interdict: --out: '${io.dir}' is a directory\n`);
  });
});

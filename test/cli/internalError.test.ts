// A failure inside the model is a bug, not bad input: exit 1, one line on stderr, the stack
// trace only with INTERDICT_DEBUG=1, no output file, and an existing one left untouched. The
// model is replaced by one that throws halfway through a run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STACK_LINE, cli, fakeIo } from './fakeIo.js';

beforeAll(() => {
  vi.doMock('../../src/model/index.js', () => ({
    runScenario: (_s: unknown, options: { onProgress?: (f: number) => void }) => {
      for (let h = 1; h <= 12; h++) options.onProgress?.(h / 24);
      throw new RangeError('event queue overflow\nsecond line of the message');
    },
  }));
});
afterAll(() => void vi.doUnmock('../../src/model/index.js'));

describe('an internal error during a run', () => {
  it('exits 1 with the error on one line, a request to report it, and no stack trace', async () => {
    const r = await cli(['run', '--preset', 'single-queue']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'interdict: internal error: RangeError: event queue overflow (set INTERDICT_DEBUG=1 to see the stack trace)\n' +
      'interdict: this is a bug in Interdict, not in your input: please report it with the command you ran\n',
    );
  });

  it('shows the stack trace with INTERDICT_DEBUG=1', async () => {
    const r = await cli(['run', '--preset', 'single-queue'], fakeIo({ env: { INTERDICT_DEBUG: '1' } }));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^interdict: internal error: RangeError: event queue overflow\n/);
    expect(r.err).toMatch(STACK_LINE);
  });

  it('writes no output file', async () => {
    const io = fakeIo();
    const r = await cli(['run', '--preset', 'single-queue', '--out', join(io.dir, 'r.json')], io);
    expect(r.code).toBe(1);
    expect(readdirSync(io.dir)).toEqual([]);
  });

  it('leaves an existing output file untouched', async () => {
    const io = fakeIo();
    const out = io.file('r.json', 'yesterday\n');
    expect((await cli(['run', '--preset', 'single-queue', '--out', out], io)).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('yesterday\n');
    expect(readdirSync(io.dir)).toEqual(['r.json']);
  });

  it('ends a progress line before the error message', async () => {
    const io = fakeIo({ isTTY: true });
    let t = 0;
    io.now = () => (t += 400);
    const r = await cli(['run', '--preset', 'single-queue'], io);
    expect(r.err).toMatch(/\r {2}run single-queue seed 1: \d+% \(day 1 of 1\)\ninterdict: internal error/);
  });
});

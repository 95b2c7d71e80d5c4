// End to end, in real processes, as a person runs them: `npm run sim` (scripts/sim.mjs, the
// esbuild bundle) sweeping on two worker threads started from the bundle itself, giving the same
// bytes as the in-process sweep; Ctrl-C (a real SIGINT) leaving a result marked incomplete; and
// a bad grid file exiting 2 with each problem named.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, resultJson, runSweep } from '../../src/experiments/index.js';
import { checkedGrid } from '../experiments/helpers.js';
import { GRID } from './experimentIo.js';
import { STACK_LINE } from './fakeIo.js';

const root = resolve(import.meta.dirname, '../..');
const sim = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/sim.mjs'), ...args], {
    cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, INTERDICT_DEBUG: '' },
  });

describe('npm run sim (the bundle) with worker threads', () => {
  it('sweeps on two workers started from the bundle, byte for byte like one thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-e2e-'));
    const grid = join(dir, 'grid.json');
    writeFileSync(grid, JSON.stringify(GRID));
    const out = join(dir, 'sweep.json');
    const r = sim(['sweep', '--grid', grid, '--workers', '2', '--quiet', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = resultJson((await runSweep(checkedGrid(GRID), inProcessExecutor())).result);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('exits 2 on a bad grid file, naming each bad field, with no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-e2e-'));
    const grid = join(dir, 'bad.json');
    writeFileSync(grid, JSON.stringify({ ...GRID, seed: -1, parameters: [{ path: 'stations.xray.lanes', values: [] }] }));
    const r = sim(['sweep', '--grid', grid]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`interdict: ${grid}: parameters.0.values: must have at least 1 entry\ninterdict: ${grid}: seed: must be >= 0\ninterdict: ${grid}: not a valid grid (2 problems)\n`);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('on SIGINT stops the workers, writes the finished runs marked incomplete and exits 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-e2e-'));
    const grid = join(dir, 'grid.json');
    // 200 baseline runs: far more than can finish before the signal.
    writeFileSync(grid, JSON.stringify({ ...GRID, base: { preset: 'baseline' }, parameters: [], replications: 200 }));
    const out = join(dir, 'sweep.json');
    const child = spawn(process.execPath, [join(root, 'scripts/sim.mjs'), 'sweep', '--grid', grid, '--workers', '2', '--progress', '--out', out], { cwd: root });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    await new Promise<void>((started) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        if (/\d+\/200 runs/.test(stderr)) started(); // progress shows once runs are under way
      });
    });
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/interdict: interrupted after \d+ of 200 runs; '.*sweep\.json' holds the finished runs, marked "complete": false/);
    const partial = JSON.parse(readFileSync(out, 'utf8'));
    expect(partial.complete).toBe(false);
    expect(partial.missing.length).toBeGreaterThan(0);
    expect(partial.runs.length + partial.missing.length).toBe(200);
  });
});

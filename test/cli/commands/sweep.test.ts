// `sweep` and `merge` from the command line, in-process: outputs, grid errors naming each field,
// shards merged byte for byte into the unsharded result, and interrupted or failed sweeps that
// never leave output looking complete.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/cli.js';
import type { CliContext } from '../../../src/cli/context.js';
import { cli, fakeIo, STACK_LINE, type FakeIo } from '../fakeIo.js';
import { failingAt, GRID, inProcess, interruptedAfter } from '../experimentIo.js';
import { json } from '../scenarioFiles.js';

async function run(argv: string[], io: FakeIo, context: CliContext = inProcess()) {
  const code = await main(argv, io, context);
  return { code, out: io.out, err: io.err };
}

describe('sweep', () => {
  it('writes the JSON, the CSV and the memo', async () => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const [out, csv, memo] = ['sweep.json', 'sweep.csv', 'memo.html'].map((f) => join(io.dir, f));
    const r = await run(['sweep', '--grid', grid, '--out', out, '--csv', csv, '--memo', memo, '--frontier-x', 'officerHours'], io);
    expect(r).toMatchObject({ code: 0, out: '', err: '' });
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result).toMatchObject({ format: 'interdict-sweep', complete: true, missing: [], frontier: { x: 'officerHours', y: 'interdictionRate' } });
    expect(result.points).toHaveLength(3);
    expect(readFileSync(csv, 'utf8')).toMatch(/^point,servers,lanes,metric,n,mean,sd,half_width,ci_low,ci_high\n0,4,6,parcels\.insideAtStart,3,/);
    expect(readFileSync(memo, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<h1>single-queue servers<\/h1>[\s\S]*<svg/);
  });

  it('prints the JSON on standard output without --out, and a Markdown memo with --memo FILE.md', async () => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const r = await run(['sweep', '--grid', grid, '--memo', join(io.dir, 'memo.md')], io);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).complete).toBe(true);
    expect(readFileSync(join(io.dir, 'memo.md'), 'utf8')).toMatch(/^# single-queue servers\n/);
  });

  it('shows progress on stderr with --progress, never on stdout', async () => {
    let clock = 0;
    const io = fakeIo({ now: () => (clock += 400) }); // each run "takes" a while
    const grid = io.file('grid.json', json(GRID));
    const r = await run(['sweep', '--grid', grid, '--progress'], io);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/\r {2}sweep .*grid\.json \(9 runs in all\): \[#+\.*\] +\d\/9 runs/);
    expect(r.err).toContain('9/9 runs  100%');
    expect(r.err.endsWith('\n')).toBe(true);
    expect(JSON.parse(r.out).complete).toBe(true);
  });

  it('names each bad field of a grid file, with the file name, and exits 2', async () => {
    const io = fakeIo();
    const grid = io.file('bad.json', json({ ...GRID, replications: 1, parameters: [{ path: 'stations.xray.oficers', values: [1] }] }));
    const r = await cli(['sweep', '--grid', grid], io);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`interdict: ${grid}: replications: must be >= 2\ninterdict: ${grid}: not a valid grid (1 problem)\n`);
    const io2 = fakeIo();
    const grid2 = io2.file('bad.json', json({ ...GRID, parameters: [{ path: 'targeting.rules.nope.when.rate', values: [1] }, { path: 'stations.xray.lanes', values: [-1] }] }));
    const r2 = await cli(['sweep', '--grid', grid2], io2);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain(`interdict: ${grid2}: parameters.0.path: no rule with id 'nope' in targeting.rules (ids: everything)\n`);
    const io3 = fakeIo();
    const grid3 = io3.file('bad.json', json({ ...GRID, parameters: [{ name: 'lanes', path: 'stations.xray.lanes', values: [-1, 4] }] }));
    const r3 = await cli(['sweep', '--grid', grid3], io3);
    expect(r3.err).toContain(`interdict: ${grid3}: point 0 (lanes=-1): invalid scenario: stations.xray.lanes: must be >= 0\n`);
    expect(r3.err).not.toMatch(STACK_LINE);
  });

  it('refuses a grid file that is missing or not JSON', async () => {
    const io = fakeIo();
    const r = await cli(['sweep', '--grid', join(io.dir, 'none.json')], io);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^interdict: cannot read grid file '.*none\.json': no such file or directory\n$/);
    const bad = io.file('bad.json', '{ "base": }');
    expect((await cli(['sweep', '--grid', bad], io)).err).toContain(`${bad}: not valid JSON: Unexpected token '}'`);
  });

  it('refuses outputs that would overwrite the grid or each other', async () => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const r = await cli(['sweep', '--grid', grid, '--out', grid, '--csv', join(io.dir, 'x.md'), '--memo', join(io.dir, 'x.md')], io);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`interdict: --out '${grid}' is an input file; the results would overwrite it\n`);
    expect(r.err).toContain("is also given to --csv");
  });
});

describe('sweep --shard and merge', () => {
  it('merge joins the shards into exactly the unsharded JSON, and writes CSV and memo', async () => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const whole = join(io.dir, 'whole.json');
    expect((await run(['sweep', '--grid', grid, '--out', whole], io)).code).toBe(0);
    const parts = [1, 2, 3, 4].map((i) => join(io.dir, `part${i}.json`));
    for (const [i, part] of parts.entries()) {
      expect((await run(['sweep', '--grid', grid, '--shard', `${i + 1}/4`, '--out', part], io)).code).toBe(0);
      const p = JSON.parse(readFileSync(part, 'utf8'));
      expect(p).toMatchObject({ complete: false, shard: { index: i + 1, count: 4 } });
    }
    const merged = join(io.dir, 'merged.json');
    const r = await run(['merge', ...parts.reverse(), '--out', merged, '--csv', join(io.dir, 'm.csv'), '--memo', join(io.dir, 'm.md')], io);
    expect(r).toMatchObject({ code: 0, err: '', out: '' });
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    expect(existsSync(join(io.dir, 'm.csv')) && existsSync(join(io.dir, 'm.md'))).toBe(true);
  });

  // A Slurm job array (--array=1-3) and a Kubernetes Indexed Job (completions: 3) give each part its
  // shard through the environment; merged, the parts are the unsharded sweep byte for byte.
  it.each([
    ['a Slurm job array', (i: number) => ({ SLURM_ARRAY_TASK_ID: String(i + 1), SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '3', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_STEP: '1' }), 'auto'],
    ['a Kubernetes Indexed Job', (i: number) => ({ JOB_COMPLETION_INDEX: String(i) }), 'auto/3'],
  ])('--shard auto takes its part from %s, and merge gives the unsharded bytes', async (_name, env, option) => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const whole = join(io.dir, 'whole.json');
    expect((await run(['sweep', '--grid', grid, '--out', whole], io)).code).toBe(0);
    const parts = [0, 1, 2].map((i) => join(io.dir, `part${i}.json`));
    for (const [i, part] of parts.entries()) {
      const r = await run(['sweep', '--grid', grid, '--shard', option, '--out', part], { ...io, env: env(i) });
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(readFileSync(part, 'utf8'))).toMatchObject({ shard: { index: i + 1, count: 3 } });
    }
    const merged = join(io.dir, 'merged.json');
    expect((await run(['merge', ...parts, '--out', merged], io)).code).toBe(0);
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(whole, 'utf8'));
  });

  it.each([
    [{}, 'auto', '--shard auto: --shard auto needs a batch system: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set'],
    [{ JOB_COMPLETION_INDEX: '2' }, 'auto', "--shard auto: JOB_COMPLETION_INDEX is set but the count is not: give --shard auto/N, with N the Job's completions"],
    [{ SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '8', SLURM_ARRAY_TASK_STEP: '2' }, 'auto', '--shard auto: SLURM_ARRAY_TASK_STEP is 2: --shard auto needs consecutive task ids (an array such as --array=1-8, step 1)'],
    [{ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4' }, 'auto/3', '--shard auto/3: --shard auto/3 disagrees with the Slurm array, which has 4 tasks'],
    [{ SLURM_ARRAY_TASK_ID: 'x' }, 'auto', "--shard auto: SLURM_ARRAY_TASK_ID must be a whole number, got 'x'"],
  ])('--shard auto refuses an environment it cannot read (%o), naming the variable', async (env, option, message) => {
    const io = fakeIo({ env });
    const grid = io.file('grid.json', json(GRID));
    const r = await run(['sweep', '--grid', grid, '--shard', option, '--out', join(io.dir, 'p.json')], io);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`interdict: ${message}\n`);
  });

  it('merge refuses parts that do not cover every run, unless --partial', async () => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const parts = [1, 3].map((i) => join(io.dir, `part${i}.json`));
    for (const [k, i] of [1, 3].entries()) await run(['sweep', '--grid', grid, '--shard', `${i}/3`, '--out', parts[k]], io);
    const out = join(io.dir, 'merged.json');
    const r = await cli(['merge', ...parts, '--out', out], io);
    expect(r.code).toBe(2);
    expect(r.err).toBe('interdict: the parts hold 6 of 9 runs (shards given: 1/3, 3/3); 3 are missing, e.g. job 1; give every part, or --partial to write an incomplete result\n');
    expect(existsSync(out)).toBe(false);
    const io2 = fakeIo();
    const r2 = await cli(['merge', ...parts, '--out', out, '--partial', '--csv', join(io.dir, 'no.csv')], io2);
    expect(r2.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ complete: false, missing: [1, 4, 7] });
    expect(existsSync(join(io.dir, 'no.csv'))).toBe(false);
  });

  it('merge names bad part files', async () => {
    const io = fakeIo();
    const notJson = io.file('a.json', 'nope');
    const other = io.file('b.json', json({ format: 'interdict-replicate', version: 1 }));
    const r = await cli(['merge', notJson, other, join(io.dir, 'missing.json'), '--out', join(io.dir, 'm.json')], io);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`interdict: ${notJson}: not valid JSON:`);
    expect(r.err).toMatch(/cannot read part file '.*missing\.json': no such file or directory/);
    const r2 = await cli(['merge', other, '--out', join(io.dir, 'm.json')], io);
    expect(r2.err).toContain(`interdict: ${other}: format: not a sweep result ("interdict-replicate")`.replace('("', '(format "'));
  });

  it('--shard with --csv or --memo is refused: those need the whole sweep', async () => {
    const r = await cli(['sweep', '--grid', 'g.json', '--shard', '1/2', '--csv', 'x.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--csv and --memo need the whole sweep: write them with merge, after the shards');
    expect((await cli(['sweep', '--grid', 'g.json', '--shard', '3/2'])).err).toContain("--shard: the shard must be i/n with 1 <= i <= n, or auto, got '3/2'");
  });
});

describe('an interrupted or failed sweep', () => {
  it('on Ctrl-C writes the finished runs marked incomplete, no CSV or memo, and exits 130', async () => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const [out, csv, memo] = ['sweep.json', 'sweep.csv', 'memo.md'].map((f) => join(io.dir, f));
    const r = await run(['sweep', '--grid', grid, '--out', out, '--csv', csv, '--memo', memo], io, interruptedAfter(4));
    expect(r.code).toBe(130);
    expect(r.out).toBe('');
    expect(r.err).toBe(`interdict: interrupted after 4 of 9 runs; '${out}' holds the finished runs, marked "complete": false; no CSV or memo written\n`);
    const partial = JSON.parse(readFileSync(out, 'utf8'));
    expect(partial).toMatchObject({ complete: false, missing: [4, 5, 6, 7, 8] });
    expect(partial.runs.map((x: { job: number }) => x.job)).toEqual([0, 1, 2, 3]);
    expect(existsSync(csv) || existsSync(memo)).toBe(false);
  });

  it('without --out, prints nothing on standard output', async () => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const r = await run(['sweep', '--grid', grid], io, interruptedAfter(2));
    expect(r.code).toBe(130);
    expect(r.out).toBe('');
    expect(r.err).toContain('interrupted after 2 of 9 runs; nothing written');
  });

  it('when a run fails, keeps the finished runs marked incomplete and reports an internal error', async () => {
    const io = fakeIo();
    const grid = io.file('grid.json', json(GRID));
    const out = join(io.dir, 'sweep.json');
    const r = await run(['sweep', '--grid', grid, '--out', out], io, failingAt(3));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^interdict: a run failed after 3 of 9 runs; .* marked "complete": false; no CSV or memo written\ninterdict: internal error: RangeError: warmupDays must be/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ complete: false });
    expect(r.err).not.toMatch(STACK_LINE);
  });
});

// One experiment's flow, apart from the page: its states, its refusal of a second run, cancel and
// failure keeping what finished, and what it says at the end; on an in-process pool and a fake clock.
import { describe, expect, it } from 'vitest';
import { compareJobs, inProcessExecutor, parseGrid, type CompareSpec, type Executor, type GridSpec } from '../../../src/experiments/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { ExperimentRun, type ExperimentPool } from '../../../src/ui/experiments/ExperimentRun.js';

function pool(run: Executor = inProcessExecutor(), size = 1): ExperimentPool & { closed: number } {
  return { run, size, closed: 0, close() { this.closed++; } };
}

function grid(): GridSpec {
  const r = parseGrid({ base: { preset: 'single-queue' }, parameters: [{ name: 'x', path: 'stations.xray.officersByShift.*', values: [3, 4] }], replications: 2, seed: 1, days: 1 });
  if (!r.ok) throw new Error('bad grid');
  return r.grid;
}

const spec: CompareSpec = { a: { label: 'a', scenario: getPreset('single-queue').scenario }, b: { label: 'b', scenario: getPreset('single-queue').scenario }, seed: 1, replications: 2, days: 1, warmupDays: 0, mode: 'crn' };

describe('ExperimentRun', () => {
  it('runs a sweep from idle to done, reporting every run and saying what it found', async () => {
    let clock = 0;
    const runner = new ExperimentRun({ pool: () => pool(), now: () => (clock += 1500) });
    expect(runner.state).toBe('idle');
    const done: number[] = [];
    const ending = runner.start({ kind: 'sweep', grid: grid(), runs: 4 }, (d) => done.push(d));
    expect(runner.state).toBe('running');
    const end = await ending;
    expect(end?.state).toBe('done');
    expect(runner.state).toBe('done');
    expect(done.at(-1)).toBe(4);
    expect(end?.message).toMatch(/^Done: 4 runs in .+ on 1 Web Worker\. \d of 2 points are Pareto-optimal on interdiction rate against released per hour\.$/);
  });

  it('refuses a second experiment while one runs, and keeps its pool for the next', async () => {
    let pools = 0;
    const runner = new ExperimentRun({ pool: () => (pools++, pool()), now: () => 0 });
    const first = runner.start({ kind: 'compare', spec, runs: 4 }, () => {});
    expect(await runner.start({ kind: 'compare', spec, runs: 4 }, () => {})).toBeNull();
    expect((await first)?.message).toMatch(/^Done: 4 runs .* differences are beyond chance and not negligible; \d+ are negligible\.$/);
    await runner.start({ kind: 'compare', spec, runs: 4 }, () => {});
    expect(pools).toBe(1);
  });

  it('cancels midway, keeping the finished runs and calling the result partial', async () => {
    let runner!: ExperimentRun;
    const base = inProcessExecutor();
    const cancelling: Executor = (jobs, o) => base(jobs, { ...o, onResult: (r) => { o.onResult(r); if (r.index === 1) runner.cancel(); } });
    runner = new ExperimentRun({ pool: () => pool(cancelling), now: () => 0 });
    const end = await runner.start({ kind: 'compare', spec, runs: compareJobs(spec).length }, () => {});
    expect(end?.state).toBe('cancelled');
    expect(end?.result?.complete).toBe(false);
    expect(end?.message).toMatch(/^Cancelled after 2 of 4 runs\. The results are partial/);
  });

  it('says a failure in words, closes the pool, and shows nothing when no run finished', async () => {
    const failing: Executor = async () => { throw new Error('worker died'); };
    const p = pool(failing);
    const runner = new ExperimentRun({ pool: () => p, now: () => 0 });
    const end = await runner.start({ kind: 'sweep', grid: grid(), runs: 4 }, () => {});
    expect(end).toMatchObject({ state: 'failed', result: null });
    expect(end?.message).toBe('The sweep stopped before any run finished: worker died');
    expect(p.closed).toBe(1);
  });
});

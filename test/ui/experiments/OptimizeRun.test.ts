// One optimization's flow, apart from the page: from idle to done with progress and the chosen
// settings, a refusal while running, and a cancel that keeps the best found so far.
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, parseProblem, type Executor, type OptimizeProblem } from '../../../src/experiments/index.js';
import { OptimizeRun } from '../../../src/ui/experiments/OptimizeRun.js';
import type { ExperimentPool } from '../../../src/ui/experiments/PooledRun.js';

function pool(run: Executor = inProcessExecutor()): ExperimentPool {
  return { run, size: 1, close() {} };
}

function problem(): OptimizeProblem {
  const r = parseProblem({
    base: { preset: 'single-queue' },
    variables: [{ name: 'servers', path: 'stations.xray.officersByShift.*', values: [4, 5, 6, 7] }, { name: 'lanes', path: 'stations.xray.lanes', values: [8] }],
    objective: { metric: 'stations.xray.officerHours', goal: 'minimize' },
    constraints: [{ metric: 'stations.xray.meanWaitSeconds', atMost: 30 }],
    replications: 2, seed: 1, days: 1, search: { population: 2, generations: 1 }, selection: { finalists: 2, budget: 2 },
  });
  if (!r.ok) throw new Error('bad problem');
  return r.problem;
}

describe('OptimizeRun', () => {
  it('runs to done, reporting runs, and says how sure the choice is', async () => {
    const runner = new OptimizeRun({ pool: () => pool(), now: () => 0 });
    const done: number[] = [];
    const ending = runner.start(problem(), (d) => done.push(d));
    expect(runner.state).toBe('running');
    expect(await runner.start(problem(), () => {})).toBeNull();
    const end = await ending;
    expect(end?.state).toBe('done');
    expect(end?.result?.chosen).not.toBeNull();
    expect(done.length).toBeGreaterThan(4);
    expect(end?.message).toMatch(/^Done: \d+ runs in .+ on 1 Web Worker\. Chosen with an approximate probability of .+ of being the best of the 2 finalists\.$/);
  });

  it('on cancel keeps the best found so far, chooses none, and says so', async () => {
    let runner: OptimizeRun;
    let count = 0;
    const inner = inProcessExecutor();
    const cancelling: Executor = (jobs, o) => inner(jobs, { ...o, onResult: (r) => { o.onResult(r); if (++count === 5) runner.cancel(); } });
    runner = new OptimizeRun({ pool: () => pool(cancelling), now: () => 0 });
    const end = await runner.start(problem(), () => {});
    expect(end?.state).toBe('cancelled');
    expect(end?.result?.complete).toBe(false);
    expect(end?.result?.chosen).toBeNull();
    expect(end?.message).toBe('Cancelled after 5 runs. The best candidates found so far are shown; none was chosen.');
  });
});

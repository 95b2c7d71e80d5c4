// The worker_threads executor, for real: two workers started from src/cli/main.ts under tsx (the
// path `tsx src/cli/main.ts` takes; experiments.e2e.test.ts covers the bundle of `npm run sim`),
// giving exactly the in-process results; cancellation that stops at once; a failing run that
// rejects naming its job; a thread that dies, reported in words. (How jobs are scheduled is tested
// once, for every kind of worker, in test/experiments/workerScheduler.test.ts.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../src/cli/workerPool.js';
import { inProcessExecutor, resultJson, runSweep, sweepJobs, type JobResult } from '../../src/experiments/index.js';
import { checkedGrid } from '../experiments/helpers.js';
import { GRID } from './experimentIo.js';

const entry = resolve(import.meta.dirname, '../../src/cli/main.ts');
const grid = checkedGrid({ ...GRID, replications: 4 });

describe('the worker pool', () => {
  it('runs jobs on two worker threads with results identical to one thread', async () => {
    const pool = createWorkerPool({ workers: 2, entry });
    try {
      const progress: number[] = [];
      const threads = await runSweep(grid, pool.run, {}, { onProgress: (done) => progress.push(done) });
      const inProcess = await runSweep(grid, inProcessExecutor());
      expect(resultJson(threads.result)).toBe(resultJson(inProcess.result));
      expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      // The pool stays up between batches (precision mode runs several).
      const again = await runSweep(grid, pool.run);
      expect(resultJson(again.result)).toBe(resultJson(inProcess.result));
    } finally {
      await pool.close();
    }
  });

  it('stops at once when the signal is aborted, reporting only finished jobs', async () => {
    const pool = createWorkerPool({ workers: 2, entry });
    const controller = new AbortController();
    const results: JobResult[] = [];
    const jobs = sweepJobs(grid);
    await pool.run(jobs, {
      onResult: (r) => {
        results.push(r);
        if (results.length === 3) controller.abort();
      },
      signal: controller.signal,
    });
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.length).toBeLessThan(jobs.length);
    await pool.close();
  });

  it('rejects, naming the job, when a run fails', async () => {
    const pool = createWorkerPool({ workers: 2, entry });
    const jobs = sweepJobs(grid).map((j) => (j.index === 5 ? { ...j, warmupDays: j.days } : j));
    await expect(pool.run(jobs, { onResult: () => {} })).rejects.toThrow(/^job 5 \(seed 2\) failed: RangeError: warmupDays must be/);
    await pool.close();
  });

  it('rejects, naming the job, when a worker thread dies during it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-pool-'));
    const dying = join(dir, 'dying.mjs');
    writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const pool = createWorkerPool({ workers: 1, entry: dying });
    try {
      await expect(pool.run(sweepJobs(grid), { onResult: () => {} })).rejects.toThrow(/^a worker thread failed during job 0 \(seed 1\): it exited unexpectedly \(code 3\)$/);
    } finally {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

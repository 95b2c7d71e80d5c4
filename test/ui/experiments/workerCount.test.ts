// Results do not depend on how many workers ran them, or in which order the runs finished: the
// same small sweep, run in order, in a shuffled order, and on pools of 1, 3 and 8 (fake) Web
// Workers finishing out of turn, gives the same JSON byte for byte. Then the adapter's own part:
// cancelling leaves a result marked partial, and what a browser Worker reports going wrong is put
// in words. (The scheduling rules themselves are tested once, in
// test/experiments/workerScheduler.test.ts; the real Web Worker path in test/e2e/experiments.test.ts.)
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, resultJson, runJob, runSweep, type FromWorker, type Job, type ToWorker } from '../../../src/experiments/index.js';
import { checkSweep } from '../../../src/ui/experiments/sweepGrid.js';
import { clampWorkers, createWebWorkerPool, defaultWorkerCount } from '../../../src/ui/experiments/webWorkerExecutor.js';

/** single-queue, X-ray officers 2 to 5: 4 points × 3 replications = 12 short runs. */
function smallGrid() {
  const r = checkSweep({ base: 'single-queue', parameters: [{ slot: 0, id: 'xrayOfficers', from: '2', to: '5', step: '1' }], replications: '3', seed: '7', days: '1' }, null);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.grid;
}

/** A deterministic stream of delays, so the fake workers finish out of turn the same way every time. */
function delays(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % 15;
  };
}

/**
 * A stand-in for a module Web Worker: runs each job with the real runJob after a random delay,
 * and answers through onmessage, as experimentWorker.ts does; terminated, it never answers.
 */
class FakeWorker {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  jobs = 0;

  constructor(private readonly delay: () => number, private readonly fails: (job: Job) => boolean = () => false) {}

  postMessage(message: ToWorker): void {
    this.jobs++;
    setTimeout(() => {
      if (this.terminated) return;
      const reply: FromWorker = this.fails(message.job)
        ? { type: 'error', index: message.job.index, message: 'RangeError: out of parcels' }
        : { type: 'result', result: runJob(message.job) };
      this.onmessage?.({ data: reply });
    }, this.delay());
  }

  terminate(): void {
    this.terminated = true;
  }
}

function fakePool(workers: number, seed: number, fails?: (job: Job) => boolean) {
  const started: FakeWorker[] = [];
  const delay = delays(seed);
  const pool = createWebWorkerPool({
    workers,
    createWorker: () => {
      const w = new FakeWorker(delay, fails);
      started.push(w);
      return w as unknown as Worker;
    },
  });
  return { pool, started };
}

describe('results do not depend on the number of workers', () => {
  it('gives the same bytes in order, shuffled, and on 1, 3 and 8 workers', async () => {
    const grid = smallGrid();
    const inOrder = resultJson((await runSweep(grid, inProcessExecutor())).result);
    const shuffled = resultJson((await runSweep(grid, inProcessExecutor({ shuffleSeed: 42 }))).result);
    expect(shuffled).toBe(inOrder);
    for (const [workers, seed] of [[1, 1], [3, 2], [8, 3]]) {
      const { pool, started } = fakePool(workers, seed);
      const progress: number[] = [];
      const arrived: number[] = [];
      const recorded: typeof pool.run = (jobs, options) => pool.run(jobs, { ...options, onResult: (r) => { arrived.push(r.index); options.onResult(r); } });
      const { result, error } = await runSweep(grid, recorded, {}, { onProgress: (done) => progress.push(done) });
      // Several workers really did finish out of turn.
      if (workers > 1) expect(arrived).not.toEqual([...arrived].sort((a, b) => a - b));
      expect(error).toBeUndefined();
      expect(result.complete).toBe(true);
      expect(resultJson(result)).toBe(inOrder);
      expect(started).toHaveLength(Math.min(workers, 12));
      expect(started.reduce((n, w) => n + w.jobs, 0)).toBe(12);
      expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      pool.close();
      expect(started.every((w) => w.terminated)).toBe(true);
    }
  });

  it('keeps its workers between experiments until closed', async () => {
    const grid = smallGrid();
    const { pool, started } = fakePool(2, 5);
    await runSweep(grid, pool.run);
    await runSweep(grid, pool.run);
    expect(started).toHaveLength(2);
    pool.close();
  });
});

describe('the Web Worker adapter', () => {
  it('terminates every worker on cancel and leaves the result marked partial', async () => {
    const grid = smallGrid();
    const { pool, started } = fakePool(3, 9);
    const controller = new AbortController();
    const { result, error } = await runSweep(grid, pool.run, {}, {
      signal: controller.signal,
      onProgress: (done) => done === 4 && controller.abort(),
    });
    expect(error).toBeUndefined();
    expect(result.complete).toBe(false);
    expect(result.missing.length).toBeGreaterThan(0);
    expect(result.runs?.length).toBe(12 - result.missing.length);
    expect(started.every((w) => w.terminated)).toBe(true);
  });

  it('reports a failing run in words, naming it, and stops the pool', async () => {
    const grid = smallGrid();
    const { pool, started } = fakePool(2, 4, (job) => job.index === 5);
    const { result, error } = await runSweep(grid, pool.run);
    expect(String(error)).toBe('Error: job 5 (seed 9) failed: RangeError: out of parcels');
    expect(result.complete).toBe(false);
    expect(started.every((w) => w.terminated)).toBe(true);
  });

  it('reports a worker that cannot start', async () => {
    const pool = createWebWorkerPool({ workers: 2, createWorker: () => { throw new Error('blocked by policy'); } });
    const { error } = await runSweep(smallGrid(), pool.run);
    expect(String(error)).toBe('Error: could not start an experiment worker: blocked by policy');
  });

  it('reports a worker that crashes, with or without a message, or sends what cannot be read', async () => {
    const grid = smallGrid();
    let prevented = 0;
    const crash = (fault: (w: FakeWorker) => void) => createWebWorkerPool({
      workers: 1,
      createWorker: () => {
        const w = new FakeWorker(() => 0);
        w.postMessage = () => setTimeout(() => fault(w), 0);
        return w as unknown as Worker;
      },
    });
    const withMessage = crash((w) => w.onerror?.({ message: 'Out of memory', preventDefault: () => prevented++ }));
    expect(String((await runSweep(grid, withMessage.run)).error)).toBe('Error: an experiment worker failed during job 0 (seed 7): Out of memory');
    expect(prevented).toBe(1);
    const silent = crash((w) => w.onerror?.({ message: '', preventDefault: () => undefined }));
    expect(String((await runSweep(grid, silent.run)).error)).toMatch(/failed during job 0 \(seed 7\): its script could not be loaded, or it ran out of memory$/);
    const unreadable = crash((w) => w.onmessageerror?.());
    expect(String((await runSweep(grid, unreadable.run)).error)).toMatch(/failed during job 0 \(seed 7\): the result it sent could not be read$/);
  });
});

describe('worker count', () => {
  it('is one per core, from 1 to 8', () => {
    expect(defaultWorkerCount(2)).toBe(2);
    expect(defaultWorkerCount(64)).toBe(8);
    expect(defaultWorkerCount(undefined)).toBe(1);
    expect(clampWorkers(0)).toBe(1);
    expect(clampWorkers(3.7)).toBe(3);
    expect(clampWorkers(NaN)).toBe(1);
  });
});

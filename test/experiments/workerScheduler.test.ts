// The one job scheduler behind the CLI's worker threads and the browser's Web Workers, driven
// through in-memory stand-in workers that answer, fail or die only when the test says so: every
// case is a fixed sequence of events, with no timers. (The real workers are covered by the thin
// adapter tests: test/cli/workerPool.test.ts with threads, test/ui/experiments/workerCount.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  createWorkerScheduler, runJobs,
  type ExecutorOptions, type FromWorker, type Job, type JobResult, type ToWorker, type WorkerPort,
} from '../../src/experiments/index.js';

/** A stand-in worker: remembers what it was sent and answers on the test's word. */
class FakeWorker implements WorkerPort {
  /** Jobs received, in order. */
  readonly received: number[] = [];
  /** The job it is running, if any. */
  current: Job | undefined;
  /** True if it was ever sent a job while running another. */
  overlapped = false;
  terminated = false;
  private answer: (message: FromWorker) => void = () => undefined;
  private die: (reason: string) => void = () => undefined;

  constructor(private readonly stopped: () => Promise<unknown> | void = () => undefined) {}

  post(message: ToWorker): void {
    if (this.current !== undefined) this.overlapped = true;
    this.current = message.job;
    this.received.push(message.job.index);
  }
  onMessage(handler: (message: FromWorker) => void): void {
    this.answer = handler;
  }
  onError(handler: (reason: string) => void): void {
    this.die = handler;
  }
  terminate(): Promise<unknown> | void {
    this.terminated = true;
    return this.stopped();
  }

  /** Answers its current job with a result (even when terminated: a message already on its way). */
  finish(): void {
    const job = this.current as Job;
    this.current = undefined;
    this.answer({ type: 'result', result: resultOf(job) });
  }
  /** Answers its current job with the error that stopped it. */
  fail(message: string): void {
    const job = this.current as Job;
    this.current = undefined;
    this.answer({ type: 'error', index: job.index, message });
  }
  /** Dies, as a crashed or exited worker does. */
  crash(reason: string): void {
    this.die(reason);
  }
}

/** `n` jobs; the scenario is never read (the fake workers do not run anything). */
function jobs(n: number): Job[] {
  return Array.from({ length: n }, (_, index) => ({ index, seed: 100 + index, days: 1, warmupDays: 0, scenario: {} as Job['scenario'] }));
}

/** What a job "computes": a value from its index, so results can be checked. */
function resultOf(job: Job): JobResult {
  return { index: job.index, seed: job.seed, metrics: { 'parcels.arrived': job.index * 10 } };
}

/** A scheduler on fake workers, the workers it started, and a record of what it reported. */
function setup(size: number, stopped?: () => Promise<unknown> | void) {
  const workers: FakeWorker[] = [];
  const pool = createWorkerScheduler({
    size,
    start: () => {
      const worker = new FakeWorker(stopped);
      workers.push(worker);
      return worker;
    },
  });
  const results: number[] = [];
  const progress: string[] = [];
  const options = (extra: Partial<ExecutorOptions> = {}): ExecutorOptions => ({
    onResult: (r) => results.push(r.index),
    onProgress: (done, total) => progress.push(`${done}/${total}`),
    ...extra,
  });
  return { pool, workers, results, progress, options };
}

/** The workers running a job. */
const busy = (workers: FakeWorker[]) => workers.filter((w) => w.current !== undefined && !w.terminated);

describe('handing out jobs', () => {
  it('sends jobs in index order, one at a time, to whichever worker is free', async () => {
    const { pool, workers, results, progress, options } = setup(3);
    const run = pool.run(jobs(7), options());
    expect(workers.map((w) => w.received)).toEqual([[0], [1], [2]]);
    workers[1].finish();
    workers[1].finish();
    workers[0].finish();
    workers[2].finish();
    expect(workers.map((w) => w.received)).toEqual([[0, 5], [1, 3, 4], [2, 6]]);
    while (busy(workers).length > 0) busy(workers)[0].finish();
    await run;
    expect(results).toEqual([1, 3, 0, 2, 5, 4, 6]);
    expect(progress).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
    expect(workers.some((w) => w.overlapped)).toBe(false);
  });

  it('starts at most one worker per job, and keeps its workers for the next run', async () => {
    const { pool, workers, options } = setup(8);
    const first = pool.run(jobs(2), options());
    expect(workers).toHaveLength(2);
    workers[0].finish();
    workers[1].finish();
    await first;
    expect(workers.some((w) => w.terminated)).toBe(false);
    const second = pool.run(jobs(3), options());
    expect(workers).toHaveLength(3);
    for (const w of busy(workers)) w.finish();
    await second;
  });

  it('gives the same results whatever the number of workers and the order they finish in', async () => {
    const expected = new Map(jobs(9).map((j) => [j.index, resultOf(j).metrics]));
    for (const size of [1, 2, 5]) {
      const { pool, workers } = setup(size);
      const outcome = runJobs(pool.run, jobs(9));
      // Always the most recently started busy worker finishes first: out of turn, the same way each time.
      for (let free = busy(workers); free.length > 0; free = busy(workers)) free[free.length - 1].finish();
      const { metrics, missing, error } = await outcome;
      expect(error).toBeUndefined();
      expect(missing).toEqual([]);
      expect(new Map([...metrics].sort(([a], [b]) => a - b))).toEqual(expected);
    }
  });

  it('does nothing when there are no jobs or the signal is already aborted', async () => {
    const { pool, workers, options } = setup(2);
    await pool.run([], options());
    const controller = new AbortController();
    controller.abort();
    await pool.run(jobs(3), options({ signal: controller.signal }));
    expect(workers).toHaveLength(0);
  });
});

describe('refusing a second run', () => {
  it('rejects a second run while one is going, in words, and leaves the first undisturbed', async () => {
    const { pool, workers, results, options } = setup(2);
    const first = pool.run(jobs(2), options());
    await expect(pool.run(jobs(2), options())).rejects.toThrow('these workers are already running jobs; wait for that run to end, or cancel it, first');
    expect(workers.map((w) => w.received)).toEqual([[0], [1]]);
    workers[0].finish();
    workers[1].finish();
    await first;
    expect(results).toEqual([0, 1]);
  });
});

describe('cancelling', () => {
  it('terminates every worker at once when the signal is aborted, resolves, and reports nothing more', async () => {
    const { pool, workers, results, options } = setup(3);
    const controller = new AbortController();
    const run = pool.run(jobs(6), options({ signal: controller.signal }));
    workers[2].finish();
    controller.abort();
    expect(workers.every((w) => w.terminated)).toBe(true);
    workers[0].finish(); // a result already on its way when the worker was stopped
    await run;
    expect(results).toEqual([2]);
  });

  it('stops when a listener aborts from inside onResult, without feeding that worker again', async () => {
    const { pool, workers, options } = setup(2);
    const controller = new AbortController();
    const run = pool.run(jobs(6), options({ signal: controller.signal, onResult: () => controller.abort() }));
    workers[0].finish();
    await run;
    expect(workers.map((w) => w.received)).toEqual([[0], [1]]);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('settles only once the workers it stopped have stopped', async () => {
    const events: string[] = [];
    let stop = (): void => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve)).then(() => events.push('worker stopped'));
    const { pool, options } = setup(2, () => stopped);
    const controller = new AbortController();
    const run = pool.run(jobs(4), options({ signal: controller.signal })).then(() => events.push('run settled'));
    controller.abort();
    stop();
    await run;
    expect(events).toEqual(['worker stopped', 'run settled']);
  });

  it('close() stops the workers and rejects a run still going; a later run starts afresh', async () => {
    const { pool, workers, options } = setup(2);
    const run = pool.run(jobs(4), options());
    const closed = pool.close();
    await expect(run).rejects.toThrow('the workers were closed before the run finished');
    await closed;
    expect(workers.every((w) => w.terminated)).toBe(true);
    const again = pool.run(jobs(1), options());
    expect(workers).toHaveLength(3);
    workers[2].finish();
    await again;
  });
});

describe('failures', () => {
  it('rejects, naming the job, when a job fails, and stops every worker', async () => {
    const { pool, workers, options } = setup(2);
    const run = pool.run(jobs(4), options());
    workers[0].finish();
    workers[0].fail('RangeError: out of parcels');
    await expect(run).rejects.toThrow(/^job 2 \(seed 102\) failed: RangeError: out of parcels$/);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('rejects with the error an onResult throws, stops the workers, and is free to run again', async () => {
    const { pool, workers, options } = setup(2);
    const bug = new Error('the listener broke');
    const run = pool.run(jobs(4), options({ onResult: () => { throw bug; } }));
    workers[1].finish();
    await expect(run).rejects.toBe(bug);
    expect(workers.every((w) => w.terminated)).toBe(true);
    const again = pool.run(jobs(1), options());
    workers[2].finish();
    await again;
  });

  it('rejects, naming the job, when a worker dies during it, and stops the others', async () => {
    const { pool, workers, results, options } = setup(2);
    const run = pool.run(jobs(4), options());
    workers[1].crash('Out of memory');
    workers[1].crash('it exited unexpectedly (code 1)'); // Node says 'error', then 'exit'
    workers[0].finish(); // too late: the run is over
    await expect(run).rejects.toThrow(/^a worker failed during job 1 \(seed 101\): Out of memory$/);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(results).toEqual([]);
  });

  it('carries on when an idle worker dies, and starts another in its place for the next run', async () => {
    const { pool, workers, results, options } = setup(3);
    const first = pool.run(jobs(3), options());
    for (const w of busy(workers)) w.finish();
    await first;
    const second = pool.run(jobs(1), options());
    workers[2].crash('it exited unexpectedly (code 1)'); // idle: it had no job in this run
    workers[0].finish();
    await second;
    expect(results).toEqual([0, 1, 2, 0]);
    const third = pool.run(jobs(3), options());
    expect(workers).toHaveLength(4);
    expect(workers.map((w) => w.received)).toEqual([[0, 0, 0], [1, 1], [2], [2]]);
    for (const w of busy(workers)) w.finish();
    await third;
  });

  it('rejects, naming the job, when a job cannot be sent', async () => {
    const { pool, workers, options } = setup(1);
    const run = pool.run(jobs(2), options());
    workers[0].post = () => { throw new Error('could not be cloned'); };
    workers[0].finish();
    await expect(run).rejects.toThrow(/^could not send job 1 \(seed 101\) to a worker: could not be cloned$/);
    expect(workers[0].terminated).toBe(true);
  });

  it('rejects in words when a worker cannot start', async () => {
    const pool = createWorkerScheduler({ size: 2, start: () => { throw new Error('blocked by policy'); }, workerName: 'an experiment worker' });
    await expect(pool.run(jobs(2), { onResult: () => undefined })).rejects.toThrow(/^could not start an experiment worker: blocked by policy$/);
  });
});

/**
 * The one job scheduler behind every worker pool: Node worker threads (`src/cli/workerPool.ts`)
 * and browser Web Workers (`src/ui/experiments/webWorkerExecutor.ts`) differ only in how a worker
 * is started and spoken to (a `WorkerPort`); how jobs are handed out, and what happens when
 * something goes wrong, is decided here once, so the two cannot drift apart again.
 *
 * It implements the `Executor` contract (`executor.ts`) on up to `size` workers:
 *  - jobs go out in index order, one at a time to each free worker, so a slow run never holds up
 *    the others; workers start on the first run, at most one per job, and stay up between runs
 *    (starting one loads the model again) until a failure, a cancel or `close()`;
 *  - aborting the signal terminates every worker at once and resolves: runs are pure, so a
 *    cancelled one is simply missing;
 *  - a job that fails, a worker that cannot start or dies during a job, and an `onResult` or
 *    `onProgress` that throws all terminate the workers and reject with an error naming the job
 *    (a thrown listener must not escape from a worker's event handler, where it would end the
 *    process or leave the run hanging);
 *  - a second run while one is going is refused: both would feed the same workers;
 *  - every run settles exactly once, after the workers it stopped have stopped, and nothing a
 *    terminated worker still sends reaches anyone.
 *
 * Results reach `onResult` in completion order; the experiments put them in job order, so the
 * number of workers changes how fast, never what comes out.
 */
import type { Executor } from './executor.js';
import type { Job } from './jobs.js';
import type { FromWorker } from './workerMessages.js';
import type { WorkerPort } from './workerPort.js';

/** Options of `createWorkerScheduler`. */
export interface WorkerSchedulerOptions {
  /** Most workers running at once; at least 1. */
  size: number;
  /** Starts one worker (may throw: the run then rejects, saying so). */
  start(): WorkerPort;
  /** How errors call a worker: "a worker thread", "an experiment worker". Default "a worker". */
  workerName?: string;
}

/** A pool of workers running jobs. */
export interface WorkerScheduler {
  /** The executor: runs jobs on the pool's workers. */
  run: Executor;
  /** Terminates the workers (a run still going rejects); a later run starts new ones. */
  close(): Promise<void>;
  /** Most workers the pool uses. */
  readonly size: number;
}

/** A started worker, and the job it is running if any. */
interface Slot {
  port: WorkerPort;
  job: Job | undefined;
  /** False once terminated or dead: it gets no more jobs, and its death is not news. */
  alive: boolean;
}

/** The run in progress, as the workers' event handlers reach it. */
interface ActiveRun {
  answered(slot: Slot, message: FromWorker): void;
  lost(job: Job, reason: string): void;
  stop(error: Error): void;
}

/**
 * A pool of `size` workers started with `start`, scheduling jobs as the file comment says.
 *
 * @example
 * const pool = createWorkerScheduler({ size: 4, start: () => portOf(new Worker(url)), workerName: 'a worker thread' });
 * try { await runSweep(grid, pool.run, {}, { signal }); } finally { await pool.close(); }
 */
export function createWorkerScheduler(options: WorkerSchedulerOptions): WorkerScheduler {
  const size = Math.max(1, Math.floor(options.size));
  const name = options.workerName ?? 'a worker';
  let slots: Slot[] = [];
  let active: ActiveRun | null = null;
  let stopping: Promise<unknown> = Promise.resolve();

  /** Terminates `some` workers (all by default) at once and forgets them; resolves when they have stopped. */
  const retire = (some: readonly Slot[] = slots): Promise<unknown> => {
    slots = slots.filter((s) => !some.includes(s));
    const stops = some.map((s) => {
      s.alive = false;
      s.job = undefined;
      try {
        return s.port.terminate();
      } catch {
        return undefined; // a worker that cannot even be stopped is gone as far as we are concerned
      }
    });
    stopping = Promise.allSettled([stopping, ...stops]);
    return stopping;
  };

  const startSlot = (): Slot => {
    const slot: Slot = { port: options.start(), job: undefined, alive: true };
    slot.port.onMessage((message) => {
      // A retired worker has no job, so what it still sends goes nowhere.
      if (slot.job !== undefined) active?.answered(slot, message);
    });
    slot.port.onError((reason) => {
      if (!slot.alive) return; // e.g. Node's 'exit' after an 'error', or after terminate()
      const job = slot.job;
      void retire([slot]);
      // An idle worker's death loses nothing: the run goes on, and the next one starts a new worker.
      if (job !== undefined) active?.lost(job, reason);
    });
    return slot;
  };

  const run: Executor = (jobs, { onResult, onProgress, signal }) => {
    if (active !== null) return Promise.reject(new Error('these workers are already running jobs; wait for that run to end, or cancel it, first'));
    if (jobs.length === 0 || signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const finish = (error?: unknown, stop = error !== undefined): void => {
        if (active !== self) return;
        active = null;
        signal?.removeEventListener('abort', onAbort);
        const settle = (): void => (error === undefined ? resolve() : reject(error));
        if (stop) void retire().then(settle);
        else settle();
      };
      const feed = (slot: Slot): void => {
        if (active !== self || !slot.alive || next >= jobs.length) return;
        const job = jobs[next++];
        slot.job = job;
        try {
          slot.port.post({ type: 'job', job });
        } catch (e) {
          finish(new Error(`could not send ${describe(job)} to ${name}: ${reasonOf(e)}`));
        }
      };
      const self: ActiveRun = {
        answered(slot, message) {
          const job = slot.job as Job;
          if (message.type === 'error') {
            finish(new Error(`${describe(job)} failed: ${message.message}`));
            return;
          }
          slot.job = undefined;
          done++; // not inside onProgress?.(): an optional call skips evaluating its arguments
          try {
            onResult(message.result);
            onProgress?.(done, jobs.length);
          } catch (e) {
            finish(e);
            return;
          }
          // A listener may have aborted the signal: then finish and feed do nothing.
          if (done === jobs.length) finish();
          else feed(slot);
        },
        lost: (job, reason) => finish(new Error(`${name} failed during ${describe(job)}: ${reason}`)),
        stop: (error) => finish(error),
      };
      const onAbort = (): void => finish(undefined, true);
      active = self;
      signal?.addEventListener('abort', onAbort);
      try {
        while (slots.length < Math.min(size, jobs.length)) slots.push(startSlot());
      } catch (e) {
        finish(new Error(`could not start ${name}: ${reasonOf(e)}`));
        return;
      }
      for (const slot of [...slots]) if (slot.job === undefined) feed(slot);
    });
  };

  const close = async (): Promise<void> => {
    active?.stop(new Error('the workers were closed before the run finished'));
    await retire();
  };

  return { run, close, size };
}

/** How errors name a job: its index (as in results' `job` and `missing`) and seed. */
function describe(job: Job): string {
  return `job ${job.index} (seed ${job.seed})`;
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

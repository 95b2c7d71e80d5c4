/**
 * An `Executor` on module Web Workers: the browser's counterpart of the command line's worker
 * thread pool (`src/cli/workerPool.ts`), with the same contract. N workers (by default one per
 * core, `navigator.hardwareConcurrency`, at least 1 and at most 8), each running the pure
 * `runJob` (`experimentWorker.ts`), fed one job at a time in index order as each becomes free.
 *
 * What the caller can rely on (the experiments core orders results by job index, so none of this
 * changes a result's bytes):
 *  - every job's result is reported once; the count of workers only changes how fast;
 *  - aborting the signal terminates every worker at once, mid-run if need be, and resolves: runs
 *    are pure, a cancelled one is simply missing, and the experiment marks its result partial;
 *  - a failing job, a worker that cannot start or crashes, or a result that cannot be read
 *    terminates the pool and rejects with an error in plain words naming the run.
 *
 * The workers stay up between experiments (starting one loads and compiles the model again),
 * until a cancel, a failure or `close()`. Creating workers is a side effect, so this lives in
 * `ui/` (ARCHITECTURE.md rule 8); tests pass a fake `createWorker` to run it in Node.
 */
import type { Executor, Job } from '../../experiments/index.js';
import type { FromExperimentWorker, ToExperimentWorker } from './experimentProtocol.js';

/** Most workers started, whatever the machine reports: beyond this the page gains little. */
export const MAX_WORKERS = 8;

/** A pool of experiment workers. */
export interface WebWorkerPool {
  /** The executor: runs jobs on the pool's workers. */
  run: Executor;
  /** Terminates the workers (a later `run` starts new ones). */
  close(): void;
  /** Number of workers the pool uses. */
  readonly size: number;
}

/** Options of `createWebWorkerPool`. */
export interface WebWorkerPoolOptions {
  /** Workers to use; default `defaultWorkerCount()`. Clamped to 1 … MAX_WORKERS. */
  workers?: number;
  /** Starts one worker; default: a module worker on `experimentWorker.ts`. */
  createWorker?: () => Worker;
}

/**
 * One worker per core the browser reports, at least 1 and at most MAX_WORKERS.
 *
 * @example
 * defaultWorkerCount(2);  // 2
 * defaultWorkerCount(32); // 8
 * defaultWorkerCount(undefined); // 1 (the browser does not say)
 */
export function defaultWorkerCount(hardwareConcurrency: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return clampWorkers(hardwareConcurrency ?? 1);
}

/**
 * A worker count within 1 … MAX_WORKERS (whole numbers; anything else counts as 1).
 *
 * @example
 * clampWorkers(0); // 1
 */
export function clampWorkers(n: number): number {
  return Number.isFinite(n) ? Math.max(1, Math.min(MAX_WORKERS, Math.floor(n))) : 1;
}

/** The default worker: Vite sees this `new Worker(new URL(...))` and bundles the entry as a module worker. */
function startExperimentWorker(): Worker {
  return new Worker(new URL('./experimentWorker.ts', import.meta.url), { type: 'module', name: 'interdict-experiment' });
}

/**
 * A pool of Web Workers running experiment jobs. Workers start on the first `run`, at most one
 * per job.
 *
 * @example
 * const pool = createWebWorkerPool();
 * const { result } = await runSweep(grid, pool.run, {}, { signal: controller.signal, onProgress });
 * pool.close();
 */
export function createWebWorkerPool(options: WebWorkerPoolOptions = {}): WebWorkerPool {
  const size = clampWorkers(options.workers ?? defaultWorkerCount());
  const create = options.createWorker ?? startExperimentWorker;
  let workers: Worker[] = [];
  let busy = false;

  const terminate = (): void => {
    const all = workers;
    workers = [];
    for (const w of all) {
      w.onmessage = null;
      w.onerror = null;
      w.onmessageerror = null;
      w.terminate();
    }
  };

  const run: Executor = (jobs, { onResult, onProgress, signal }) => {
    if (jobs.length === 0 || signal?.aborted) return Promise.resolve();
    if (busy) return Promise.reject(new Error('an experiment is already running on these workers; cancel it first'));
    busy = true;
    return new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let settled = false;
      const running = new Map<Worker, Job>();
      // Handlers come off before settling, so nothing a terminated or idle worker does later
      // reaches this experiment.
      const finish = (error?: Error, stopWorkers = error !== undefined): void => {
        if (settled) return;
        settled = true;
        busy = false;
        signal?.removeEventListener('abort', onAbort);
        if (stopWorkers) terminate();
        else for (const w of workers) w.onmessage = w.onerror = w.onmessageerror = null;
        if (error === undefined) resolve();
        else reject(error);
      };
      const onAbort = (): void => finish(undefined, true);
      signal?.addEventListener('abort', onAbort);
      const describe = (job: Job | undefined): string => (job === undefined ? 'a run' : `run ${job.index + 1} of ${jobs.length} (seed ${job.seed})`);
      const feed = (worker: Worker): void => {
        if (next >= jobs.length) return;
        const job = jobs[next++];
        running.set(worker, job);
        worker.postMessage({ type: 'job', job } satisfies ToExperimentWorker);
      };
      try {
        while (workers.length < Math.min(size, jobs.length)) workers.push(create());
      } catch (e) {
        finish(new Error(`the browser could not start an experiment worker: ${e instanceof Error ? e.message : String(e)}`), true);
        return;
      }
      for (const worker of workers) {
        worker.onmessage = (event: MessageEvent<FromExperimentWorker>) => {
          const message = event.data;
          if (message.type === 'error') {
            finish(new Error(`${describe(running.get(worker))} failed: ${message.message}`));
            return;
          }
          running.delete(worker);
          onResult(message.result);
          done++;
          onProgress?.(done, jobs.length);
          if (done === jobs.length) finish();
          else feed(worker);
        };
        worker.onerror = (event: ErrorEvent) => {
          // Handled here, in words; the browser need not also log it as uncaught.
          event.preventDefault();
          const detail = event.message ? `: ${event.message}` : ' (its script could not be loaded, or it ran out of memory)';
          finish(new Error(`an experiment worker stopped during ${describe(running.get(worker))}${detail}`));
        };
        worker.onmessageerror = () => finish(new Error(`the result of ${describe(running.get(worker))} could not be read from its worker`));
        feed(worker);
      }
    });
  };

  return { run, close: terminate, size };
}

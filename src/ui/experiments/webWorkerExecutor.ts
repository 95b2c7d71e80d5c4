/**
 * A pool of module Web Workers running experiment jobs: the browser's counterpart of the command
 * line's worker threads (`src/cli/workerPool.ts`), with N workers (by default one per core,
 * `navigator.hardwareConcurrency`, at least 1 and at most 8), each running `experimentWorker.ts`.
 * How jobs are scheduled, cancelled and reported is the experiments core's
 * `createWorkerScheduler`, shared with the CLI; this file only starts a browser `Worker` and adapts
 * it to the scheduler's `WorkerPort`.
 *
 * What the caller can rely on (see `workerScheduler.ts`): every job's result is reported once and
 * the count of workers only changes how fast; cancelling terminates every worker at once; a
 * failing job, a worker that cannot start or crashes, or a result that cannot be read terminates
 * the pool and rejects with an error in plain words naming the job; a second experiment while one
 * runs is refused. The workers stay up between experiments (starting one loads and compiles the
 * model again) until a cancel, a failure or `close()`. Creating workers is a side effect, so this
 * lives in `ui/` (docs/architecture.md rule 8); tests pass a fake `createWorker` to run it in Node.
 */
import { createWorkerScheduler, type Executor, type FromWorker, type WorkerPort } from '../../experiments/index.js';

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
  const create = options.createWorker ?? startExperimentWorker;
  const scheduler = createWorkerScheduler({
    size: clampWorkers(options.workers ?? defaultWorkerCount()),
    start: () => browserPort(create()),
    workerName: 'an experiment worker',
  });
  return { run: scheduler.run, close: () => void scheduler.close(), size: scheduler.size };
}

/** A browser Worker as the scheduler sees it. */
function browserPort(worker: Worker): WorkerPort {
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => handler(event.data);
    },
    onError: (handler) => {
      worker.onerror = (event: ErrorEvent) => {
        // Handled here, in words; the browser need not also log it as uncaught.
        event.preventDefault();
        handler(event.message || 'its script could not be loaded, or it ran out of memory');
      };
      worker.onmessageerror = () => handler('the result it sent could not be read');
    },
    terminate: () => worker.terminate(),
  };
}

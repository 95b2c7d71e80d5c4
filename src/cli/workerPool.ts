/**
 * An `Executor` on Node worker threads: N workers (by default one per core the process may use,
 * `os.availableParallelism()`), each running the pure `runJob` in its own thread, fed one job at
 * a time in index order as each becomes free, so a slow point never holds up the others.
 *
 * Workers are started from the CLI's own entry file: the esbuild bundle `npm run sim` runs, or
 * `src/cli/main.ts` under tsx, which `main.ts` recognises as a worker by its `workerData` and
 * turns into a job loop (`workerLoop.ts`). A `.ts` entry needs tsx's loader in the worker: on
 * Node 20, `execArgv: ['--import', 'tsx']` does not reach a worker's entry module (it fails with
 * ERR_UNKNOWN_FILE_EXTENSION), so the worker starts from a two-line bootstrap that registers tsx
 * (`tsx/esm/api`) and then imports the entry.
 *
 * The pool stays up across calls (precision mode runs several batches) until `close()`. Aborting
 * the signal terminates every worker at once, mid-run if need be: runs are pure and a cancelled
 * one is simply missing. A failing job, or a worker that dies, terminates the pool and rejects
 * with an error naming the job.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Executor, Job } from '../experiments/index.js';
import type { FromWorker, ToWorker } from './workerLoop.js';
import { WORKER_MARK } from './workerMark.js';

/** A pool of worker threads. */
export interface WorkerPool {
  /** The executor: runs jobs on the pool's workers. */
  run: Executor;
  /** Terminates the workers. */
  close(): Promise<void>;
  /** Number of workers. */
  readonly size: number;
}

/** Options of `createWorkerPool`. */
export interface WorkerPoolOptions {
  /** Workers to start; default `os.availableParallelism()`. */
  workers?: number;
  /** The entry file the workers load: the CLI's `main.ts` or its bundle (a path or file: URL). */
  entry: string | URL;
}

/**
 * The default number of workers: the cores this process may use.
 *
 * @example
 * defaultWorkers(); // 2 on a 2-core machine
 */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * A pool of worker threads running jobs. Workers start on the first `run`, at most one per job.
 *
 * @example
 * const pool = createWorkerPool({ workers: 2, entry: import.meta.url });
 * try { await pool.run(jobs, { onResult, signal }); } finally { await pool.close(); }
 */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, options.workers ?? defaultWorkers());
  const entry = options.entry instanceof URL ? fileURLToPath(options.entry) : options.entry.startsWith('file:') ? fileURLToPath(options.entry) : options.entry;
  let workers: Worker[] = [];
  const terminate = async (): Promise<void> => {
    const all = workers;
    workers = [];
    await Promise.all(all.map((w) => w.terminate()));
  };

  const run: Executor = (jobs, { onResult, onProgress, signal }) => {
    if (jobs.length === 0 || signal?.aborted) return Promise.resolve();
    while (workers.length < Math.min(size, jobs.length)) workers.push(startWorker(entry));
    return new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let settled = false;
      const running = new Map<Worker, Job>();
      const listeners: (() => void)[] = [];
      // Listeners come off before any worker is terminated, so a terminated worker's 'exit'
      // is not mistaken for a crash.
      const finish = (error?: unknown, stopWorkers = error !== undefined): void => {
        if (settled) return;
        settled = true;
        for (const remove of listeners) remove();
        signal?.removeEventListener('abort', onAbort);
        const settle = () => (error === undefined ? resolve() : reject(error));
        if (stopWorkers) void terminate().finally(settle);
        else settle();
      };
      const onAbort = (): void => finish(undefined, true);
      signal?.addEventListener('abort', onAbort);
      const feed = (worker: Worker): void => {
        if (next >= jobs.length) return;
        const job = jobs[next++];
        running.set(worker, job);
        worker.postMessage({ type: 'job', job } satisfies ToWorker);
      };
      for (const worker of workers) {
        const onMessage = (message: FromWorker): void => {
          if (message.type === 'error') {
            finish(new Error(`run of job ${message.index} (seed ${running.get(worker)?.seed}) failed: ${message.message}`));
            return;
          }
          running.delete(worker);
          done++; // not inside onProgress?.(): an optional call skips evaluating its arguments
          try {
            onResult(message.result);
            onProgress?.(done, jobs.length);
          } catch (e) {
            // A throwing listener would otherwise escape from this event handler and end the process.
            finish(e);
            return;
          }
          if (done === jobs.length) finish();
          else feed(worker);
        };
        const onError = (error: Error): void => finish(new Error(`a worker thread failed: ${error.message}`));
        const onExit = (code: number): void => finish(new Error(`a worker thread exited unexpectedly (code ${code})`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        listeners.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
        feed(worker);
      }
    });
  };

  return { run, close: terminate, size };
}

/** One worker thread loading the CLI's entry file as a job worker. */
function startWorker(entry: string): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, { workerData: WORKER_MARK });
  const url = JSON.stringify(pathToFileURL(entry).href);
  const bootstrap = `import(${JSON.stringify(tsxApi(entry))}).then((tsx) => { tsx.register(); return import(${url}); });`;
  return new Worker(bootstrap, { eval: true, workerData: WORKER_MARK });
}

/** The file URL of tsx's ESM registration API, found from the entry's own package. */
function tsxApi(entry: string): string {
  const require = createRequire(entry);
  // tsx's package.json sits at its root; the ESM API is dist/esm/api/index.mjs (its "./esm/api"
  // export for `import`). createRequire would resolve the CommonJS build, which cannot register
  // ESM hooks, so the file is named directly.
  const root = dirname(require.resolve('tsx/package.json'));
  return pathToFileURL(join(root, 'dist', 'esm', 'api', 'index.mjs')).href;
}

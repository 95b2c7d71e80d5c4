/**
 * A pool of Node worker threads running experiment jobs: N workers (by default one per core the
 * process may use, `os.availableParallelism()`). How jobs are scheduled, cancelled and reported
 * is the experiments core's `createWorkerScheduler`, shared with the browser's Web Workers; this
 * file only starts a thread and adapts it to the scheduler's `WorkerPort`.
 *
 * Workers are started from the CLI's own entry file: the esbuild bundle `npm run sim` runs, or
 * `src/cli/main.ts` under tsx, which `main.ts` recognises as a worker by its `workerData` and
 * turns into a job loop. A `.ts` entry needs tsx's loader in the worker: on Node 20,
 * `execArgv: ['--import', 'tsx']` does not reach a worker's entry module (it fails with
 * ERR_UNKNOWN_FILE_EXTENSION), so the worker starts from a two-line bootstrap that registers tsx
 * (`tsx/esm/api`) and then imports the entry.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createWorkerScheduler, type FromWorker, type WorkerPort, type WorkerScheduler } from '../experiments/index.js';
import { WORKER_MARK } from './workerMark.js';

/** A pool of worker threads: `run` is its executor, `close()` terminates the threads. */
export type WorkerPool = WorkerScheduler;

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
  const entry = options.entry instanceof URL || options.entry.startsWith('file:') ? fileURLToPath(options.entry) : options.entry;
  return createWorkerScheduler({
    size: options.workers ?? defaultWorkers(),
    start: () => threadPort(startWorker(entry)),
    workerName: 'a worker thread',
  });
}

/** A worker thread as the scheduler sees it. */
function threadPort(worker: Worker): WorkerPort {
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => {
      worker.on('message', (message: FromWorker) => handler(message));
    },
    onError: (handler) => {
      // An uncaught error in the thread comes as 'error' then 'exit'; the scheduler heeds the
      // first and ignores the rest, as it ignores the 'exit' that follows terminate().
      worker.on('error', (error: Error) => handler(`${error.name}: ${error.message}`));
      worker.on('exit', (code: number) => handler(`it exited unexpectedly (code ${code})`));
    },
    terminate: () => worker.terminate(),
  };
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

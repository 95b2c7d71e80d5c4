/**
 * Executors: whatever runs a list of jobs and reports each result. The experiments only see this
 * interface, so the same code drives a run in this thread (`inProcessExecutor`, below: tests, the
 * CLI's `--workers 0`, and a fallback) and on workers (`workerScheduler.ts`, for Node worker
 * threads and the browser's Web Workers alike). Creating workers is a side effect, so that is left
 * to adapters in the CLI and the UI (docs/architecture.md rule 8); this file has none.
 *
 * Contract: each job's result is passed to `onResult` exactly once, in any order; the promise
 * resolves when every job is done or, once `signal` is aborted, as soon as the executor has
 * stopped (results already reported stay valid; the rest are simply missing); it rejects if a
 * job fails. Callers put results in order by `JobResult.index` (see `runJobs.ts`).
 */
import { createStream } from '../sim/index.js';
import { runJob, type Job, type JobResult } from './jobs.js';

/**
 * The part of the DOM's and Node's AbortSignal the experiments use. Declared here because the
 * core is type-checked without DOM or Node types (docs/architecture.md rule 1); a real AbortSignal fits.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** What an executor reports to, and what can stop it. */
export interface ExecutorOptions {
  /** Called once per finished job. */
  onResult(result: JobResult): void;
  /** Called after each finished job with the count done so far and the number of jobs given. */
  onProgress?(done: number, total: number): void;
  /** Aborting stops the executor: no new job starts, and running ones may be dropped. */
  signal?: AbortSignalLike;
}

/**
 * Runs jobs and reports their results (see the file comment for the contract).
 *
 * @example
 * await executor(jobs, { onResult: (r) => results.set(r.index, r), signal: controller.signal });
 */
export type Executor = (jobs: readonly Job[], options: ExecutorOptions) => Promise<void>;

/** Options of `inProcessExecutor`. */
export interface InProcessOptions {
  /**
   * Run the jobs in a seeded random order instead of index order. Tests use it to show that
   * results do not depend on completion order (as with several workers finishing out of turn).
   */
  shuffleSeed?: number;
}

/**
 * Runs the jobs one after another in this thread. Between jobs it yields to the event loop (a
 * macrotask), so an abort from a signal handler or a UI button is seen before the next job starts.
 *
 * @example
 * await inProcessExecutor()(jobs, { onResult: (r) => console.log(r.index, r.metrics['parcels.arrived']) });
 */
export function inProcessExecutor(options: InProcessOptions = {}): Executor {
  return async (jobs, { onResult, onProgress, signal }) => {
    const order = jobs.map((_, i) => i);
    if (options.shuffleSeed !== undefined) shuffle(order, options.shuffleSeed);
    let done = 0;
    for (const i of order) {
      if (signal?.aborted) return;
      onResult(runJob(jobs[i]));
      done++;
      onProgress?.(done, jobs.length);
      await nextMacrotask();
    }
  };
}

/** Fisher-Yates with a seeded stream, so a test's "random" order is the same every time. */
function shuffle(order: number[], seed: number): void {
  const rng = createStream(seed, 'executor-shuffle');
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/**
 * Resolves after pending timers and I/O callbacks have had their turn. `setTimeout` exists in
 * Node and in browsers and workers alike, but is not in the ES2022 lib the core is checked with,
 * hence the cast; a promise alone would not let a signal handler run.
 */
function nextMacrotask(): Promise<void> {
  const timers = globalThis as unknown as { setTimeout?: (callback: () => void, ms: number) => unknown };
  return new Promise((resolve) => (timers.setTimeout ? timers.setTimeout(resolve, 0) : resolve()));
}

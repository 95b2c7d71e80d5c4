/**
 * The `workerData` that marks a thread as an experiments job worker. In a file of its own, with
 * no imports, so that `main.ts` can check for it without loading the model (which it imports
 * lazily, to report even a failure to load it in one line).
 */

/** `workerData` of the pool's worker threads (see `workerPool.ts` and `main.ts`). */
export const WORKER_MARK = 'interdict-job-worker';

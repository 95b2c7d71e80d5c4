/**
 * The messages between a worker pool (`workerScheduler.ts`) and its workers, the same for Node
 * worker threads and browser Web Workers. One job at a time goes out, one reply comes back: the
 * scheduler feeds each worker its next job as soon as it answers, so a slow run never holds up
 * the others. Jobs and results are plain data, which cross `postMessage` unchanged.
 */
import type { Job, JobResult } from './jobs.js';

/** To a worker: run this job. */
export type ToWorker = { type: 'job'; job: Job };

/** From a worker: the job's result, or why it failed (the error's name and message). */
export type FromWorker =
  | { type: 'result'; result: JobResult }
  | { type: 'error'; index: number; message: string };

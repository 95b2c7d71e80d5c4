/**
 * Messages between the page and an experiment worker (`experimentWorker.ts`). One job at a time
 * goes out, one result (or the error that stopped it) comes back: the pool feeds each worker its
 * next job as soon as it answers, so a slow point never holds up the others. Jobs and results are
 * the experiments core's plain data (`Job`, `JobResult`), which cross `postMessage` unchanged.
 */
import type { Job, JobResult } from '../../experiments/index.js';

/** To a worker: run this job. */
export type ToExperimentWorker = { type: 'job'; job: Job };

/** From a worker: the job's result, or why it failed (the error's name and message). */
export type FromExperimentWorker =
  | { type: 'result'; result: JobResult }
  | { type: 'error'; index: number; message: string };

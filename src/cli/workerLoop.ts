/**
 * The job loop of a worker thread: receives jobs from the pool (`workerPool.ts`), runs each with
 * the pure `runJob`, and posts back its result, or the error that stopped it. `main.ts` starts it
 * instead of the command line when the process's entry file is loaded as a pool worker, so one
 * file (the esbuild bundle, or `src/cli/main.ts` under tsx) serves both roles.
 */
import type { MessagePort } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from '../experiments/index.js';

/** Messages from the pool to a worker. */
export type ToWorker = { type: 'job'; job: Job };

/** Messages from a worker to the pool. */
export type FromWorker =
  | { type: 'result'; result: JobResult }
  | { type: 'error'; index: number; message: string; stack?: string };

/**
 * Serves jobs on `port` until the pool terminates the thread.
 *
 * @example
 * if (workerData === WORKER_MARK) serveJobs(parentPort!); // see main.ts
 */
export function serveJobs(port: MessagePort): void {
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'job') return;
    let reply: FromWorker;
    try {
      reply = { type: 'result', result: runJob(message.job) };
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      reply = { type: 'error', index: message.job.index, message: `${error.name}: ${error.message}`, stack: error.stack };
    }
    port.postMessage(reply);
  });
}

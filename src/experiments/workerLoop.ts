/**
 * What a worker does with each message, whichever kind of worker it is: run the job with the pure
 * `runJob` and answer with its result, or with the error that stopped it (a thrown error must not
 * escape: it would kill the worker and lose the reason). The Node thread (`src/cli/main.ts`) and
 * the Web Worker (`src/ui/experiments/experimentWorker.ts`) only wire this to their own ports.
 */
import { runJob } from './jobs.js';
import type { FromWorker, ToWorker } from './workerMessages.js';

/**
 * The reply to one message from the pool.
 *
 * @example
 * parentPort.on('message', (message) => parentPort.postMessage(handleWorkerMessage(message)));
 */
export function handleWorkerMessage(message: ToWorker): FromWorker {
  try {
    return { type: 'result', result: runJob(message.job) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { type: 'error', index: message.job.index, message: `${error.name}: ${error.message}` };
  }
}

/**
 * The little the job scheduler (`workerScheduler.ts`) needs of a worker: send it a message, hear
 * its replies and its death, stop it. Node's `worker_threads.Worker` (`src/cli/workerPool.ts`)
 * and the browser's `Worker` (`src/ui/experiments/webWorkerExecutor.ts`) are adapted to it, so the
 * scheduling logic exists once and can be tested with an in-memory stand-in.
 */
import type { FromWorker, ToWorker } from './workerMessages.js';

/** One worker, seen from the pool. */
export interface WorkerPort {
  /** Sends a message to the worker. */
  post(message: ToWorker): void;
  /** Sets the handler of the worker's replies (called once, right after the worker starts). */
  onMessage(handler: (message: FromWorker) => void): void;
  /**
   * Sets the handler called when the worker fails outside a job: it crashed, exited, could not
   * load, or sent something unreadable. `reason` is in plain words ("Out of memory").
   */
  onError(handler: (reason: string) => void): void;
  /** Stops the worker at once; may resolve when it has stopped. */
  terminate(): void | Promise<unknown>;
}

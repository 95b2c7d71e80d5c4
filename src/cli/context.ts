/**
 * What the experiment commands need from their surroundings besides `CliIo`: where worker
 * threads come from, and what cancels a run. `main.ts` passes the entry file; tests pass an
 * in-process executor and their own AbortSignal, so they run fast, in-process, and can cancel
 * at a chosen moment.
 */
import type { Executor } from '../experiments/index.js';

/** A running executor and how to shut it down. */
export interface ExecutorHandle {
  run: Executor;
  close(): Promise<void>;
  /** Worker threads behind it (0: this thread). */
  workers: number;
}

/** Optional context of `main`. */
export interface CliContext {
  /**
   * The file worker threads load (`main.ts` passes its own `import.meta.url`). Without it, and
   * without `executor`, experiments run in this thread.
   */
  workerEntry?: string | URL;
  /** Makes the executor for `--workers N` (N undefined: the default); replaces worker threads. */
  executor?: (workers: number | undefined) => ExecutorHandle;
  /** Cancels experiments; without it, the first Ctrl-C (SIGINT) does (see `interrupt.ts`). */
  signal?: AbortSignal;
}

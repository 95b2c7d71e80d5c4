/**
 * Drives an executor over a list of jobs and collects what came back, keyed by job index, so the
 * experiment can aggregate in job order whatever the completion order was. It never throws: a
 * cancelled or failed batch comes back with the results that did finish, the indexes that did
 * not, and the error, so the caller can mark its output partial (never complete-looking) before
 * reporting the failure.
 */
import type { AbortSignalLike, Executor } from './executor.js';
import type { Job } from './jobs.js';

/** Optional progress and cancellation for a whole experiment. */
export interface RunControl {
  /** Aborting stops the experiment; its result then says `complete: false`. */
  signal?: AbortSignalLike;
  /** Jobs done so far and the total planned (the total may grow in precision mode). */
  onProgress?(done: number, total: number): void;
}

/**
 * An experiment's result, and the error that stopped it early, if one did. Experiments return
 * this rather than throwing, so a caller can keep (and mark) what finished before reporting.
 */
export interface Outcome<R> {
  result: R;
  error?: unknown;
}

/** What came back from one batch of jobs. */
export interface JobsOutcome {
  /** Metrics by job index, for every job that finished. */
  metrics: Map<number, Record<string, number>>;
  /** Indexes of the jobs that did not finish, ascending. */
  missing: number[];
  /** True when the signal was aborted before every job finished. */
  cancelled: boolean;
  /** The executor's error, when a job failed. */
  error?: unknown;
}

/**
 * Runs `jobs` through `executor` and collects their metrics by job index.
 *
 * @example
 * const outcome = await runJobs(inProcessExecutor(), jobs, { signal });
 * if (outcome.missing.length > 0) markPartial(outcome.missing);
 */
export async function runJobs(
  executor: Executor,
  jobs: readonly Job[],
  control: RunControl & { doneBefore?: number; totalPlanned?: number } = {},
): Promise<JobsOutcome> {
  const wanted = new Set(jobs.map((j) => j.index));
  const metrics = new Map<number, Record<string, number>>();
  const before = control.doneBefore ?? 0;
  const total = control.totalPlanned ?? jobs.length;
  let error: unknown;
  try {
    await executor(jobs, {
      onResult: (r) => {
        // A result for a job not asked for, or twice, would be an executor bug: ignore it rather
        // than let it change the aggregate.
        if (!wanted.has(r.index) || metrics.has(r.index)) return;
        metrics.set(r.index, r.metrics);
        control.onProgress?.(before + metrics.size, total);
      },
      signal: control.signal,
    });
  } catch (e) {
    error = e;
  }
  const missing = jobs.map((j) => j.index).filter((i) => !metrics.has(i)).sort((a, b) => a - b);
  const cancelled = missing.length > 0 && control.signal?.aborted === true;
  if (missing.length > 0 && !cancelled && error === undefined) {
    error = new Error(`the executor stopped with ${missing.length} of ${jobs.length} jobs not run`);
  }
  return { metrics, missing, cancelled, error };
}

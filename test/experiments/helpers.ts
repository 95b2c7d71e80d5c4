// Shared by the experiment tests: executors that record or interfere, and small grids of the
// fast single-queue preset (about 0.03 s a run).
import { inProcessExecutor, parseGrid, type Executor, type GridSpec, type Job } from '../../src/experiments/index.js';
import { formatErrors } from '../../src/scenario/index.js';

/** An in-process executor that records the size of each batch it is given. */
export function recordingExecutor(batches: number[], inner: Executor = inProcessExecutor()): Executor {
  return (jobs, options) => {
    batches.push(jobs.length);
    return inner(jobs, options);
  };
}

/** An executor that aborts `controller` once `after` results have been reported. */
export function abortingExecutor(controller: AbortController, after: number, inner: Executor = inProcessExecutor()): Executor {
  let count = 0;
  return (jobs, options) =>
    inner(jobs, {
      ...options,
      onResult: (r) => {
        options.onResult(r);
        if (++count === after) controller.abort();
      },
    });
}

/** An executor whose job `failing` throws, as a bug in the model would. */
export function failingExecutor(failing: number, inner: Executor = inProcessExecutor()): Executor {
  return (jobs, options) => inner(jobs.map((j): Job => (j.index === failing ? { ...j, warmupDays: j.days } : j)), options);
}

/** A checked grid, or a thrown error listing its problems. */
export function checkedGrid(input: unknown): GridSpec {
  const r = parseGrid(input);
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.grid;
}

/** Single-queue with 4 to 6 lanes and officers: 3 points. */
export const SMALL_GRID = {
  name: 'single-queue staffing',
  base: { preset: 'single-queue' },
  parameters: [
    { name: 'servers', path: 'stations.xray.officersByShift.*', values: { from: 4, to: 6, step: 1 } },
    { name: 'lanes', path: 'stations.xray.lanes', values: [6] },
  ],
  replications: 4,
  seed: 11,
  days: 1,
};

// For the experiment command tests: contexts that run jobs in-process (fast, no worker threads),
// optionally cancelling or failing part-way, a small single-queue grid file and optimization problem.
import { inProcessExecutor, type Executor } from '../../src/experiments/index.js';
import type { CliContext } from '../../src/cli/context.js';

/** Runs experiments in this thread, through `executor` if given. */
export function inProcess(executor: Executor = inProcessExecutor(), signal?: AbortSignal): CliContext {
  return { executor: () => ({ run: executor, close: async () => {}, workers: 0 }), signal };
}

/** A context whose signal is aborted (as by Ctrl-C) once `after` runs have finished. */
export function interruptedAfter(after: number): CliContext {
  const controller = new AbortController();
  const inner = inProcessExecutor();
  let count = 0;
  const executor: Executor = (jobs, options) =>
    inner(jobs, {
      ...options,
      onResult: (r) => {
        options.onResult(r);
        if (++count === after) controller.abort();
      },
    });
  return inProcess(executor, controller.signal);
}

/** A context whose run of job `failing` throws inside the model. */
export function failingAt(failing: number): CliContext {
  const inner = inProcessExecutor();
  return inProcess((jobs, options) => inner(jobs.map((j) => (j.index === failing ? { ...j, warmupDays: j.days } : j)), options));
}

/** Single-queue with 4, 5 or 6 servers at 6 lanes, 3 replications: 9 fast runs. */
export const GRID = {
  name: 'single-queue servers',
  base: { preset: 'single-queue' },
  parameters: [
    { name: 'servers', path: 'stations.xray.officersByShift.*', values: { from: 4, to: 6, step: 1 } },
    { name: 'lanes', path: 'stations.xray.lanes', values: [6] },
  ],
  replications: 3,
  seed: 1,
  days: 1,
};

/** The fewest X-ray servers (4 to 8, single-queue at 90/h) keeping the mean wait under 30 s: 6 by Erlang C (5 give 42 s). */
export const QUEUE_PROBLEM = {
  name: 'fewest X-ray officers',
  base: { preset: 'single-queue' },
  variables: [
    { name: 'lanes', path: 'stations.xray.lanes', values: [8] },
    { name: 'servers', path: 'stations.xray.officersByShift.*', values: { from: 4, to: 8, step: 1 } },
  ],
  objective: { metric: 'stations.xray.officerHours', goal: 'minimize' },
  constraints: [{ name: 'mean X-ray wait ≤ 30 s', metric: 'stations.xray.meanWaitSeconds', atMost: 30 }],
  replications: 3, seed: 1, days: 1,
  search: { population: 3, generations: 2 },
  selection: { finalists: 2, budget: 4, stage: 2 },
};

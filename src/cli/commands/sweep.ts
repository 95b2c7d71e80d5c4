/**
 * `sweep --grid FILE`: every point of a grid × its replications, through worker threads, with
 * each point's summary of every metric and the frontier; or, with --shard i/n, one share of the
 * runs, written as a part for `merge`. See docs/cli.md and docs/experiments.md.
 */
import { jobCount, runSweep, sweepJobs } from '../../experiments/index.js';
import type { CliContext } from '../context.js';
import type { SweepRequest } from '../experimentArgs.js';
import { checkExperiment } from '../checkEstimate.js';
import { runExperiment } from '../experimentRun.js';
import { defaultWorkers } from '../workerPool.js';
import type { CliIo } from '../io.js';
import { readGridFile } from '../loadGrid.js';

/**
 * Runs `sweep` and returns the exit code.
 *
 * @example
 * await sweepCommand(io, { command: 'sweep', grid: 'grid.json', shard: { index: 1, count: 4 }, ... }, context);
 */
export async function sweepCommand(io: CliIo, request: SweepRequest, context: CliContext): Promise<number> {
  const grid = readGridFile(io, request.grid);
  const shard = request.shard;
  checkExperiment(sweepJobs(grid, shard), request.workers ?? defaultWorkers());
  return runExperiment(io, context, {
    label: `sweep ${request.grid}${shard ? ` shard ${shard.index}/${shard.count}` : ''} (${jobCount(grid)} runs in all)`,
    outputs: request,
    inputs: [request.grid],
    workers: request.workers,
    run: (executor, control) => runSweep(grid, executor, { shard, frontierX: request.frontierX, frontierY: request.frontierY }, control),
  });
}

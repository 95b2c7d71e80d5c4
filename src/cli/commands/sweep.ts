/**
 * `sweep --grid FILE`: every point of a grid × its replications, through worker threads, with
 * each point's summary of every metric and the frontier; or, with --shard i/n, one share of the
 * runs, written as a part for `merge` (--shard auto: the part a Slurm job array or a Kubernetes
 * Indexed Job gives this process). See docs/cli.md and docs/experiments.md.
 */
import { gridPoints, jobCount, pointLabel, pointParameters, pointScenario, runSweep, sweepJobs, type UncertainArm } from '../../experiments/index.js';
import type { CliContext } from '../context.js';
import type { SweepRequest } from '../experimentArgs.js';
import { checkExperiment } from '../checkEstimate.js';
import { runExperiment } from '../experimentRun.js';
import { defaultWorkers } from '../workerPool.js';
import type { CliIo } from '../io.js';
import { readGridFile } from '../loadGrid.js';
import { uncertainExperiment } from './uncertain.js';
import { CliError } from '../CliError.js';
import { shardFromEnvironment, type AutoShard, type Shard } from '../../experiments/shard.js';

/**
 * Runs `sweep` and returns the exit code.
 *
 * @example
 * await sweepCommand(io, { command: 'sweep', grid: 'grid.json', shard: { index: 1, count: 4 }, ... }, context);
 */
export async function sweepCommand(io: CliIo, request: SweepRequest, context: CliContext): Promise<number> {
  const grid = readGridFile(io, request.grid);
  if (request.uncertainty !== undefined) {
    const arms = gridPoints(grid).map((point): UncertainArm => {
      const built = pointScenario(grid, point);
      if (!built.ok) throw new Error(`sweep: point ${point.index} is not a valid scenario`);
      return { label: pointLabel(grid, point), scenario: built.scenario, parameters: pointParameters(grid, point) };
    });
    return uncertainExperiment(io, context, {
      experiment: 'sweep', arms, grid, seed: grid.seed, inner: grid.replications, days: grid.days, warmupDays: grid.warmupDays,
      outputs: { ...request, uncertainty: request.uncertainty }, workers: request.workers, inputs: [request.grid], label: `sweep ${request.grid}`,
    });
  }
  const shard = resolveShard(request.shard, io.env);
  checkExperiment(sweepJobs(grid, shard), request.workers ?? defaultWorkers());
  return runExperiment(io, context, {
    label: `sweep ${request.grid}${shard ? ` shard ${shard.index}/${shard.count}` : ''} (${jobCount(grid)} runs in all)`,
    outputs: request,
    inputs: [request.grid],
    workers: request.workers,
    run: (executor, control) => runSweep(grid, executor, { shard, frontierX: request.frontierX, frontierY: request.frontierY }, control),
  });
}

/** The part to run: as given, or for `--shard auto` from the batch system's environment (exit 2 when it cannot tell). */
function resolveShard(shard: Shard | AutoShard | undefined, env: CliIo['env']): Shard | undefined {
  if (shard === undefined || !('auto' in shard)) return shard;
  const resolved = shardFromEnvironment(shard, env);
  if (typeof resolved === 'string') throw new CliError([`--shard ${shard.count === null ? 'auto' : `auto/${shard.count}`}: ${resolved}`]);
  return resolved;
}

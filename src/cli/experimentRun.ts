/**
 * The part every experiment command shares: check the outputs, start the executor (worker
 * threads, or this thread), listen for Ctrl-C, show progress, run, shut everything down, and then
 * write the result if it is finished, or the marked partial result if it is not. The commands in
 * `commands/` only load their input and say what to run.
 *
 * `onFinished` lets a command say more on stderr once its result is written (optimize: the answer).
 *
 * Exit codes: 0 when finished (a shard counts as finished when its own runs are all done), 130
 * when interrupted, and the failing run's error is rethrown (an internal error, exit 1) after the
 * partial result is written.
 */
import { inProcessExecutor, inShard, type ExperimentResult, type Executor, type Outcome, type RunControl } from '../experiments/index.js';
import { EXIT } from './CliError.js';
import type { CliContext, ExecutorHandle } from './context.js';
import type { Outputs } from './experimentArgs.js';
import { checkOutputs, writePartial, writeResult } from './experimentOutput.js';
import { EXIT_INTERRUPTED, listenForInterrupt } from './interrupt.js';
import type { CliIo } from './io.js';
import { createRunProgress } from './runProgress.js';
import { createWorkerPool, defaultWorkers } from './workerPool.js';

/** What a command asks `runExperiment` to do. */
export interface ExperimentTask<R extends ExperimentResult> {
  /** For the progress line, e.g. "sweep grid.json". */
  label: string;
  outputs: Outputs;
  /** Files the outputs must not overwrite. */
  inputs: readonly string[];
  /** --workers: 0 for this thread, undefined for one per core. */
  workers: number | undefined;
  /** Runs the experiment. */
  run(executor: Executor, control: RunControl): Promise<Outcome<R>>;
  /** Called with a finished result after it is written (e.g. to print a text summary). */
  after?(result: R): void;
}

/**
 * Runs an experiment task and writes its outputs; returns the exit code.
 *
 * @example
 * return runExperiment(io, context, { label: 'sweep grid.json', outputs: request, inputs: ['grid.json'], workers: 2,
 *   run: (executor, control) => runSweep(grid, executor, {}, control) });
 */
export async function runExperiment<R extends ExperimentResult>(io: CliIo, context: CliContext, task: ExperimentTask<R>): Promise<number> {
  checkOutputs(io, task.outputs, task.inputs);
  const { outcome, interrupted } = await withExecutor(io, context, task, task.run);
  const { result, error } = outcome;
  if (error !== undefined) {
    writePartial(io, task.outputs, result, 'a run failed');
    throw error;
  }
  if (ownRunsMissing(result)) {
    writePartial(io, task.outputs, result, interrupted ? 'interrupted' : 'stopped');
    return EXIT_INTERRUPTED;
  }
  writeResult(io, task.outputs, result);
  task.after?.(result);
  return EXIT.ok;
}

/**
 * Runs `run` on the executor for `--workers`, with Ctrl-C handling and the progress line on
 * standard error, and shuts them all down however it ends: the part every command that runs jobs
 * shares (`runExperiment`, and `fit`, whose output is not an experiment result).
 *
 * @example
 * const { outcome, interrupted } = await withExecutor(io, context, { label: 'fit data.csv', outputs: request, workers: 2 }, (executor, control) => fitToData(spec, executor, control));
 */
export async function withExecutor<T>(
  io: CliIo,
  context: CliContext,
  task: { label: string; outputs: Pick<Outputs, 'progress'>; workers: number | undefined },
  run: (executor: Executor, control: RunControl) => Promise<T>,
): Promise<{ outcome: T; interrupted: boolean }> {
  const interrupt = listenForInterrupt((t) => io.stderr(t), context.signal);
  const progress = createRunProgress({ enabled: task.outputs.progress ?? io.isTTY, write: (t) => io.stderr(t), now: () => io.now(), label: task.label });
  const executor = openExecutor(context, task.workers);
  try {
    return { outcome: await run(executor.run, { signal: interrupt.signal, onProgress: progress.update }), interrupted: interrupt.signal.aborted };
  } finally {
    await executor.close();
    interrupt.dispose();
    progress.done();
  }
}

/**
 * The executor for `--workers N`: the context's, an in-process one (N = 0, or no worker entry
 * known), or a pool of worker threads.
 */
function openExecutor(context: CliContext, workers: number | undefined): ExecutorHandle {
  if (context.executor) return context.executor(workers);
  if (workers === 0 || context.workerEntry === undefined) return { run: inProcessExecutor(), close: async () => {}, workers: 0 };
  const pool = createWorkerPool({ workers: workers ?? defaultWorkers(), entry: context.workerEntry });
  return { run: pool.run, close: pool.close, workers: pool.size };
}

/**
 * True when runs the command was asked for are missing: any missing run of a whole experiment,
 * but only a shard's own runs for a shard (the other shards' are missing by design).
 */
function ownRunsMissing(result: ExperimentResult): boolean {
  // An optimization plans its runs as it goes: unfinished is what it says it is.
  if (result.format === 'interdict-optimize') return !result.complete;
  const shard = result.format === 'interdict-sweep' ? result.shard : null;
  return result.missing.some((job) => inShard(job, shard));
}

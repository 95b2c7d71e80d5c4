/**
 * `run`: one simulation run of a preset or a scenario file, with its results printed as JSON or
 * as a text summary, to standard output or atomically to `--out`.
 *
 * The order of the steps is what makes failures clean: everything that can be wrong with the
 * input (the scenario, the output folder) is checked before the run starts, and the output file
 * is written only after the run has succeeded, so a failure leaves no file and never a partial
 * one. The JSON depends only on (scenario, seed, days); timings go to stderr, never into it.
 */
import { resolve } from 'node:path';
import type { RunResults } from '../../model/index.js';
import { liveRunOptions } from '../../model/liveRun.js';
import type { OutputFormat, RunRequest, ScenarioSource } from '../args.js';
import { checkRun } from '../checkEstimate.js';
import { CliError, EXIT } from '../CliError.js';
import { fileErrorReason, isFileError } from '../fileErrors.js';
import { formatText } from '../formatText.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../loadScenario.js';
import { createProgress } from '../progress.js';
import { checkWritable, writeAtomic } from '../writeAtomic.js';

/**
 * Runs `run` and returns the exit code. Bad input throws a `CliError`; a failure inside the
 * model propagates (an internal error, exit 1, handled by `cli.ts`).
 *
 * @example
 * await runCommand(io, { source: { kind: 'preset', name: 'baseline' }, seed: 1, days: 1, format: 'text', out: undefined, progress: undefined });
 */
export async function runCommand(io: CliIo, request: RunRequest): Promise<number> {
  const scenario = loadScenario(io, request.source);
  if (request.out !== undefined) checkOutput(io, request.source, request.out);
  // The model is loaded only when a run needs it: `help`, `presets`, `validate` and `schema`
  // start faster, and keep working while the model is being changed.
  const { runScenario } = await import('../../model/index.js');
  const days = request.days ?? scenario.days;
  // A live run first runs its warm-up (a day and six hours), which the estimate must count too.
  const options = request.live ? liveRunOptions(request.seed, days) : { seed: request.seed, days };
  checkRun(scenario, Math.ceil(options.days));
  const showProgress = request.progress ?? io.isTTY;
  const progress = createProgress({
    enabled: showProgress,
    write: (text) => io.stderr(text),
    now: () => io.now(),
    label: `run ${scenario.name} seed ${request.seed}`,
    days,
  });
  let results: RunResults;
  try {
    // Without a listener the model runs to the end in one go instead of hour by hour; the
    // results are the same either way (test/cli/progress.test.ts checks it).
    results = runScenario(scenario, { ...options, onProgress: showProgress ? progress.update : undefined });
  } catch (e) {
    progress.done(false);
    throw e;
  }
  progress.done(true);
  const text = render(results, request.format);
  if (request.out === undefined) io.stdout(text);
  else writeResults(io, request.out, text);
  return EXIT.ok;
}

/**
 * The results as the requested format: JSON is `JSON.stringify(results, null, 2)` and a newline,
 * byte-identical for the same (scenario, seed, days).
 *
 * @example
 * render(results, 'json').endsWith('}\n'); // true
 */
export function render(results: RunResults, format: OutputFormat): string {
  return format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : formatText(results);
}

/** Refuses an output path that cannot be written, or that would overwrite the scenario file. */
function checkOutput(io: CliIo, source: ScenarioSource, out: string): void {
  if (source.kind === 'file' && resolve(source.path) === resolve(out)) {
    throw new CliError([`--out '${out}' is the scenario file; results would overwrite it`]);
  }
  const problem = checkWritable(io, out);
  if (problem !== undefined) throw new CliError([`--out: ${problem}`]);
}

function writeResults(io: CliIo, path: string, text: string): void {
  try {
    writeAtomic(io, path, text);
  } catch (e) {
    if (!isFileError(e)) throw e;
    throw new CliError([`cannot write results to '${path}': ${fileErrorReason(e)}`]);
  }
}


/**
 * `fit`: calibrates a scenario to a facility's daily data (docs/fit.md). Reads and checks the
 * data file against the scenario (every problem named by line and column, exit 2), runs the
 * simulation grid on worker threads with progress on standard error, prints the fitted values
 * with their 95% intervals, and writes the calibrated scenario (--out, a file `validate` accepts)
 * and the memo with its plot (--report FILE.md, the plot beside it as FILE-fit.svg). Nothing is
 * written unless the fit finished.
 */
import { resolve } from 'node:path';
import { FitRefusal, fitToData } from '../../experiments/fit/fitModel.js';
import { parseFitData } from '../../experiments/fit/fitData.js';
import { fitPlotSvg } from '../../experiments/fit/fitPlotSvg.js';
import { fitReportMarkdown, fitSummaryLines } from '../../experiments/fit/fitReport.js';
import { CliError, EXIT } from '../CliError.js';
import type { CliContext } from '../context.js';
import type { FitRequest } from '../experimentArgs.js';
import { withExecutor } from '../experimentRun.js';
import { fileErrorReason, isFileError } from '../fileErrors.js';
import { EXIT_INTERRUPTED } from '../interrupt.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../loadScenario.js';
import { printable } from '../printable.js';
import { checkWritable, writeAtomic } from '../writeAtomic.js';

/** The plot's file beside the report: report.md → report-fit.svg. */
export function plotPath(report: string): string {
  return report.replace(/\.md$/i, '-fit.svg');
}

/**
 * Runs `fit` and returns the exit code.
 *
 * @example
 * await fitCommand(io, { command: 'fit', data: 'facility.csv', source: { kind: 'preset', name: 'baseline' }, seed: 1, replications: 20, ... }, context);
 */
export async function fitCommand(io: CliIo, request: FitRequest, context: CliContext): Promise<number> {
  const scenario = loadScenario(io, request.source);
  let text: string;
  try {
    text = io.readFile(request.data);
  } catch (e) {
    if (!isFileError(e)) throw e;
    throw new CliError([`cannot read the data file '${printable(request.data)}': ${fileErrorReason(e)}`]);
  }
  const parsed = parseFitData(text, scenario);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    throw new CliError([...parsed.errors.map((e) => `${printable(request.data)}: ${e}`), `${printable(request.data)}: not valid fit data (${n} problem${n === 1 ? '' : 's'} shown; docs/fit.md describes the format)`]);
  }
  checkFitOutputs(io, request);

  const spec = { scenario, data: parsed.data, source: request.data.split(/[\\/]/).pop() ?? request.data, seed: request.seed, replications: request.replications };
  const { outcome, interrupted } = await withExecutor(io, context, { label: `fit ${request.data}`, outputs: request, workers: request.workers },
    (executor, control) => fitToData(spec, executor, control));
  const { result, error } = outcome;
  // Data the simulation never produces is a problem with the input (or too few runs): exit 2, in words.
  if (error instanceof FitRefusal) throw new CliError([error.message.replace('raise the runs per grid point', 'raise --replications')]);
  if (error !== undefined) throw error;
  if (!result.complete || result.calibrated === null) {
    io.stderr(`interdict: ${interrupted ? 'interrupted' : 'stopped'} before the simulation grid finished; nothing written\n`);
    return EXIT_INTERRUPTED;
  }
  io.stdout(`${fitSummaryLines(result).join('\n')}\n`);
  if (request.out !== undefined) writeAtomic(io, request.out, `${JSON.stringify(result.calibrated, null, 2)}\n`);
  if (request.report !== undefined) {
    const svg = plotPath(request.report);
    writeAtomic(io, svg, `${fitPlotSvg(result)}\n`);
    writeAtomic(io, request.report, fitReportMarkdown(result, svg.split(/[\\/]/).pop() ?? svg));
  }
  return EXIT.ok;
}

/** Refuses outputs that cannot be written or would overwrite an input or each other. */
function checkFitOutputs(io: CliIo, request: FitRequest): void {
  const problems: string[] = [];
  const inputs = new Set([resolve(request.data), ...(request.source.kind === 'file' ? [resolve(request.source.path)] : [])]);
  const outputs: [string, string | undefined][] = [
    ['--out', request.out],
    ['--report', request.report],
    ['--report (its plot)', request.report === undefined ? undefined : plotPath(request.report)],
  ];
  const seen = new Set<string>();
  for (const [option, path] of outputs) {
    if (path === undefined) continue;
    if (inputs.has(resolve(path))) problems.push(`${option} '${printable(path)}' is an input file; the fit would overwrite it`);
    else if (seen.has(resolve(path))) problems.push(`${option} '${printable(path)}' is also another output`);
    else {
      seen.add(resolve(path));
      const problem = checkWritable(io, path);
      if (problem !== undefined) problems.push(`${option}: ${problem}`);
    }
  }
  if (problems.length > 0) throw new CliError(problems);
}

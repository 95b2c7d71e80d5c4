/**
 * `optimize --problem FILE`: the best settings of a scenario for an objective under constraints,
 * by a genetic search and OCBA-CO selection on worker threads (docs/optimize.md). Writes the
 * result like every experiment (JSON, and with --csv/--memo the finalists; Ctrl-C keeps what ran,
 * marked `"complete": false`), and then says the answer on stderr: the chosen settings against the
 * base scenario with their intervals, and the finalists' table. With --uncertainty FILE the base and
 * the finalists are then run in the file's plausible worlds (`underUncertainty.ts`); the file is
 * checked, as `compare --uncertainty` checks it, before any run.
 */
import {
  chosenSentence, finalistsTable, optimize, optimizeUnderUncertainty, parseProblem, planSecondOrder, plannedRuns, searchGrid, uncertaintyRuns, worldsParagraphs,
  type OptimizeProblem, type OptimizeResult,
} from '../../experiments/index.js';
import { checkExperiment } from '../checkEstimate.js';
import type { CliContext } from '../context.js';
import type { OptimizeRequest } from '../experimentArgs.js';
import { runExperiment } from '../experimentRun.js';
import type { CliIo } from '../io.js';
import { fileProblems, readJsonFile } from '../loadGrid.js';
import { formatTable } from '../textTable.js';
import { defaultWorkers } from '../workerPool.js';
import { problems, readUncertaintyFile } from './uncertain.js';
import { CliError } from '../CliError.js';

/**
 * Runs `optimize` and returns the exit code.
 *
 * @example
 * await optimizeCommand(io, { command: 'optimize', problem: 'docs/problems/baseline-roster.json', ... }, context);
 */
export async function optimizeCommand(io: CliIo, request: OptimizeRequest, context: CliContext): Promise<number> {
  const problem = readProblemFile(io, request.problem);
  const file = request.uncertainty;
  const uncertainty = file === undefined ? undefined : readUncertaintyFile(io, file, [{ label: problem.base.scenario.name, scenario: problem.base.scenario }], searchGrid(problem));
  if (uncertainty !== undefined && file !== undefined) {
    // Every plausible world must make a valid base scenario (the finalists are checked after the search).
    const worlds = planSecondOrder({ experiment: 'replicate', arms: [{ label: problem.base.scenario.name, scenario: problem.base.scenario }], uncertainty, seed: 1, inner: 2, days: problem.days, warmupDays: problem.warmupDays });
    if (!worlds.ok) throw new CliError(problems(file, worlds.errors));
  }
  const planned = plannedRuns(problem) + (uncertainty === undefined ? 0 : uncertaintyRuns(problem, uncertainty));
  checkExperiment(Array.from({ length: planned }, () => ({ scenario: problem.base.scenario, days: problem.days })), request.workers ?? defaultWorkers());
  return runExperiment(io, context, {
    label: `optimize ${request.problem}${file === undefined ? '' : ` under ${file}`} (at most ${planned} runs)`,
    outputs: request,
    inputs: file === undefined ? [request.problem] : [request.problem, file],
    workers: request.workers,
    run: (executor, control) => (uncertainty === undefined ? optimize(problem, executor, control) : optimizeUnderUncertainty(problem, uncertainty, executor, control)),
    after: (result) => {
      if (request.progress !== false) io.stderr(answerText(result));
    },
  });
}

/** The checked problem in a file; throws a `CliError` naming each problem (exit 2). */
export function readProblemFile(io: CliIo, path: string): OptimizeProblem {
  const r = parseProblem(readJsonFile(io, path, 'problem file'));
  if (r.ok) return r.problem;
  throw fileProblems(path, r.errors, 'problem');
}

/**
 * The answer for a person: the chosen settings against the base, and the finalists' table.
 *
 * @example
 * io.stderr(answerText(result));
 */
export function answerText(result: OptimizeResult): string {
  const t = finalistsTable(result);
  const worlds = worldsParagraphs(result).map((p) => `${wrap(p, 100)}\n\n`).join('');
  return `\n${result.problem.name}\n${wrap(chosenSentence(result), 100)}\n\n${formatTable([t.header, ...t.rows], t.align)}\n\n${worlds}`;
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

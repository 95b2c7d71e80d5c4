/**
 * `optimize --problem FILE`: the best settings of a scenario for an objective under constraints,
 * by a genetic search and OCBA-CO selection on worker threads (docs/optimize.md). Writes the
 * result like every experiment (JSON, and with --csv/--memo the finalists; Ctrl-C keeps what ran,
 * marked `"complete": false`), and then says the answer on stderr: the chosen settings against the
 * base scenario with their intervals, and the finalists' table.
 */
import { chosenSentence, finalistsTable, optimize, parseProblem, plannedRuns, type OptimizeProblem, type OptimizeResult } from '../../experiments/index.js';
import { checkExperiment } from '../checkEstimate.js';
import type { CliContext } from '../context.js';
import type { OptimizeRequest } from '../experimentArgs.js';
import { runExperiment } from '../experimentRun.js';
import type { CliIo } from '../io.js';
import { fileProblems, readJsonFile } from '../loadGrid.js';
import { formatTable } from '../textTable.js';
import { defaultWorkers } from '../workerPool.js';

/**
 * Runs `optimize` and returns the exit code.
 *
 * @example
 * await optimizeCommand(io, { command: 'optimize', problem: 'docs/problems/baseline-roster.json', ... }, context);
 */
export async function optimizeCommand(io: CliIo, request: OptimizeRequest, context: CliContext): Promise<number> {
  const problem = readProblemFile(io, request.problem);
  const planned = plannedRuns(problem);
  checkExperiment(Array.from({ length: planned }, () => ({ scenario: problem.base.scenario, days: problem.days })), request.workers ?? defaultWorkers());
  return runExperiment(io, context, {
    label: `optimize ${request.problem} (at most ${planned} runs)`,
    outputs: request,
    inputs: [request.problem],
    workers: request.workers,
    run: (executor, control) => optimize(problem, executor, control),
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
  return `\n${result.problem.name}\n${wrap(chosenSentence(result), 100)}\n\n${formatTable([t.header, ...t.rows], t.align)}\n\n`;
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

/**
 * Where experiment results go: the JSON (`--out FILE`, or standard output), the CSV (`--csv`) and
 * the memo (`--memo FILE.md|.html`). Every file is checked before the first run (a folder that
 * does not exist, an output that would overwrite an input or another output) and written
 * atomically after the last (`writeAtomic.ts`): complete, or not at all.
 *
 * Incomplete results: a cancelled or failed experiment, or a shard, writes only its JSON, which
 * says `"complete": false` and lists the missing runs; never a CSV or memo, which could be
 * mistaken for the experiment's answer. Standard output receives a result only when the command
 * succeeds.
 */
import { resolve } from 'node:path';
import { memoHtml, memoMarkdown, resultCsv, resultJson, type ExperimentResult } from '../experiments/index.js';
import { CliError } from './CliError.js';
import type { Outputs } from './experimentArgs.js';
import { fileErrorReason, isFileError } from './fileErrors.js';
import type { CliIo } from './io.js';
import { checkWritable, writeAtomic } from './writeAtomic.js';

/**
 * Refuses outputs that cannot be written, that name the same file twice, or that would overwrite
 * an input file. Call before running anything.
 *
 * @example
 * checkOutputs(io, request, ['grid.json']); // throws CliError(["--csv 'grid.json' is an input file; ..."])
 */
export function checkOutputs(io: CliIo, outputs: Outputs, inputs: readonly string[]): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const input of inputs) seen.set(resolve(input), 'input');
  for (const option of ['out', 'csv', 'memo'] as const) {
    const path = outputs[option];
    if (path === undefined) continue;
    const other = seen.get(resolve(path));
    if (other === 'input') problems.push(`--${option} '${path}' is an input file; the results would overwrite it`);
    else if (other !== undefined) problems.push(`--${option} '${path}' is also given to ${other}`);
    else {
      seen.set(resolve(path), `--${option}`);
      const problem = checkWritable(io, path);
      if (problem !== undefined) problems.push(`--${option}: ${problem}`);
    }
  }
  if (problems.length > 0) throw new CliError(problems);
}

/**
 * Writes a finished result: its JSON (to --out or standard output), and its CSV and memo when
 * asked for and the result is complete.
 *
 * @example
 * writeResult(io, request, result);
 */
export function writeResult(io: CliIo, outputs: Outputs, result: ExperimentResult): void {
  const json = resultJson(result);
  if (outputs.out === undefined) io.stdout(json);
  else write(io, outputs.out, json);
  if (!result.complete) return;
  if (outputs.csv !== undefined) write(io, outputs.csv, resultCsv(result));
  if (outputs.memo !== undefined) write(io, outputs.memo, /\.md$/i.test(outputs.memo) ? memoMarkdown(result) : memoHtml(result));
}

/**
 * Writes an unfinished result's JSON to --out (marked `"complete": false`, with its runs), and
 * says on stderr what was kept; nothing goes to standard output.
 *
 * @example
 * writePartial(io, request, result, 'interrupted'); // "interdict: interrupted after 12 of 40 runs; ..."
 */
export function writePartial(io: CliIo, outputs: Outputs, result: ExperimentResult, why: string): void {
  const done = result.runs?.length ?? 0;
  const total = done + result.missing.length;
  const head = `interdict: ${why} after ${done} of ${total} runs`;
  if (outputs.out === undefined) {
    io.stderr(`${head}; nothing written (with --out FILE the finished runs are kept, marked "complete": false)\n`);
    return;
  }
  write(io, outputs.out, resultJson(result));
  io.stderr(`${head}; '${outputs.out}' holds the finished runs, marked "complete": false; no CSV or memo written\n`);
}

function write(io: CliIo, path: string, text: string): void {
  try {
    writeAtomic(io, path, text);
  } catch (e) {
    if (!isFileError(e)) throw e;
    throw new CliError([`cannot write '${path}': ${fileErrorReason(e)}`]);
  }
}

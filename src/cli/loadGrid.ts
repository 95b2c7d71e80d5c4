/**
 * Reads and checks a grid file for `sweep --grid`, reporting every problem as
 * `FILE: path: message`, one per line, like scenario files (`loadScenario.ts`).
 */
import { parseGrid, type GridSpec } from '../experiments/index.js';
import { formatErrors, type ScenarioError } from '../scenario/index.js';
import { parseJsonText } from '../scenario/jsonText.js';
import { CliError } from './CliError.js';
import { fileErrorReason, isFileError } from './fileErrors.js';
import type { CliIo } from './io.js';

/**
 * The checked grid in a file; throws a `CliError` naming each problem.
 *
 * @example
 * readGridFile(io, 'bad-grid.json');
 * // throws CliError: ["bad-grid.json: parameters.1.path: no rule with id 'aed' in targeting.rules (ids: ...)", ...]
 */
export function readGridFile(io: CliIo, path: string): GridSpec {
  const value = readJsonFile(io, path, 'grid file');
  const r = parseGrid(value);
  if (r.ok) return r.grid;
  throw fileProblems(path, r.errors, 'grid');
}

/**
 * The error for a checked file's problems: `FILE: path: message` per problem, then a count.
 *
 * @example
 * throw fileProblems('problem.json', errors, 'problem'); // "...: not a valid problem (2 problems)"
 */
export function fileProblems(path: string, errors: readonly ScenarioError[], what: string): CliError {
  const count = errors.length;
  const lines = formatErrors([...errors]).split('\n').map((line) => `${path}: ${line}`);
  return new CliError([...lines, `${path}: not a valid ${what} (${count} problem${count === 1 ? '' : 's'})`]);
}

/**
 * A JSON file's value; throws a `CliError` when it cannot be read or is not JSON.
 *
 * @example
 * readJsonFile(io, 'part-1.json', 'part file');
 */
export function readJsonFile(io: CliIo, path: string, what: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    if (!isFileError(e)) throw e;
    throw new CliError([`cannot read ${what} '${path}': ${fileErrorReason(e)}`]);
  }
  const json = parseJsonText(text.replace(/^\uFEFF/, ''));
  if (!json.ok) throw new CliError([`${path}: ${json.error.message}`]);
  return json.value;
}

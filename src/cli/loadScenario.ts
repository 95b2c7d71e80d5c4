/**
 * Turns `--preset NAME` or a scenario file into a validated `Scenario`, shared by `run` and
 * `validate` so both report a bad file the same way: one line per problem, as
 * `FILE: path: message`, the format compilers use and editors can jump to.
 */
import { formatErrors, getPreset, loadScenarioJson, type Scenario } from '../scenario/index.js';
import type { ScenarioSource } from './args.js';
import { CliError } from './CliError.js';
import { fileErrorReason, isFileError } from './fileErrors.js';
import type { CliIo } from './io.js';

/**
 * The scenario a source names, validated and frozen. Throws a `CliError` when the file cannot be
 * read or is not a valid scenario (preset names are checked while parsing arguments).
 *
 * @example
 * loadScenario(io, { kind: 'file', path: 'my-scenario.json' }).name;
 */
export function loadScenario(io: CliIo, source: ScenarioSource): Scenario {
  return source.kind === 'preset' ? getPreset(source.name).scenario : readScenarioFile(io, source.path);
}

/**
 * Reads and validates a scenario file. Every problem is reported, each on its own line.
 *
 * @example
 * readScenarioFile(io, 'bad.json');
 * // throws CliError: ['bad.json: stations.xray.officersByShift.0: must be >= 0', ...]
 */
export function readScenarioFile(io: CliIo, path: string): Scenario {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    if (!isFileError(e)) throw e;
    throw new CliError([`cannot read scenario file '${path}': ${fileErrorReason(e)}`]);
  }
  // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const result = loadScenarioJson(text.replace(/^\uFEFF/, ''));
  if (result.ok) return result.scenario;
  const count = result.errors.length;
  const lines = formatErrors(result.errors).split('\n').map((line) => `${path}: ${line}`);
  throw new CliError([...lines, `${path}: not a valid scenario (${count} problem${count === 1 ? '' : 's'})`]);
}

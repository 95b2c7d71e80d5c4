/**
 * `validate FILE`: checks a scenario file without running it. Prints `ok: <name>` when the file
 * is a valid scenario; otherwise every problem, each with its path (exit 2, via `CliError`).
 */
import type { CliIo } from '../io.js';
import { EXIT } from '../CliError.js';
import { readScenarioFile } from '../loadScenario.js';

/**
 * Runs `validate` and returns the exit code; a bad file throws a `CliError` listing each problem.
 *
 * @example
 * validateCommand(io, 'my-scenario.json'); // prints "ok: my-scenario", returns 0
 */
export function validateCommand(io: CliIo, file: string): number {
  const scenario = readScenarioFile(io, file);
  io.stdout(`ok: ${scenario.name}\n`);
  return EXIT.ok;
}

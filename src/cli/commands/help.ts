/**
 * `help`, `--help`, `-h` or no command at all: prints the usage text to standard output (it was
 * asked for, so it is output, not an error) and succeeds.
 */
import { EXIT } from '../CliError.js';
import type { CliIo } from '../io.js';
import { usageText } from '../usage.js';

/**
 * Prints the usage text; returns the exit code.
 *
 * @example
 * helpCommand(io); // "Usage: npm run sim -- <command> [options]" ...
 */
export function helpCommand(io: CliIo): number {
  io.stdout(usageText());
  return EXIT.ok;
}

/**
 * The usage text shown by `help`, `--help`, `-h` and a bare `npm run sim`. It is the CLI's
 * reference card; docs/cli.md says the same at length, with every field of the results.
 */
import { EXIT } from './CliError.js';
import { MAX_DAYS } from './args.js';

/**
 * The usage text, ending in a newline.
 *
 * @example
 * io.stdout(usageText());
 */
export function usageText(): string {
  return `Interdict: a discrete-event simulation of parcel screening at an international mail facility.

Usage: npm run sim -- <command> [options]

Commands:
  run (--preset NAME | --scenario FILE) [options]
                     Simulate one run and print its results.
  presets            List the preset scenarios with one-line summaries.
  validate FILE      Check a scenario file: prints "ok: <name>", or every problem.
  schema             Print the JSON Schema of scenario files.
  help               Print this text (also --help, -h).

Options for run:
  --preset NAME      Run a preset scenario (see 'presets').
  --scenario FILE    Run the scenario in a JSON file (check it with 'validate').
  --seed N           Random seed, an integer >= 0 (default 1). The same scenario and
                     seed give byte-identical JSON.
  --days N           Simulate N days, 1 to ${MAX_DAYS} (default: the scenario's "days").
  --format F         json (default): every result, for programs;
                     text: a summary with units, for people.
  --out FILE         Write the results to FILE instead of standard output. FILE is
                     replaced only when the run succeeds, never left half-written.
  --progress         Show progress on standard error for runs longer than a second
                     (the default when standard error is a terminal).
  --quiet            Never show progress.

Exit codes:
  ${EXIT.ok}  success
  ${EXIT.internal}  internal error (set INTERDICT_DEBUG=1 to see the stack trace)
  ${EXIT.usage}  bad input: an option, a file or a scenario (stderr names each problem)

Examples:
  npm run sim -- run --preset baseline --format text
  npm run sim -- run --scenario my-scenario.json --seed 7 --days 3 --out results.json
  npm run -s sim -- run --preset baseline > results.json
                     (-s keeps npm's own banner out of standard output)
  npm run sim -- validate my-scenario.json

Documentation: docs/cli.md
`;
}

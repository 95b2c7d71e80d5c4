/**
 * The usage text shown by `help`, `--help`, `-h` and a bare `npm run sim`. It is the CLI's
 * reference card; docs/cli.md says the same at length, with every field of the results.
 */
import { EXIT } from './CliError.js';
import { MAX_DAYS } from './args.js';
import { DEFAULT_MAX_REPLICATIONS, DEFAULT_MIN_REPLICATIONS, DEFAULT_REPLICATIONS } from './experimentArgs.js';
import { EXIT_INTERRUPTED } from './interrupt.js';

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
  replicate (--preset NAME | --scenario FILE) [options]
                     R runs with seeds seed..seed+R-1: mean, sd and 95% interval
                     of every metric (or --precision: runs until a target is met).
  sweep --grid FILE [options]
                     Every point of a grid of parameters x replications; the
                     frontier of interdiction against flow. --shard i/n: one part.
  compare A B [options]
                     A against B (presets or scenario files) on common random
                     numbers: each metric's difference B - A with its 95% interval.
  merge PART.json... --out FILE.json
                     Join sweep parts into the result of one unsharded sweep.
  fit --data FILE.csv (--preset NAME | --scenario FILE) [--out FILE.json]
      [--report FILE.md] [--replications R] [--workers N] [--seed S]
                     Calibrate to a facility's daily data (docs/fit.md): prevalence
                     per type and the risk score's separation, with 95% intervals;
                     --out saves the calibrated scenario, --report a memo and plot.
  adversary (--preset NAME | --scenario FILE) [options]
                     Rounds of smugglers adapting to where contraband was caught,
                     then the targeting re-tuned (docs/adversary.md): --rounds N
                     (default 11), --rounds-after N, --no-retune, --rate R (10),
                     --replications, --days (default 7), a line per round.
  optimize --problem FILE [options]
                     The best settings for an objective under constraints: a
                     genetic search, then ranking and selection (OCBA) of the best
                     few, each with 95% intervals and P(best) (docs/optimize.md).
  presets            List the preset scenarios with one-line summaries;
                     presets --show NAME prints one as a scenario file to start from.
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
  --live             Run as the browser app's live run does: a day and six hours of
                     warm-up from empty, then N days from 06:00 of day 1. With the
                     app's scenario (changes made while running included), this
                     gives the numbers the app showed.

Options for replicate, sweep, compare, merge and optimize (docs/cli.md has them all):
  --preset, --scenario, --seed, --days
                     As for run; --seed is the first replication's seed.
  --replications R   Runs per scenario, 2 or more (default ${DEFAULT_REPLICATIONS}).
  --precision M=T[%] replicate: add runs until metric M's 95% half-width is at most
                     T (or T% of its mean); --min-replications, --max-replications
                     bound the runs (default ${DEFAULT_MIN_REPLICATIONS} and ${DEFAULT_MAX_REPLICATIONS}).
  --warmup-days N    Leave the first N days of each run out of the statistics.
  --independent      compare: seeds of B offset, instead of common random numbers.
  --grid FILE        sweep: the grid file (docs/experiments.md).
  --shard i/n        sweep: run only part i of n, to merge later.
  --problem FILE     optimize: the problem file (docs/optimize.md).
  --workers N        Worker threads (default: one per core; 0: this thread).
  --out FILE.json    The JSON results (default: standard output).
  --csv FILE.csv     Also write a CSV table: one row per point and metric.
  --memo FILE        Also write a memo for a brief: FILE.md or a printable FILE.html.
  --frontier-x X     releasedPerHour (default), screeningDelayParcelHours,
                     pulledDwellP95Hours, officerHours or dollars.
  --frontier-y Y     interdictionRate (default) or seizures.
  --partial          merge: write an incomplete result rather than refuse.
  --uncertainty FILE replicate, compare, sweep: repeat in plausible worlds drawn from
                     the file's unknown inputs (docs/uncertainty.md).
  Ctrl-C stops an experiment: --out then holds the finished runs, marked
  "complete": false, and no CSV or memo is written (exit code ${EXIT_INTERRUPTED}).

Exit codes:
  ${EXIT.ok}  success
  ${EXIT.internal}  internal error (set INTERDICT_DEBUG=1 to see the stack trace)
  ${EXIT.usage}  bad input: an option, a file or a scenario (stderr names each problem)
  ${EXIT_INTERRUPTED}  an experiment was interrupted (Ctrl-C)

Examples:
  npm run sim -- run --preset baseline --format text
  npm run sim -- run --scenario my-scenario.json --seed 7 --days 3 --out results.json
  npm run -s sim -- run --preset baseline > results.json
                     (-s keeps npm's own banner out of standard output)
  npm run sim -- validate my-scenario.json
  npm run sim -- replicate --preset baseline --replications 20 --csv baseline.csv
  npm run sim -- sweep --grid staffing.json --out sweep.json --memo memo.html
  npm run sim -- compare baseline short-staffed --replications 20 --memo ab.md
  npm run sim -- adversary --preset baseline --memo adversary.html
  npm run sim -- optimize --problem docs/problems/baseline-budget-roster.json --out best.json

Documentation: docs/cli.md
`;
}

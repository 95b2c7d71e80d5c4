/**
 * The command line, parsed and checked: `argv` in, a typed `CommandLine` out, or a `CliError`
 * listing every problem in words a person can act on.
 *
 * Parsing is Node's `util.parseArgs` in strict mode, so an unknown flag or a flag missing its value
 * is never silently ignored. Its errors are written for programmers ("Option '--seed <value>'
 * argument missing"), so each is mapped to a short sentence naming the option. Once the command
 * line has the right shape, the values are checked together, so `--seed x --days 0` reports both.
 */
import { parseArgs } from 'node:util';
import { presetNames, scenarioSchema } from '../scenario/index.js';
import { CliError } from './CliError.js';
import {
  EXPERIMENT_ACCEPTS, EXPERIMENT_COMMANDS, EXPERIMENT_OPTIONS, EXPERIMENT_POSITIONALS, experimentRequest,
  type ExperimentCommand, type ExperimentRequest,
} from './experimentArgs.js';

/** Where `run` gets its scenario. */
export type ScenarioSource = { kind: 'preset'; name: string } | { kind: 'file'; path: string };

/** How `run` writes its results. */
export type OutputFormat = 'json' | 'text';

/** Everything `run` needs, checked. */
export interface RunRequest {
  source: ScenarioSource;
  /** Non-negative safe integer; default 1. */
  seed: number;
  /** Positive whole days; undefined means the scenario's own `days`. */
  days: number | undefined;
  format: OutputFormat;
  /** Results file; undefined means standard output. */
  out: string | undefined;
  /** true: --progress, false: --quiet, undefined: only when stderr is a terminal. */
  progress: boolean | undefined;
}

/** A checked command line. */
export type CommandLine =
  | { command: 'help' }
  | { command: 'presets' }
  | { command: 'schema' }
  | { command: 'validate'; file: string }
  | ({ command: 'run' } & RunRequest)
  | ExperimentRequest;

/** The commands, in the order `help` lists them. */
export const COMMANDS = ['run', ...EXPERIMENT_COMMANDS, 'presets', 'validate', 'schema', 'help'] as const;
type CommandName = (typeof COMMANDS)[number];

const OPTIONS = {
  preset: { type: 'string' },
  scenario: { type: 'string' },
  seed: { type: 'string' },
  days: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  progress: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...EXPERIMENT_OPTIONS,
} as const;
type OptionName = keyof typeof OPTIONS;

/** Options each command accepts besides --help. */
const ACCEPTS: Record<CommandName, readonly OptionName[]> = {
  run: ['preset', 'scenario', 'seed', 'days', 'format', 'out', 'progress', 'quiet'],
  presets: [],
  validate: [],
  schema: [],
  help: [],
  ...EXPERIMENT_ACCEPTS,
};

/** Positional arguments each command takes after its name. */
const POSITIONALS: Record<CommandName, { min: number; max: number; what: string }> = {
  run: { min: 0, max: 0, what: '' },
  presets: { min: 0, max: 0, what: '' },
  validate: { min: 1, max: 1, what: 'FILE, the scenario file to check' },
  schema: { min: 0, max: 0, what: '' },
  help: { min: 0, max: Infinity, what: '' },
  ...EXPERIMENT_POSITIONALS,
};

/** The longest run `--days` allows: the same bound as a scenario's own `days` field. */
export const MAX_DAYS: number = scenarioSchema.shape.days.maxValue ?? 366;

/**
 * Parses and checks a command line (the arguments after `npm run sim --`). Throws a `CliError`
 * naming every problem found.
 *
 * @example
 * parseCommandLine(['run', '--preset', 'baseline', '--seed', '7']);
 * // { command: 'run', source: { kind: 'preset', name: 'baseline' }, seed: 7, days: undefined, format: 'json', ... }
 * parseCommandLine(['run', '--seed', 'x']); // throws: "--seed must be a non-negative integer, got 'x'" ...
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    throw new CliError([friendlyParseError(e, argv)], true);
  }
  const { values, positionals, tokens } = parsed;
  const [name, ...rest] = positionals;
  if (values.help === true || name === undefined || name === 'help') return { command: 'help' };
  if (!isCommand(name)) {
    throw new CliError([`unknown command '${name}'; commands: ${COMMANDS.join(', ')}`], true);
  }

  const errors: string[] = [];
  const given = new Map<string, number>();
  for (const t of tokens) if (t.kind === 'option') given.set(t.name, (given.get(t.name) ?? 0) + 1);
  for (const [option, times] of given) {
    if (option === 'help') continue;
    if (!ACCEPTS[name].includes(option as OptionName)) errors.push(`option --${option} does not apply to '${name}'`);
    else if (times > 1) errors.push(`option --${option} is given ${times} times; give it once`);
  }
  const arity = POSITIONALS[name];
  if (rest.length < arity.min) errors.push(`'${name}' needs ${arity.what}`);
  if (rest.length > arity.max) errors.push(`unexpected argument '${rest[arity.max]}' after '${name}'`);

  let line: CommandLine | undefined;
  if (name === 'run') line = runRequest(values, errors);
  else if (name === 'validate') line = { command: 'validate', file: rest[0] };
  else if (isExperiment(name)) line = experimentRequest(name, values, rest, errors, checkValue);
  else line = { command: name };
  if (errors.length > 0 || line === undefined) throw new CliError(errors, true);
  return line;
}

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

function isExperiment(name: string): name is ExperimentCommand {
  return (EXPERIMENT_COMMANDS as readonly string[]).includes(name);
}

type Values = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

function runRequest(values: Values, errors: string[]): ({ command: 'run' } & RunRequest) | undefined {
  let source: ScenarioSource | undefined;
  if (values.preset !== undefined && values.scenario !== undefined) {
    errors.push('give either --preset or --scenario, not both');
  } else if (values.preset !== undefined) {
    const problem = checkValue('preset', values.preset);
    if (problem) errors.push(problem);
    else source = { kind: 'preset', name: values.preset };
  } else if (values.scenario !== undefined) {
    const problem = checkValue('scenario', values.scenario);
    if (problem) errors.push(problem);
    else source = { kind: 'file', path: values.scenario };
  } else {
    errors.push("'run' needs a scenario: give --preset NAME or --scenario FILE");
  }
  const problems = (['seed', 'days', 'format', 'out'] as const)
    .map((o) => (values[o] === undefined ? undefined : checkValue(o, values[o])))
    .filter((p): p is string => p !== undefined);
  errors.push(...problems);
  if (values.progress === true && values.quiet === true) errors.push('give either --progress or --quiet, not both');
  if (source === undefined || errors.length > 0) return undefined;
  return {
    command: 'run',
    source,
    seed: values.seed === undefined ? 1 : Number(values.seed),
    days: values.days === undefined ? undefined : Number(values.days),
    format: (values.format ?? 'json') as OutputFormat,
    out: values.out,
    progress: values.progress === true ? true : values.quiet === true ? false : undefined,
  };
}

/** Why the value of a string option is not acceptable, or undefined when it is. */
function checkValue(option: OptionName, value: string): string | undefined {
  switch (option) {
    case 'seed':
      return /^\d+$/.test(value) && Number.isSafeInteger(Number(value))
        ? undefined
        : `--seed must be a non-negative integer (0 to ${Number.MAX_SAFE_INTEGER}), got '${value}'`;
    case 'days':
      if (!/^\d+$/.test(value) || Number(value) < 1) return `--days must be a positive integer, got '${value}'`;
      return Number(value) > MAX_DAYS ? `--days must be at most ${MAX_DAYS}, got '${value}'` : undefined;
    case 'format':
      return value === 'json' || value === 'text' ? undefined : `--format must be json or text, got '${value}'`;
    case 'preset':
      return presetNames().includes(value)
        ? undefined
        : `--preset: unknown preset '${value}'; valid presets: ${presetNames().join(', ')}`;
    case 'scenario':
    case 'out':
      return value === '' ? `--${option} needs a file name` : undefined;
    default:
      return undefined;
  }
}

/** Node's parseArgs error, as a sentence naming the option. */
function friendlyParseError(error: unknown, argv: readonly string[]): string {
  const code = (error as { code?: string } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const option = quoted.replace(/^-+/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = closestOption(option);
    return `unknown option '${quoted}'` + (guess ? `; did you mean --${guess}?` : '');
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `option ${quoted} takes no value`;
    if (/ambiguous/.test(message)) {
      // `--seed -1`: parseArgs will not take a value starting with '-'. Check it as the value it
      // was probably meant to be, so the message says what is wrong with it.
      const value = argv[argv.indexOf(quoted) + 1] ?? '';
      const problem = option in OPTIONS ? checkValue(option as OptionName, value) : undefined;
      return problem ?? `option ${quoted} needs a value; '${value}' looks like an option (write ${quoted}=${value} if it is the value)`;
    }
    return `option ${quoted} needs a value`;
  }
  return `cannot read the command line: ${message.split('\n')[0]}`;
}

/** The known option nearest to a misspelt one (edit distance at most 2), if any. */
function closestOption(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of Object.keys(OPTIONS)) {
    const d = editDistance(name.toLowerCase(), known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

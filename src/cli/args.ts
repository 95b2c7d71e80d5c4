/**
 * The command line, parsed and checked: `argv` in, a typed `CommandLine` out, or a `CliError`
 * listing every problem in words a person can act on.
 *
 * Splitting `argv` into options and arguments is Node's `util.parseArgs`, in its lenient mode
 * with tokens: strict mode throws at the first mistake, in words written for programmers
 * ("Option '--seed <value>' argument missing"), and we want every mistake at once, in our own
 * words. So the tokens are checked here (`readOptions`): an unknown flag, a flag missing its
 * value, or a value given to a switch is never silently ignored. Then the values are checked
 * together, so `--colour --seed x --days 0` reports all three.
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
  /** --live: run as the browser app's live run does (a warm opening at 06:00, src/model/liveRun.ts). */
  live: boolean;
}

/** A checked command line. */
export type CommandLine =
  | { command: 'help' }
  | { command: 'presets'; show: string | undefined }
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
  live: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  show: { type: 'string' },
  ...EXPERIMENT_OPTIONS,
} as const;
type OptionName = keyof typeof OPTIONS;

/** Options each command accepts besides --help. */
const ACCEPTS: Record<CommandName, readonly OptionName[]> = {
  run: ['preset', 'scenario', 'seed', 'days', 'format', 'out', 'progress', 'quiet', 'live'],
  presets: ['show'],
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
  const { values, positionals, given, unknown, errors } = readOptions(argv);
  const [name, ...rest] = positionals;
  if (values.help === true || name === undefined || name === 'help') return { command: 'help' };
  if (!isCommand(name)) {
    throw new CliError([...errors, `unknown command '${name}'; commands: ${COMMANDS.join(', ')}`], true);
  }

  for (const [option, times] of given) {
    if (option === 'help') continue;
    if (!ACCEPTS[name].includes(option)) errors.push(`option --${option} does not apply to '${name}'`);
    else if (times > 1) errors.push(`option --${option} is given ${times} times; give it once`);
  }
  // After an unknown option, which words are arguments is a guess: say nothing about their number.
  const arity = POSITIONALS[name];
  if (!unknown && rest.length < arity.min) errors.push(`'${name}' needs ${arity.what}`);
  if (!unknown && rest.length > arity.max) errors.push(`unexpected argument '${rest[arity.max]}' after '${name}'`);

  let line: CommandLine | undefined;
  if (name === 'run') line = runRequest(values, errors);
  else if (name === 'validate') line = { command: 'validate', file: rest[0] };
  else if (name === 'presets') {
    const show = values.show;
    if (show !== undefined && !presetNames().includes(show)) errors.push(`--show: unknown preset '${show}'; valid presets: ${presetNames().join(', ')}`);
    line = { command: 'presets', show };
  }
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

/** The command line split into options and arguments, and what is wrong with its shape. */
interface ReadOptions {
  /** Each known option's value (the last, if given more than once). */
  values: Values;
  /** The command and its arguments. */
  positionals: string[];
  /** How many times each known option was given. */
  given: Map<OptionName, number>;
  /** True when some option was not recognised. */
  unknown: boolean;
  /** Unknown options, options missing their value, values given to switches. */
  errors: string[];
}

/**
 * Splits `argv` with `util.parseArgs` (lenient, so it never throws) and checks its tokens, so
 * every mistake in the shape of the command line is found, not only the first.
 */
function readOptions(argv: readonly string[]): ReadOptions {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean> = {};
  const given = new Map<OptionName, number>();
  const errors: string[] = [];
  const valueOf = new Set<number>(); // argv indexes that are (probably) an unknown option's value
  let unknown = false;
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'option') continue;
    if (!isOption(t.name)) {
      unknown = true;
      const guess = closestOption(t.name);
      errors.push(`unknown option '${t.rawName}'` + (guess ? `; did you mean --${guess}?` : ''));
      // `--sed 3`: the 3 was meant as its value, not as an argument of the command.
      const next = tokens[i + 1];
      if (t.rawName.startsWith('--') && t.value === undefined && next?.kind === 'positional' && next.index === t.index + 1) valueOf.add(next.index);
      continue;
    }
    given.set(t.name, (given.get(t.name) ?? 0) + 1);
    if (OPTIONS[t.name].type === 'boolean') {
      if (t.value === undefined) values[t.name] = true;
      else errors.push(`option --${t.name} takes no value`);
    } else if (t.value === undefined) {
      errors.push(`option --${t.name} needs a value`);
    } else if (!t.inlineValue && /^-[^\d.]/.test(t.value)) {
      // `--seed --quiet`: a value of its own would not look like an option; `--seed -1` is still
      // taken as a value, and its own check says what is wrong with it.
      errors.push(`option --${t.name} needs a value; '${t.value}' looks like an option (write --${t.name}=${t.value} if it is the value)`);
    } else {
      values[t.name] = t.value;
    }
  }
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' && !valueOf.has(t.index) ? [t.value] : []));
  return { values: values as Values, positionals, given, unknown, errors };
}

function isOption(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

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
    live: values.live === true,
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

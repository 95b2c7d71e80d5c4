/**
 * The command lines of the experiment commands, `replicate`, `sweep`, `compare`, `merge` and `optimize`:
 * their options (merged into `args.ts`'s table, so unknown options are caught as for `run`) and
 * the checks of their values. Like `args.ts`, every problem
 * is collected, each naming its option, so one attempt reports them all.
 */
// From the files, not experiments/index.js: parsing the command line must not load the model,
// so that `help` and mistakes in options answer at once.
import { FRONTIER_X, FRONTIER_Y, type FrontierX, type FrontierY } from '../experiments/frontier.js';
import { MAX_REPLICATIONS } from '../experiments/gridSchema.js';
import { parsePrecisionTarget, type PrecisionTarget } from '../experiments/precision.js';
import { parseShard, type AutoShard, type Shard } from '../experiments/shard.js';
import { presetNames } from '../scenario/index.js';
import { DEFAULT_RATE } from '../experiments/adversary/responseRule.js';
import { DEFAULT_FIT_REPLICATIONS } from '../experiments/fit/fitModel.js';

/** The experiment commands' options, for `util.parseArgs`. */
export const EXPERIMENT_OPTIONS = {
  replications: { type: 'string' },
  precision: { type: 'string' },
  'min-replications': { type: 'string' },
  'max-replications': { type: 'string' },
  'warmup-days': { type: 'string' },
  workers: { type: 'string' },
  csv: { type: 'string' },
  memo: { type: 'string' },
  grid: { type: 'string' },
  shard: { type: 'string' },
  'frontier-x': { type: 'string' },
  'frontier-y': { type: 'string' },
  independent: { type: 'boolean' },
  partial: { type: 'boolean' },
  uncertainty: { type: 'string' },
  data: { type: 'string' },
  report: { type: 'string' },
  rounds: { type: 'string' },
  'rounds-after': { type: 'string' },
  'no-retune': { type: 'boolean' },
  rate: { type: 'string' },
  problem: { type: 'string' },
} as const;

export const EXPERIMENT_COMMANDS = ['replicate', 'sweep', 'compare', 'merge', 'fit', 'adversary', 'optimize'] as const;
export type ExperimentCommand = (typeof EXPERIMENT_COMMANDS)[number];

type Option = keyof typeof EXPERIMENT_OPTIONS | 'preset' | 'scenario' | 'seed' | 'days' | 'out' | 'progress' | 'quiet';

/** Options each experiment command accepts besides --help. */
export const EXPERIMENT_ACCEPTS: Record<ExperimentCommand, readonly Option[]> = {
  replicate: ['preset', 'scenario', 'replications', 'precision', 'min-replications', 'max-replications', 'seed', 'days', 'warmup-days', 'workers', 'out', 'csv', 'memo', 'progress', 'quiet', 'uncertainty'],
  sweep: ['grid', 'shard', 'workers', 'out', 'csv', 'memo', 'frontier-x', 'frontier-y', 'progress', 'quiet', 'uncertainty'],
  compare: ['replications', 'seed', 'days', 'warmup-days', 'independent', 'workers', 'out', 'csv', 'memo', 'progress', 'quiet', 'uncertainty'],
  merge: ['out', 'csv', 'memo', 'frontier-x', 'frontier-y', 'partial'],
  fit: ['data', 'preset', 'scenario', 'replications', 'seed', 'workers', 'out', 'report', 'progress', 'quiet'],
  adversary: ['preset', 'scenario', 'replications', 'seed', 'days', 'warmup-days', 'rounds', 'rounds-after', 'no-retune', 'rate', 'workers', 'out', 'csv', 'memo', 'progress', 'quiet'],
  optimize: ['problem', 'workers', 'out', 'csv', 'memo', 'progress', 'quiet', 'uncertainty'],
};

/** Positional arguments of each experiment command. */
export const EXPERIMENT_POSITIONALS: Record<ExperimentCommand, { min: number; max: number; what: string }> = {
  replicate: { min: 0, max: 0, what: '' },
  sweep: { min: 0, max: 0, what: '' },
  compare: { min: 2, max: 2, what: 'two scenarios, A and B: preset names or scenario files' },
  merge: { min: 1, max: Infinity, what: 'the part files to merge (PART.json ...)' },
  fit: { min: 0, max: 0, what: '' },
  adversary: { min: 0, max: 0, what: '' },
  optimize: { min: 0, max: 0, what: '' },
};

/** A preset or a scenario file (the same shape as `args.ts`'s `ScenarioSource`). */
export type Source = { kind: 'preset'; name: string } | { kind: 'file'; path: string };

/** Where an experiment writes. */
export interface Outputs {
  /** JSON results; undefined: standard output. */
  out: string | undefined;
  csv: string | undefined;
  /** A memo, Markdown (.md) or HTML (.html, .htm). */
  memo: string | undefined;
  /** true: --progress, false: --quiet, undefined: when stderr is a terminal. */
  progress: boolean | undefined;
  /** --uncertainty FILE: a second-order Monte Carlo over the file's uncertain inputs (not for merge). */
  uncertainty?: string;
}

export interface ReplicateRequest extends Outputs {
  command: 'replicate';
  source: Source;
  seed: number;
  days: number | undefined;
  warmupDays: number;
  /** Fixed replications, or undefined in precision mode. */
  replications: number | undefined;
  precision: (PrecisionTarget & { minReplications: number; maxReplications: number }) | undefined;
  /** Worker threads; 0 runs in this thread; undefined: one per core. */
  workers: number | undefined;
}

export interface SweepRequest extends Outputs {
  command: 'sweep';
  grid: string;
  /** A part of the sweep: given, or `auto` (from the batch system's environment, read when the command runs). */
  shard: Shard | AutoShard | undefined;
  workers: number | undefined;
  frontierX: FrontierX | undefined;
  frontierY: FrontierY | undefined;
}

export interface CompareRequest extends Outputs {
  command: 'compare';
  a: Source;
  b: Source;
  seed: number;
  days: number | undefined;
  warmupDays: number;
  replications: number;
  mode: 'crn' | 'independent';
  workers: number | undefined;
}

export interface MergeRequest extends Outputs {
  command: 'merge';
  parts: string[];
  out: string;
  frontierX: FrontierX | undefined;
  frontierY: FrontierY | undefined;
  partial: boolean;
}

/** `fit`: calibrate a scenario to a facility's daily data (docs/fit.md). */
export interface FitRequest {
  command: 'fit';
  data: string;
  source: Source;
  seed: number;
  /** Grid runs per d′ value. */
  replications: number;
  workers: number | undefined;
  /** The calibrated scenario file; undefined: not written. */
  out: string | undefined;
  /** The Markdown report (its fit plot beside it as an .svg). */
  report: string | undefined;
  progress: boolean | undefined;
}


export interface AdversaryRequest extends Outputs {
  command: 'adversary';
  source: Source;
  seed: number;
  /** Days per run; default ADVERSARY_DAYS (not the scenario's: a round needs enough contraband to judge routes). */
  days: number;
  warmupDays: number;
  replications: number;
  /** Rounds before the re-tune, round 0 (static) included. */
  rounds: number;
  roundsAfter: number;
  retune: boolean;
  /** The response rule's learning rate, per unit of survival. */
  rate: number;
  workers: number | undefined;
}

export interface OptimizeRequest extends Outputs {
  command: 'optimize';
  problem: string;
  workers: number | undefined;
}

export type ExperimentRequest = ReplicateRequest | SweepRequest | CompareRequest | MergeRequest | FitRequest | AdversaryRequest | OptimizeRequest;

/** Default replications of `replicate` and `compare`, and precision mode's bounds. */
export const DEFAULT_REPLICATIONS = 10;
export const DEFAULT_MIN_REPLICATIONS = 5;
export const DEFAULT_MAX_REPLICATIONS = 200;
/** adversary: default rounds (round 0 and ten adapting), days per run, the most rounds, the largest rate. */
export const ADVERSARY_ROUNDS = 11;
export const ADVERSARY_DAYS = 7;
export const MAX_ROUNDS = 200;
export const MAX_RATE = 1000;
/** Most worker threads `--workers` allows. */
export const MAX_WORKERS = 256;

type Values = Readonly<Record<string, string | boolean | undefined>>;
/** `args.ts`'s checks of the options shared with `run`. */
type SharedCheck = (option: 'seed' | 'days' | 'preset' | 'scenario' | 'out', value: string) => string | undefined;

/**
 * Checks an experiment command line whose shape `args.ts` has checked; pushes each problem onto
 * `errors` and returns the request when there are none.
 *
 * @example
 * experimentRequest('sweep', { grid: 'grid.json', shard: '2/4' }, [], errors, check);
 * // { command: 'sweep', grid: 'grid.json', shard: { index: 2, count: 4 }, ... }
 */
export function experimentRequest(name: ExperimentCommand, values: Values, rest: readonly string[], errors: string[], check: SharedCheck): ExperimentRequest | undefined {
  const before = errors.length;
  const str = (o: string) => values[o] as string | undefined;
  const shared = (o: 'seed' | 'days' | 'out') => {
    const v = str(o);
    const problem = v === undefined ? undefined : check(o, v);
    if (problem) errors.push(problem);
  };
  shared('seed');
  shared('days');
  shared('out');
  const outputs: Outputs = {
    out: str('out'),
    csv: fileOption('csv', str('csv'), errors),
    memo: memoOption(str('memo'), errors),
    progress: values.progress === true ? true : values.quiet === true ? false : undefined,
  };
  if (values.progress === true && values.quiet === true) errors.push('give either --progress or --quiet, not both');
  const workers = integerOption('workers', str('workers'), 0, MAX_WORKERS, errors);
  const seed = str('seed') === undefined ? 1 : Number(str('seed'));
  const days = str('days') === undefined ? undefined : Number(str('days'));
  const warmupDays = integerOption('warmup-days', str('warmup-days'), 0, Infinity, errors) ?? 0;
  if (days !== undefined && warmupDays >= days && errors.length === before) errors.push(`--warmup-days must be less than --days (${days}), got ${warmupDays}`);
  const frontierX = choiceOption('frontier-x', str('frontier-x'), Object.keys(FRONTIER_X), errors) as FrontierX | undefined;
  const frontierY = choiceOption('frontier-y', str('frontier-y'), Object.keys(FRONTIER_Y), errors) as FrontierY | undefined;
  const ok = () => errors.length === before;
  const uncertainty = uncertaintyOption(name, values, errors);
  if (uncertainty !== undefined) outputs.uncertainty = uncertainty;

  switch (name) {
    case 'replicate': {
      const source = sourceOption(name, values, errors, check);
      const replications = integerOption('replications', str('replications'), 2, MAX_REPLICATIONS, errors);
      const precision = precisionOption(values, replications, errors);
      if (!ok() || source === undefined) return undefined;
      return {
        command: 'replicate', source, seed, days, warmupDays, workers, ...outputs,
        replications: precision === undefined ? (replications ?? DEFAULT_REPLICATIONS) : undefined,
        precision,
      };
    }
    case 'sweep': {
      const grid = str('grid');
      if (grid === undefined || grid === '') errors.push("'sweep' needs a grid file: give --grid FILE");
      let shard: Shard | AutoShard | undefined;
      const shardText = str('shard');
      if (shardText !== undefined) {
        const s = parseShard(shardText);
        if (typeof s === 'string') errors.push(`--shard: ${s}`);
        else shard = s;
        if (outputs.csv !== undefined || outputs.memo !== undefined) {
          errors.push('--csv and --memo need the whole sweep: write them with merge, after the shards');
        }
      }
      if (!ok() || grid === undefined) return undefined;
      return { command: 'sweep', grid, shard, workers, frontierX, frontierY, ...outputs };
    }
    case 'compare': {
      const [a, b] = rest.map((r) => positionalSource(r, errors));
      const replications = integerOption('replications', str('replications'), 2, MAX_REPLICATIONS, errors) ?? DEFAULT_REPLICATIONS;
      if (!ok() || a === undefined || b === undefined) return undefined;
      return { command: 'compare', a, b, seed, days, warmupDays, replications, mode: values.independent === true ? 'independent' : 'crn', workers, ...outputs };
    }
    case 'adversary': {
      const source = sourceOption('adversary', values, errors, check);
      const replications = integerOption('replications', str('replications'), 2, MAX_REPLICATIONS, errors) ?? DEFAULT_REPLICATIONS;
      const rounds = integerOption('rounds', str('rounds'), 2, MAX_ROUNDS, errors) ?? ADVERSARY_ROUNDS;
      const roundsAfter = integerOption('rounds-after', str('rounds-after'), 0, MAX_ROUNDS, errors) ?? 0;
      const retune = values['no-retune'] !== true;
      if (!retune && roundsAfter > 0) errors.push('--rounds-after needs the re-tune: leave out --no-retune');
      const rateText = str('rate');
      const rate = rateText === undefined ? DEFAULT_RATE : Number(rateText);
      if (rateText !== undefined && !(/^\d+(\.\d+)?$/.test(rateText) && rate <= MAX_RATE)) errors.push(`--rate (how fast smugglers learn) must be a number from 0 to ${MAX_RATE}, got '${rateText}'`);
      const runDays = days ?? ADVERSARY_DAYS;
      if (days === undefined && warmupDays >= runDays && ok()) errors.push(`--warmup-days must be less than the run's ${runDays} days, got ${warmupDays}`);
      if (!ok() || source === undefined) return undefined;
      return { command: 'adversary', source, seed, days: runDays, warmupDays, replications, rounds, roundsAfter, retune, rate, workers, ...outputs };
    }
    case 'merge': {
      if (outputs.out === undefined) errors.push("'merge' needs --out FILE.json for the merged result");
      if (!ok() || outputs.out === undefined) return undefined;
      return { command: 'merge', parts: [...rest], ...outputs, out: outputs.out, frontierX, frontierY, partial: values.partial === true };
    }
    case 'fit': {
      const source = sourceOption(name, values, errors, check);
      const data = str('data');
      if (data === undefined || data === '') errors.push("'fit' needs the facility's data: give --data FILE.csv (docs/fit.md describes the format)");
      const report = fileOption('report', str('report'), errors);
      if (report !== undefined && !/\.md$/i.test(report)) errors.push(`--report must name a .md (Markdown) file, got '${report}'`);
      const replications = integerOption('replications', str('replications'), 2, MAX_REPLICATIONS, errors) ?? DEFAULT_FIT_REPLICATIONS;
      if (!ok() || source === undefined || data === undefined) return undefined;
      return { command: 'fit', data, source, seed, replications, workers, out: outputs.out, report, progress: outputs.progress };
    }
    case 'optimize': {
      const problem = str('problem');
      if (problem === undefined || problem === '') errors.push("'optimize' needs a problem file: give --problem FILE");
      if (!ok() || problem === undefined) return undefined;
      return { command: 'optimize', problem, workers, ...outputs };
    }
  }
}

/** --uncertainty FILE, and the options it cannot be combined with. */
function uncertaintyOption(name: ExperimentCommand, values: Values, errors: string[]): string | undefined {
  const file = fileOption('uncertainty', values.uncertainty as string | undefined, errors);
  if (file === undefined) return undefined;
  if (name === 'replicate' && values.precision !== undefined) errors.push('--uncertainty runs a fixed number of runs in each world: give --replications, not --precision');
  if (name === 'sweep' && values.shard !== undefined) errors.push('--uncertainty cannot be split into shards yet: run the sweep whole');
  if (name === 'compare' && values.independent === true) errors.push('--uncertainty runs A and B on common random numbers within each world: leave out --independent');
  return file;
}

function sourceOption(command: ExperimentCommand, values: Values, errors: string[], check: SharedCheck): Source | undefined {
  const preset = values.preset as string | undefined;
  const scenario = values.scenario as string | undefined;
  if (preset !== undefined && scenario !== undefined) errors.push('give either --preset or --scenario, not both');
  else if (preset !== undefined) {
    const problem = check('preset', preset);
    if (!problem) return { kind: 'preset', name: preset };
    errors.push(problem);
  } else if (scenario !== undefined) {
    const problem = check('scenario', scenario);
    if (!problem) return { kind: 'file', path: scenario };
    errors.push(problem);
  } else errors.push(`'${command}' needs a scenario: give --preset NAME or --scenario FILE`);
  return undefined;
}

/**
 * A positional scenario of `compare`: a preset name, or a file. Anything that looks like a path
 * (a folder separator, or a .json ending) is a file; anything else must be a preset, so that a
 * misspelt preset name is reported as such rather than as a missing file.
 */
function positionalSource(text: string, errors: string[]): Source | undefined {
  if (/[\\/]/.test(text) || /\.json$/i.test(text)) return { kind: 'file', path: text };
  if (presetNames().includes(text)) return { kind: 'preset', name: text };
  errors.push(`'${text}' is neither a preset (${presetNames().join(', ')}) nor a scenario file (a path ending in .json, or containing /)`);
  return undefined;
}

function precisionOption(values: Values, replications: number | undefined, errors: string[]): ReplicateRequest['precision'] {
  const text = values.precision as string | undefined;
  const min = integerOption('min-replications', values['min-replications'] as string | undefined, 2, MAX_REPLICATIONS, errors);
  const max = integerOption('max-replications', values['max-replications'] as string | undefined, 2, MAX_REPLICATIONS, errors);
  if (text === undefined) {
    if (min !== undefined || max !== undefined) errors.push('--min-replications and --max-replications apply only with --precision');
    return undefined;
  }
  if (replications !== undefined) errors.push('give either --replications or --precision, not both');
  const target = parsePrecisionTarget(text);
  if (typeof target === 'string') {
    errors.push(`--precision: ${target}`);
    return undefined;
  }
  const minReplications = min ?? DEFAULT_MIN_REPLICATIONS;
  const maxReplications = max ?? Math.max(DEFAULT_MAX_REPLICATIONS, minReplications);
  if (minReplications > maxReplications) errors.push(`--min-replications (${minReplications}) must be at most --max-replications (${maxReplications})`);
  return { ...target, minReplications, maxReplications };
}

function integerOption(option: string, value: string | undefined, min: number, max: number, errors: string[]): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    errors.push(`--${option} must be an integer from ${min}${max === Infinity ? ' up' : ` to ${max}`}, got '${value}'`);
    return undefined;
  }
  return n;
}

function choiceOption(option: string, value: string | undefined, choices: string[], errors: string[]): string | undefined {
  if (value === undefined || choices.includes(value)) return value;
  errors.push(`--${option} must be one of ${choices.join(', ')}, got '${value}'`);
  return undefined;
}

function fileOption(option: string, value: string | undefined, errors: string[]): string | undefined {
  if (value === '') errors.push(`--${option} needs a file name`);
  return value === '' ? undefined : value;
}

function memoOption(value: string | undefined, errors: string[]): string | undefined {
  const file = fileOption('memo', value, errors);
  if (file !== undefined && !/\.(md|html?)$/i.test(file)) {
    errors.push(`--memo must name a .md (Markdown) or .html file, got '${file}'`);
    return undefined;
  }
  return file;
}

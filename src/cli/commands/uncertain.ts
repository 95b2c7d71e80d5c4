/**
 * `--uncertainty FILE` for `replicate`, `compare` and `sweep`: the same experiment repeated in
 * plausible worlds drawn from the file's uncertain inputs (a second-order Monte Carlo), with each
 * metric's band split into input uncertainty and run noise, the tornado, and for A against B the
 * share of worlds in which B beats A. The commands hand over their scenarios (the arms) and run
 * settings; this reads and checks the file against them, plans the runs, and runs them like any
 * other experiment (`experimentRun.ts`: workers, progress, Ctrl-C, atomic outputs). The text
 * summary goes to standard output when the JSON goes to --out, else to standard error, so piped
 * JSON stays clean. See docs/uncertainty.md.
 */
import {
  parseUncertainty, planSecondOrder, resolvePath, runSecondOrder, uncertaintyText,
  type GridSpec, type SecondOrderSpec, type UncertainArm, type UncertaintySpec,
} from '../../experiments/index.js';
import { formatErrors, type ScenarioError } from '../../scenario/index.js';
import { CliError } from '../CliError.js';
import { checkExperiment } from '../checkEstimate.js';
import type { CliContext } from '../context.js';
import type { Outputs } from '../experimentArgs.js';
import { runExperiment } from '../experimentRun.js';
import type { CliIo } from '../io.js';
import { readJsonFile } from '../loadGrid.js';
import { defaultWorkers } from '../workerPool.js';

/** What a command hands over. */
export interface UncertainTask {
  experiment: SecondOrderSpec['experiment'];
  arms: UncertainArm[];
  seed: number;
  inner: number;
  days: number;
  warmupDays: number;
  grid?: GridSpec;
  outputs: Outputs & { uncertainty: string };
  workers: number | undefined;
  /** Input files the outputs must not overwrite (the uncertainty file is added). */
  inputs: string[];
  label: string;
}

/**
 * Runs an experiment under uncertainty and returns the exit code.
 *
 * @example
 * await uncertainExperiment(io, context, { experiment: 'compare', arms: [a, b], seed: 1, inner: 10, days: 1, warmupDays: 0,
 *   outputs: request, workers: 2, inputs: [], label: 'compare baseline vs short-staffed' });
 */
export async function uncertainExperiment(io: CliIo, context: CliContext, task: UncertainTask): Promise<number> {
  const file = task.outputs.uncertainty;
  const uncertainty = readUncertaintyFile(io, file, task.arms, task.grid);
  const planned = planSecondOrder({
    experiment: task.experiment, arms: task.arms, uncertainty, seed: task.seed, inner: task.inner,
    days: task.days, warmupDays: task.warmupDays, grid: task.grid,
  });
  if (!planned.ok) throw new CliError(problems(file, planned.errors));
  const plan = planned.plan;
  checkExperiment(plan.jobs, task.workers ?? defaultWorkers());
  return runExperiment(io, context, {
    label: `${task.label} under uncertainty (${plan.jobs.length} runs)`,
    outputs: task.outputs,
    inputs: [...task.inputs, file],
    workers: task.workers,
    run: (executor, control) => runSecondOrder(plan, executor, control),
    after: (result) => (task.outputs.out === undefined ? io.stderr : io.stdout)(uncertaintyText(result)),
  });
}

/**
 * The checked file, against the arms' scenarios and (a sweep's or an optimization's) grid, whose
 * fields an input may multiply but not replace; throws a `CliError` naming every problem with its field.
 */
export function readUncertaintyFile(io: CliIo, path: string, arms: readonly UncertainArm[], grid: GridSpec | undefined): UncertaintySpec {
  const r = parseUncertainty(readJsonFile(io, path, 'uncertainty file'), arms.map((a) => a.scenario));
  if (!r.ok) throw new CliError(problems(path, r.errors));
  if (grid) {
    const clashes = gridClashes(r.spec, grid);
    if (clashes.length > 0) throw new CliError(problems(path, clashes));
  }
  return r.spec;
}

/** An input may not set a field the sweep's parameters set (a multiplier on a swept field is fine). */
function gridClashes(spec: UncertaintySpec, grid: GridSpec): ScenarioError[] {
  const base = grid.base.scenario;
  const fields = (path: string) => {
    const t = resolvePath(base, path);
    return t.ok ? t.targets.map((x) => x.path) : [];
  };
  const swept = new Map(grid.parameters.flatMap((p) => fields(p.path).map((f) => [f, p.name] as const)));
  const out: ScenarioError[] = [];
  spec.inputs.forEach((input, i) => {
    if (input.multiplier) return;
    const clash = fields(input.path).find((f) => swept.has(f));
    if (clash !== undefined) out.push({ path: `inputs.${i}.path`, message: `${clash} is varied by the grid's parameter '${swept.get(clash)}'; an input may multiply it ("multiplier": true) but not replace it` });
  });
  return out;
}

/** The lines of a `CliError` for a bad uncertainty file, each naming the file and the field. */
export function problems(path: string, errors: readonly ScenarioError[]): string[] {
  const count = errors.length;
  return [...formatErrors(errors).split('\n').map((line) => `${path}: ${line}`), `${path}: not a valid uncertainty file (${count} problem${count === 1 ? '' : 's'})`];
}

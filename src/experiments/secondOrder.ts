/**
 * Second-order Monte Carlo: an experiment (replications of one scenario, A against B, or a sweep's
 * points) repeated in O plausible worlds, each world a draw of the uncertain inputs
 * (`inputDraws.ts`), with R inner replications in each; and, for one or two scenarios, the
 * tornado's one-at-a-time runs (`tornado.ts`).
 *
 * Seeds. Within a world, every scenario (A and B, every sweep point) runs on the same seeds: common
 * random numbers, so their difference in that world is due to the change, not to luck. Across
 * worlds the seeds differ (world o uses seed + oR … seed + oR + R − 1), so the world means are
 * independent and the split of the spread into input uncertainty and run noise is unbiased
 * (`varianceSplit.ts` assumes independent noise across worlds). The tornado's runs all use the
 * seeds of world 0 (seed … seed + R − 1), so each input's swing is a paired difference.
 *
 * Jobs. Job ((o·K + k)·R + r) is run r of scenario k in world o (K scenarios); then the tornado's:
 * O·K·R + ((t·K + k)·R + r) for setting t (0: every input at its median; 2i + 1 and 2i + 2: input i
 * at its low and high percentile, the others at their medians). Results are aggregated by job
 * index, so any number of workers gives the same bytes.
 */
import { parseScenario, type Scenario, type ScenarioError } from '../scenario/index.js';
import type { Executor } from './executor.js';
import { resolvePath } from './gridPaths.js';
import { drawInputs, inputQuantile } from './inputDraws.js';
import type { Job } from './jobs.js';
import { runJobs, type Outcome, type RunControl } from './runJobs.js';
import { applyInputs } from './uncertainty.js';
import type { SecondOrderPlan, SecondOrderSpec, UncertainArm } from './secondOrderTypes.js';
import { buildUncertaintyResult, type UncertaintyResult } from './uncertaintyResult.js';

export type { SecondOrderPlan, SecondOrderSpec, UncertainArm } from './secondOrderTypes.js';

/** Most scenarios for which the tornado's runs are made (A and B); a sweep reports bands only. */
const TORNADO_MAX_ARMS = 2;

/**
 * Draws the worlds and checks that each makes a valid scenario of every arm; a problem names the
 * input that set the field, the world and its values.
 *
 * @example
 * const p = planSecondOrder({ experiment: 'replicate', arms: [{ label: 'baseline', scenario }], uncertainty, seed: 1, inner: 10, days: 1, warmupDays: 0 });
 * if (p.ok) p.plan.jobs.length; // 20 × 10 + (1 + 2 × inputs) × 10
 */
export function planSecondOrder(spec: SecondOrderSpec): { ok: true; plan: SecondOrderPlan } | { ok: false; errors: ScenarioError[] } {
  const u = spec.uncertainty;
  if (!(Number.isInteger(spec.inner) && spec.inner >= 2)) throw new RangeError(`second-order: inner replications must be an integer >= 2, got ${spec.inner}`);
  const draws = drawInputs(u.inputs, u.outer, u.sampling, u.seed);
  const medians = u.inputs.map((input) => inputQuantile(input, 0.5));
  const settings = spec.arms.length > TORNADO_MAX_ARMS ? [] : [medians, ...u.inputs.flatMap((input, i) => [
    medians.map((m, j) => (j === i ? inputQuantile(input, u.tornado.low) : m)),
    medians.map((m, j) => (j === i ? inputQuantile(input, u.tornado.high) : m)),
  ])];
  const errors: ScenarioError[] = [];
  const K = spec.arms.length;
  const R = spec.inner;
  const jobs: Job[] = [];
  const add = (values: number[], where: string, first: number, seed0: number) => {
    spec.arms.forEach((arm, k) => {
      const scenario = worldScenario(arm, values, spec, where, errors);
      if (scenario === undefined) return;
      for (let r = 0; r < R; r++) jobs.push({ index: first + k * R + r, scenario, seed: seed0 + r, days: spec.days, warmupDays: spec.warmupDays });
    });
  };
  draws.forEach((values, o) => add(values, `world ${o}`, o * K * R, spec.seed + o * R));
  settings.forEach((values, t) => add(values, t === 0 ? 'the tornado\'s central setting' : `the tornado's ${t % 2 === 1 ? 'low' : 'high'} setting of ${u.inputs[(t - 1) >> 1].name}`, (u.outer + t) * K * R, spec.seed));
  if (spec.seed + u.outer * R - 1 > Number.MAX_SAFE_INTEGER) errors.push({ path: 'seed', message: `seeds ${spec.seed} to ${spec.seed} + ${u.outer * R - 1} would pass ${Number.MAX_SAFE_INTEGER}` });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 8) };
  return { ok: true, plan: { spec, draws, settings, jobs } };
}

/** The arm's scenario in a world, validated; a problem is pushed (once per field) when it is not valid. */
function worldScenario(arm: UncertainArm, values: number[], spec: SecondOrderSpec, where: string, errors: ScenarioError[]): Scenario | undefined {
  const inputs = spec.uncertainty.inputs;
  const r = parseScenario(applyInputs(arm.scenario, inputs, values));
  if (r.ok) return r.scenario;
  for (const e of r.errors) {
    const i = inputs.findIndex((input) => {
      const t = resolvePath(arm.scenario, input.path);
      return t.ok && t.targets.some((x) => e.path === x.path || e.path.startsWith(`${x.path}.`) || x.path.startsWith(`${e.path}.`));
    });
    const path = i >= 0 ? `inputs.${i}` : 'inputs';
    const drawn = inputs.map((input, j) => `${input.name}=${Number(values[j].toPrecision(4))}`).join(', ');
    const message = `${where} (${drawn}) makes ${spec.arms.length > 1 ? `'${arm.label}'` : 'the scenario'} invalid: ${e.path}: ${e.message}; narrow the range`;
    if (!errors.some((x) => x.path === path && x.message.endsWith(`${e.path}: ${e.message}; narrow the range`))) errors.push({ path, message });
  }
  return undefined;
}

/**
 * Runs a plan through an executor. Never throws for a failed or cancelled run: the result is then
 * marked incomplete and keeps the runs that finished.
 *
 * @example
 * const { result } = await runSecondOrder(plan, inProcessExecutor(), { signal, onProgress });
 * result.arms[0].metrics['contraband.interdictionRate'].inputShare;
 */
export async function runSecondOrder(plan: SecondOrderPlan, executor: Executor, control: RunControl = {}): Promise<Outcome<UncertaintyResult>> {
  const outcome = await runJobs(executor, plan.jobs, control);
  return { result: buildUncertaintyResult(plan, outcome.metrics), error: outcome.error };
}

/**
 * An optimization's answer under unknown inputs (`optimize --uncertainty FILE`, docs/optimize.md):
 * once the optimization has chosen, the base scenario, the chosen settings and the other
 * finalists are run in the plausible worlds of an uncertainty file, a second-order Monte Carlo
 * planned by `planSecondOrder` with the candidates as its arms (O outer draws × R inner runs, every
 * candidate on the same seeds within a world: common random numbers). For the objective and each
 * constraint it reports each candidate's band split into input uncertainty and run noise
 * (`varianceSplit.ts`), the share of worlds in which the candidate beats the base on the
 * objective, and the share of worlds in which each constraint holds, with exact 95% intervals.
 *
 * Why these choices: the seeds are fresh (world 0 starts after the check's last seed), so no run
 * here shares its luck with the runs that picked the chosen one; R is the problem's replications;
 * the tornado's one-at-a-time runs are left out (they would add (1 + 2 × inputs) × R runs per
 * candidate); `compare --uncertainty` on the chosen settings gives it.
 */
import { clopperPearson } from '../../sim/index.js';
import type { Executor } from '../executor.js';
import type { Job } from '../jobs.js';
import { runJobs, type Outcome } from '../runJobs.js';
import { planSecondOrder, type SecondOrderPlan, type UncertainArm } from '../secondOrder.js';
import { summarize } from '../summary.js';
import type { UncertaintySpec } from '../uncertainty.js';
import { beatsShare } from '../uncertaintyResult.js';
import { varianceSplit } from '../varianceSplit.js';
import { criterionValue, type Criteria } from './criteria.js';
import { optimize, plannedRuns, type OptimizeControl } from './optimize.js';
import type { OptimizeResult } from './optimizeResult.js';
import { valueText } from './optimizeTable.js';
import { candidateScenario, problemCriteria, type OptimizeProblem } from './problem.js';
import type { CandidateInWorlds, OptimizeUncertainty, WorldShare } from './worldsTypes.js';

export type { CandidateInWorlds, OptimizeUncertainty, WorldShare } from './worldsTypes.js';

/**
 * Runs the most this can take beyond the optimization: every finalist and the base, O × R each.
 *
 * @example
 * plannedRuns(problem) + uncertaintyRuns(problem, spec);
 */
export function uncertaintyRuns(problem: OptimizeProblem, uncertainty: UncertaintySpec): number {
  return (problem.selection.finalists + 1) * uncertainty.outer * problem.replications;
}

/**
 * Optimizes, then evaluates the answer in the file's plausible worlds. An unfinished
 * optimization is returned as it is; an unfinished second part marks the whole result incomplete.
 *
 * @example
 * const { result } = await optimizeUnderUncertainty(problem, spec, inProcessExecutor());
 * result.uncertainty?.candidates[1].againstBase?.beats.share;
 */
export async function optimizeUnderUncertainty(problem: OptimizeProblem, uncertainty: UncertaintySpec, executor: Executor, control: OptimizeControl = {}): Promise<Outcome<OptimizeResult>> {
  const extra = uncertaintyRuns(problem, uncertainty);
  const onProgress = control.onProgress && ((done: number, total: number) => control.onProgress?.(done, total + extra));
  const outcome = await optimize(problem, executor, { ...control, onProgress });
  const r = outcome.result;
  if (!r.complete || outcome.error !== undefined || r.check === null) return outcome;
  const { plan, arms, dropped } = planWorlds(r, uncertainty);
  const offset = r.runsMade;
  const jobs: Job[] = plan.jobs.filter((j) => j.index < uncertainty.outer * arms.length * problem.replications).map((j) => ({ ...j, index: j.index + offset }));
  const done = await runJobs(executor, jobs, { signal: control.signal, onProgress: control.onProgress, doneBefore: offset, totalPlanned: plannedRuns(problem) + extra });
  const runs = new Map([...done.metrics].map(([j, m]) => [j - offset, m]));
  const part = buildInWorlds(plan, arms, runs, problemCriteria(problem), dropped);
  part.missing = done.missing;
  part.complete = done.missing.length === 0;
  const result: OptimizeResult = { ...r, complete: r.complete && part.complete, uncertainty: part };
  if (!part.complete) result.missing = done.missing;
  return { result, error: done.error };
}

type Arm = UncertainArm & { point: number | null; parameters: Record<string, unknown> };

/** The plan for the base and every finalist valid in every world; the others are dropped with the reason. */
function planWorlds(r: OptimizeResult, uncertainty: UncertaintySpec) {
  const p = r.problem;
  const last = (r.check as NonNullable<OptimizeResult['check']>).seeds.last;
  const spec = (arms: UncertainArm[]) => ({ experiment: 'compare' as const, arms, uncertainty, seed: last + 1, inner: p.replications, days: p.days, warmupDays: p.warmupDays });
  const arms: Arm[] = [{ label: `${p.base.scenario.name} (base)`, scenario: p.base.scenario, point: null, parameters: {} }];
  const dropped: OptimizeUncertainty['dropped'] = [];
  r.finalists.forEach((f, i) => {
    const label = `${i === 0 ? 'chosen' : `finalist ${f.rank}`}: ${p.variables.map((v) => `${v.name} ${valueText(f.parameters[v.name])}`).join(', ')}`;
    const s = candidateScenario(p, f.point as number);
    if (!s.ok) return;
    const alone = planSecondOrder(spec([{ label, scenario: s.scenario }]));
    if (alone.ok) arms.push({ label, scenario: s.scenario, point: f.point, parameters: f.parameters });
    else dropped.push({ label, parameters: f.parameters, message: alone.errors.map((e) => e.message).join('; ') });
  });
  const planned = planSecondOrder(spec(arms));
  // The base was checked against the file before the optimization ran (the command's exit 2).
  if (!planned.ok) throw new Error(`optimize: the base scenario is invalid in a plausible world: ${planned.errors[0].message}`);
  return { plan: planned.plan, arms, dropped };
}

/** The figures from the runs done (by the plan's job numbers), over the worlds where every candidate finished. */
function buildInWorlds(plan: SecondOrderPlan, arms: Arm[], runs: ReadonlyMap<number, Record<string, number>>, criteria: Criteria, dropped: OptimizeUncertainty['dropped']): OptimizeUncertainty {
  const u = plan.spec.uncertainty;
  const K = arms.length;
  const R = plan.spec.inner;
  const run = (o: number, k: number, r: number) => runs.get((o * K + k) * R + r);
  const worlds = Array.from({ length: u.outer }, (_, o) => o).filter((o) => arms.every((_, k) => Array.from({ length: R }, (_, r) => run(o, k, r)).every((m) => m !== undefined)));
  const values = (k: number, c: { metric: string; perDay: boolean }) =>
    worlds.map((o) => Array.from({ length: R }, (_, r) => criterionValue(run(o, k, r) as Record<string, number>, c, criteria.measuredDays)));
  const direction = criteria.objective.goal === 'maximize' ? 'higher' : 'lower';
  const candidates = arms.map((arm, k): CandidateInWorlds => {
    const own = values(k, criteria.objective);
    const base = values(0, criteria.objective);
    const diff = own.map((w, o) => w.map((v, r) => v - base[o][r]));
    return {
      label: arm.label,
      point: arm.point,
      parameters: arm.parameters,
      objective: varianceSplit(own),
      constraints: criteria.constraints.map((c) => {
        const v = values(k, c);
        const held = v.filter((w) => (c.bound === 'atMost' ? summarize(w).mean <= c.limit : summarize(w).mean >= c.limit)).length;
        return { ...varianceSplit(v), holds: worldShare(held, v.length) };
      }),
      againstBase: k === 0 ? null : { ...varianceSplit(diff), beats: beatsShare(criteria.objective.metric, diff, direction) },
    };
  });
  return {
    complete: true,
    missing: [],
    uncertainty: { ...u, metrics: [criteria.objective.metric, ...criteria.constraints.map((c) => c.metric)] },
    seeds: { first: plan.spec.seed, last: plan.spec.seed + u.outer * R - 1 },
    outer: u.outer,
    inner: R,
    worldsUsed: worlds.length,
    draws: plan.draws.map((values) => Object.fromEntries(u.inputs.map((input, i) => [input.name, values[i]]))),
    candidates,
    dropped,
  };
}

function worldShare(count: number, worlds: number): WorldShare {
  const [low, high] = clopperPearson(count, worlds);
  return { worlds, count, share: worlds === 0 ? NaN : count / worlds, low, high };
}

/**
 * The result of a second-order Monte Carlo (`secondOrder.ts`), built from the plan and the runs
 * that finished, by job index: for every scenario and reported metric its spread split into input
 * uncertainty and run noise (`varianceSplit.ts`); for A against B the same split of the difference
 * and the share of plausible worlds in which B beats A; and the tornado (`tornado.ts`).
 *
 * "B beats A in X% of plausible worlds": the share of worlds in which B's mean over the world's R
 * runs is better than A's (higher or lower, as `metricDirection.ts` says; ties do not count), with
 * its exact (Clopper–Pearson) 95% interval over the O worlds. Each world's comparison rests on R
 * paired runs, so a world where B and A are close may fall either way by luck; `beyondChance`
 * counts the worlds in which B is better beyond that world's own 95% interval.
 */
import type { Scenario } from '../scenario/index.js';
import { clopperPearson } from '../sim/index.js';
import type { GridSpec } from './grid.js';
import { betterDirection } from './metricDirection.js';
import type { SecondOrderPlan } from './secondOrderTypes.js';
import { summarize } from './summary.js';
import { metricTornado, type Tornado } from './tornado.js';
import type { UncertaintySpec } from './uncertainty.js';
import { varianceSplit, type VarianceSplit } from './varianceSplit.js';

/** Share of worlds in which B beats A on one metric. */
export interface BeatsShare {
  /** 'higher' or 'lower': which way counts as better ('higher' when the metric has no better way). */
  better: 'higher' | 'lower';
  /** True when the metric has a better direction; otherwise reports say "higher" rather than "beats". */
  directed: boolean;
  worlds: number;
  count: number;
  share: number;
  low: number;
  high: number;
  /** Worlds in which B is better beyond the world's 95% interval. */
  beyondChance: number;
}

/** One scenario's bands. */
export interface UncertainArmResult {
  label: string;
  /** A sweep point's parameter values. */
  parameters?: Record<string, unknown>;
  /** The scenario (null for sweep points: the grid holds them). */
  scenario: Scenario | null;
  metrics: Record<string, VarianceSplit>;
}

/** The result of a second-order Monte Carlo, as written to JSON. */
export interface UncertaintyResult {
  format: 'interdict-uncertainty';
  version: 1;
  complete: boolean;
  missing: number[];
  experiment: 'replicate' | 'compare' | 'sweep';
  uncertainty: UncertaintySpec;
  /** Seeds of the runs: world o uses first + oR … first + oR + R − 1. */
  seeds: { first: number; last: number };
  days: number;
  warmupDays: number;
  outer: number;
  inner: number;
  /** Each world's input values, by input name. */
  draws: Record<string, number>[];
  arms: UncertainArmResult[];
  /** The sweep's grid, or null. */
  grid: GridSpec | null;
  /** For A against B: B − A split, with the share of worlds in which B beats A; otherwise null. */
  differences: Record<string, VarianceSplit & { beats: BeatsShare }> | null;
  tornado: Tornado | null;
  /** Each finished run's metrics: only in incomplete results. */
  runs?: { job: number; seed: number; metrics: Record<string, number> }[];
}

/**
 * The result for the runs done (by job index). Figures use only complete worlds (every scenario's
 * R runs done), so a cancelled run's partial result is consistent, if less precise.
 *
 * @example
 * buildUncertaintyResult(plan, metricsByJob).arms[0].metrics['contraband.interdictionRate'].band;
 */
export function buildUncertaintyResult(plan: SecondOrderPlan, runs: ReadonlyMap<number, Record<string, number>>): UncertaintyResult {
  const { spec, draws, settings } = plan;
  const u = spec.uncertainty;
  const K = spec.arms.length;
  const R = spec.inner;
  const O = u.outer;
  const missing = plan.jobs.map((j) => j.index).filter((j) => !runs.has(j));
  const at = (first: number, k: number, r: number) => runs.get(first + k * R + r);
  const worldRuns = (o: number, k: number) => Array.from({ length: R }, (_, r) => at(o * K * R, k, r));
  const complete = (o: number) => spec.arms.every((_, k) => worldRuns(o, k).every((m) => m !== undefined));
  const worlds = Array.from({ length: O }, (_, o) => o).filter(complete);
  const matrix = (m: string, value: (o: number, r: number) => number) => worlds.map((o) => Array.from({ length: R }, (_, r) => value(o, r)));
  const metric = (o: number, k: number, r: number, m: string) => (at(o * K * R, k, r) as Record<string, number>)[m];

  const arms = spec.arms.map((arm, k): UncertainArmResult => ({
    label: arm.label,
    ...(arm.parameters ? { parameters: arm.parameters } : {}),
    scenario: spec.experiment === 'sweep' ? null : arm.scenario,
    metrics: Object.fromEntries(u.metrics.map((m) => [m, varianceSplit(matrix(m, (o, r) => metric(o, k, r, m)))])),
  }));

  let differences: UncertaintyResult['differences'] = null;
  if (spec.experiment === 'compare') {
    differences = {};
    for (const m of u.metrics) {
      const d = matrix(m, (o, r) => metric(o, 1, r, m) - metric(o, 0, r, m));
      differences[m] = { ...varianceSplit(d), beats: beatsShare(m, d) };
    }
  }

  let tornado: Tornado | null = null;
  if (settings.length > 0) {
    const first = (t: number) => (O + t) * K * R;
    const lowHigh = u.inputs.map((_, i) => [settings[2 * i + 1][i], settings[2 * i + 2][i]] as const);
    const value = (m: string) => (t: number, r: number) => {
      const a = at(first(t), 0, r);
      if (spec.experiment !== 'compare') return a?.[m];
      const b = at(first(t), 1, r);
      return a && b ? b[m] - a[m] : undefined;
    };
    tornado = {
      low: u.tornado.low,
      high: u.tornado.high,
      of: spec.experiment === 'compare' ? `${spec.arms[1].label} − ${spec.arms[0].label}` : spec.arms[0].label,
      seeds: { first: spec.seed, last: spec.seed + R - 1 },
      metrics: Object.fromEntries(u.metrics.map((m) => [m, metricTornado(u.inputs.map((x) => x.name), lowHigh, R, value(m))])),
    };
  }

  const result: UncertaintyResult = {
    format: 'interdict-uncertainty',
    version: 1,
    complete: missing.length === 0,
    missing,
    experiment: spec.experiment,
    uncertainty: u,
    seeds: { first: spec.seed, last: spec.seed + O * R - 1 },
    days: spec.days,
    warmupDays: spec.warmupDays,
    outer: O,
    inner: R,
    draws: draws.map((values) => Object.fromEntries(u.inputs.map((input, i) => [input.name, values[i]]))),
    arms,
    grid: spec.grid ?? null,
    differences,
    tornado,
  };
  if (!result.complete) {
    const seedOf = new Map(plan.jobs.map((j) => [j.index, j.seed]));
    result.runs = [...runs.keys()].sort((a, b) => a - b).map((job) => ({ job, seed: seedOf.get(job) as number, metrics: runs.get(job) as Record<string, number> }));
  }
  return result;
}

/**
 * The share of worlds in which B beats A, from the differences B − A by world and run; `direction`
 * says which way is better when the caller knows (an optimization's goal), else the metric's own.
 *
 * @example
 * beatsShare('contraband.interdictionRate', [[0.01, 0.02], [-0.01, 0.0]]).count; // 1
 */
export function beatsShare(metric: string, differences: readonly (readonly number[])[], direction = betterDirection(metric)): BeatsShare {
  const better = direction ?? 'higher';
  const sign = better === 'higher' ? 1 : -1;
  let count = 0;
  let beyondChance = 0;
  for (const d of differences) {
    const s = summarize(d);
    if (sign * s.mean > 0) count++;
    if (Number.isFinite(s.halfWidth) && sign * s.mean - s.halfWidth > 0) beyondChance++;
  }
  const n = differences.length;
  const [low, high] = clopperPearson(count, n);
  return { better, directed: direction !== undefined, worlds: n, count, share: n === 0 ? NaN : count / n, low, high, beyondChance };
}

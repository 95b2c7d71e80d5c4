/**
 * What an optimization wants of a candidate: one objective to maximize or minimize, and
 * constraints (a metric at most or at least a limit). This file reads those from a candidate's
 * runs (one metrics record per replication) and orders candidates, for the search and for the
 * selection that follows it.
 *
 * Ordering follows Deb's feasibility rules (Deb, "An efficient constraint handling method for
 * genetic algorithms", Comput. Methods Appl. Mech. Engrg. 186, 2000), on the sample means: a
 * feasible candidate beats an infeasible one; two feasible ones are ordered by the objective; two
 * infeasible ones by their total violation, each constraint's shortfall measured relative to its
 * limit. No penalty weight to tune, and the same rule whatever the units.
 */
import { summarize, type MetricSummary } from '../summary.js';

/** The objective: a metric, and which way is better. */
export interface Objective {
  metric: string;
  goal: 'maximize' | 'minimize';
  /** Divide each run's value by its measured days (days − warm-up): a total becomes a daily figure. */
  perDay: boolean;
}

/** A constraint: the mean of `metric` at most or at least `limit`. */
export interface Constraint {
  /** A label for reports (default: the metric and its bound). */
  name: string;
  metric: string;
  bound: 'atMost' | 'atLeast';
  limit: number;
  perDay: boolean;
}

/** The objective and constraints, and the measured days each run covers. */
export interface Criteria {
  objective: Objective;
  constraints: Constraint[];
  measuredDays: number;
}

/** A candidate's estimates: the objective and each constraint's metric, over its runs so far. */
export interface CandidateEstimate {
  /** Runs behind the estimates. */
  n: number;
  objective: MetricSummary;
  constraints: MetricSummary[];
}

/**
 * A criterion's value in one run: the metric, per measured day when asked.
 *
 * @example
 * criterionValue({ 'cost.dollars': 33600 }, { metric: 'cost.dollars', perDay: true }, 2); // 16800
 */
export function criterionValue(run: Readonly<Record<string, number>>, c: { metric: string; perDay: boolean }, measuredDays: number): number {
  const v = run[c.metric];
  if (v === undefined) throw new Error(`optimize: the runs have no metric '${c.metric}'`);
  return c.perDay ? v / measuredDays : v;
}

/**
 * The estimates of a candidate from its runs (in replication order).
 *
 * @example
 * estimate(runs, criteria).objective.mean;
 */
export function estimate(runs: readonly Readonly<Record<string, number>>[], criteria: Criteria): CandidateEstimate {
  const column = (c: { metric: string; perDay: boolean }) => summarize(runs.map((r) => criterionValue(r, c, criteria.measuredDays)));
  return { n: runs.length, objective: column(criteria.objective), constraints: criteria.constraints.map(column) };
}

/**
 * How far a mean is on the wrong side of a constraint's limit, relative to the limit (0 when the
 * constraint holds): a shortfall of 10% counts the same for dollars as for a share.
 *
 * @example
 * violation(18000, { bound: 'atMost', limit: 16800 }); // 0.0714...
 */
export function violation(mean: number, c: Pick<Constraint, 'bound' | 'limit'>): number {
  const over = c.bound === 'atMost' ? mean - c.limit : c.limit - mean;
  return over <= 0 ? 0 : over / Math.max(Math.abs(c.limit), 1e-9);
}

/** Total relative violation of a candidate's constraint means (0: feasible on the means). */
export function totalViolation(e: CandidateEstimate, criteria: Criteria): number {
  return criteria.constraints.reduce((sum, c, j) => sum + violation(e.constraints[j].mean, c), 0);
}

/**
 * The objective turned so that larger is always better.
 *
 * @example
 * gain(5, { goal: 'minimize' }); // -5
 */
export function gain(value: number, objective: Pick<Objective, 'goal'>): number {
  return objective.goal === 'maximize' ? value : -value;
}

/**
 * Deb's rules on the means: negative when `a` is better than `b`, positive when worse, 0 when
 * equal (callers break ties by point index, so the order is total and deterministic).
 *
 * @example
 * candidates.sort((x, y) => compareEstimates(x.e, y.e, criteria) || x.point - y.point);
 */
export function compareEstimates(a: CandidateEstimate, b: CandidateEstimate, criteria: Criteria): number {
  const va = totalViolation(a, criteria);
  const vb = totalViolation(b, criteria);
  if (va > 0 || vb > 0) return va - vb;
  return gain(b.objective.mean, criteria.objective) - gain(a.objective.mean, criteria.objective);
}

/** Whether a constraint holds, judged by its 95% interval. */
export type ConstraintStatus = 'met' | 'violated' | 'uncertain';

/**
 * `met` when the whole 95% interval is on the allowed side of the limit, `violated` when it is
 * all on the wrong side, `uncertain` when the interval contains the limit (more runs would tell).
 *
 * @example
 * constraintStatus({ n: 10, mean: 15000, sd: 500, halfWidth: 358 }, { bound: 'atMost', limit: 16800 }); // 'met'
 */
export function constraintStatus(s: MetricSummary, c: Pick<Constraint, 'bound' | 'limit'>): ConstraintStatus {
  const hw = Number.isFinite(s.halfWidth) ? s.halfWidth : Infinity;
  const low = s.mean - hw;
  const high = s.mean + hw;
  const [ok, bad] = c.bound === 'atMost' ? [high <= c.limit, low > c.limit] : [low >= c.limit, high < c.limit];
  return ok ? 'met' : bad ? 'violated' : 'uncertain';
}

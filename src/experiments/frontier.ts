/**
 * The yield-throughput frontier of a sweep: each point's interdiction (rate or seizures) against
 * its cost in flow (parcels released per hour, the delay screening adds, pulled parcels' time) or
 * in staff and money (officer-hours, dollars),
 * with the Pareto-optimal points marked: those no other point beats beyond the 95% intervals
 * (`paretoFront.ts`). They are the only sensible choices; which of them to pick is a policy
 * question the chart puts to the reader.
 *
 * Each point carries its 95% half-widths on both axes, which decide dominance: a lead smaller
 * than the intervals does not make a point optimal, and points the runs cannot tell apart are all
 * kept. Where many points are optimal together, more replications would sort them.
 */
import { DEFAULT_AXES, FRONTIER_X, FRONTIER_Y, type Axis, type FrontierX, type FrontierY } from './frontierAxes.js';
import { paretoFlags } from './paretoFront.js';
import type { MetricSummary } from './summary.js';

// The axes and the Pareto test have files of their own; sweeps, merges and memos import them here.
export { DEFAULT_AXES, FRONTIER_X, FRONTIER_Y, type Axis, type AxisRange, type Better, type FrontierX, type FrontierY } from './frontierAxes.js';
export { paretoFlags } from './paretoFront.js';

/** A mean and its 95% half-width. */
export interface Estimate {
  mean: number;
  halfWidth: number;
}

/** One sweep point on the frontier chart. */
export interface FrontierPoint {
  /** The sweep point's index. */
  point: number;
  x: Estimate;
  y: Estimate;
  /** True when no other point is better beyond the 95% intervals on one axis without being worse beyond them on the other. */
  pareto: boolean;
}

/** The frontier of a sweep for one choice of axes. */
export interface Frontier {
  x: FrontierX;
  y: FrontierY;
  xMetric: string;
  yMetric: string;
  points: FrontierPoint[];
}

/**
 * The frontier of a sweep's points for the chosen axes.
 *
 * @example
 * const f = computeFrontier(result.points, 'officerHours', 'interdictionRate');
 * f.points.filter((p) => p.pareto).map((p) => p.point); // the sensible staffing levels
 */
export function computeFrontier(
  points: readonly { index: number; metrics: Readonly<Record<string, MetricSummary>> }[],
  x: FrontierX = DEFAULT_AXES.x,
  y: FrontierY = DEFAULT_AXES.y,
): Frontier {
  const ax: Axis = FRONTIER_X[x];
  const ay: Axis = FRONTIER_Y[y];
  const estimate = (s: MetricSummary | undefined): Estimate => ({ mean: s?.mean ?? NaN, halfWidth: s?.halfWidth ?? NaN });
  const items = points.map((p) => ({ point: p.index, x: estimate(p.metrics[ax.metric]), y: estimate(p.metrics[ay.metric]) }));
  const flags = paretoFlags(items, ax.better, ay.better);
  return { x, y, xMetric: ax.metric, yMetric: ay.metric, points: items.map((p, i) => ({ ...p, pareto: flags[i] })) };
}

/**
 * The yield-throughput frontier of a sweep: each point's interdiction (rate or seizures) against
 * its cost in flow (parcels released per hour, the delay screening adds, pulled parcels' time) or
 * in staff and money (officer-hours, dollars),
 * with the Pareto-optimal points marked: those no other point beats on one axis without losing on
 * the other. They are the only sensible choices; which of them to pick is a policy question the
 * chart puts to the reader.
 *
 * Dominance is judged on the means. Each point carries its 95% half-widths on both axes, so a
 * reader can see when a "dominated" point is within noise of the frontier: only then is the
 * marking a close call worth more replications.
 */
import type { MetricSummary } from './summary.js';

/** Whether more or less of an axis's metric is better. */
export type Better = 'higher' | 'lower';

/** A frontier axis: the metric it plots, which way is better, and how to label it. */
export interface Axis {
  metric: string;
  better: Better;
  label: string;
  /** Multiply means for display (1, or 100 for shares shown as percentages). */
  displayScale: number;
  unit: string;
}

/**
 * Choices for the horizontal axis (flow or cost), in the order the app offers them. Screening
 * delay is the delay axis: parcel-hours that screening adds beyond release at the belt, the whole
 * delay cost of pulling parcels (a percentile of all parcels' time hides it, since almost every
 * parcel goes straight from the belt to the postal service).
 */
export const FRONTIER_X = {
  releasedPerHour: { metric: 'throughput.releasedPerHour', better: 'higher', label: 'Parcels released per hour', displayScale: 1, unit: '/h' },
  screeningDelayParcelHours: { metric: 'throughput.screeningDelayParcelHours', better: 'lower', label: 'Screening delay', displayScale: 1, unit: 'parcel-hours' },
  pulledDwellP95Hours: { metric: 'throughput.pulledDwell.p95Hours', better: 'lower', label: "Pulled parcels' time, 95th percentile", displayScale: 1, unit: 'h' },
  officerHours: { metric: 'interdiction.officerHours', better: 'lower', label: 'Officer-hours on duty', displayScale: 1, unit: 'h' },
  dollars: { metric: 'cost.dollars', better: 'lower', label: 'Cost', displayScale: 1, unit: 'US dollars' },
} as const satisfies Record<string, Axis>;

/** Choices for the vertical axis (interdiction). */
export const FRONTIER_Y = {
  interdictionRate: { metric: 'contraband.interdictionRate', better: 'higher', label: 'Interdiction rate', displayScale: 100, unit: '%' },
  seizures: { metric: 'contraband.seized', better: 'higher', label: 'Contraband parcels seized', displayScale: 1, unit: 'parcels' },
} as const satisfies Record<string, Axis>;

export type FrontierX = keyof typeof FRONTIER_X;
export type FrontierY = keyof typeof FRONTIER_Y;

/** The default axes: interdiction rate against parcels released per hour. */
export const DEFAULT_AXES: { x: FrontierX; y: FrontierY } = { x: 'releasedPerHour', y: 'interdictionRate' };

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
  /** True when no other point is at least as good on both axes and better on one (on the means). */
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
 * Pareto flags for points on two axes: true for each point no other dominates. A point with a
 * NaN coordinate (no runs) is never optimal and dominates nothing. Equal points are both optimal.
 *
 * @example
 * paretoFlags([{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 1 }], 'higher', 'higher'); // [false, true, true]
 */
export function paretoFlags(items: readonly { x: number; y: number }[], xBetter: Better, yBetter: Better): boolean[] {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  const finite = items.map((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  return items.map((p, i) => {
    if (!finite[i]) return false;
    for (let j = 0; j < items.length; j++) {
      if (j === i || !finite[j]) continue;
      const dx = sx * (items[j].x - p.x);
      const dy = sy * (items[j].y - p.y);
      if (dx >= 0 && dy >= 0 && (dx > 0 || dy > 0)) return false;
    }
    return true;
  });
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
  const flags = paretoFlags(items.map((p) => ({ x: p.x.mean, y: p.y.mean })), ax.better, ay.better);
  return { x, y, xMetric: ax.metric, yMetric: ay.metric, points: items.map((p, i) => ({ ...p, pareto: flags[i] })) };
}

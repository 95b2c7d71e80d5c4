/**
 * The frontier's axes, in one table: for each choice of axis, the metric it plots, which way is
 * better, its words and units (for estimates, for the axis title, for a switch) and how its range
 * is chosen. The app's presets plot, the experiments chart, the memo's SVG, the tooltips and the
 * tables all read it, so an axis is titled and scaled the same wherever it is drawn.
 */
import type { MetricLabel } from './metricLabels.js';

/** Whether more or less of an axis's metric is better. */
export type Better = 'higher' | 'lower';

/**
 * How an axis's range is chosen.
 * - `data`: the points' 95% intervals with a margin, stopping at 0 when no mean is negative (a
 *   cluster at 12,000 parcels/h is not squeezed against an empty 0-10,000).
 * - `zero`: from 0 to a round number above the intervals, so amounts are compared honestly; at
 *   least `atLeast` and at most `atMost` (in the metric's own units: 1 is 100% for a share).
 */
export type AxisRange = { from: 'data' } | { from: 'zero'; atLeast: number; atMost?: number };

/** A frontier axis. */
export interface Axis {
  metric: string;
  better: Better;
  /** The metric's words, as `metricLabel` has them (estimates in tables and tooltips). */
  label: string;
  /** Multiply means for display (1, or 100 for shares shown as percentages). */
  displayScale: number;
  /** The estimates' unit, as `metricLabel` has it. */
  unit: string;
  /** Short name, for the axis switch and a chart's title ("Interdiction rate against ..."). */
  name: string;
  /** The axis title's words; `axisTitle` adds the unit. */
  axisLabel: string;
  /** The unit on the axis and after a plain value: short, since it is read on every tick. */
  axisUnit: string;
  range: AxisRange;
}

const DATA: AxisRange = { from: 'data' };

/**
 * Choices for the horizontal axis (flow or cost), in the order the app offers them. Screening
 * delay is the delay axis: parcel-hours that screening adds beyond release at the belt, the whole
 * delay cost of pulling parcels (a percentile of all parcels' time hides it, since almost every
 * parcel goes straight from the belt to the postal service).
 */
export const FRONTIER_X = {
  releasedPerHour: { metric: 'throughput.releasedPerHour', better: 'higher', label: 'Parcels released per hour', displayScale: 1, unit: '/h', name: 'Released per hour', axisLabel: 'Parcels released per hour', axisUnit: 'parcels/h', range: DATA },
  screeningDelayParcelHours: { metric: 'throughput.screeningDelayParcelHours', better: 'lower', label: 'Screening delay', displayScale: 1, unit: 'parcel-hours', name: 'Screening delay', axisLabel: 'Screening delay', axisUnit: 'parcel-hours', range: DATA },
  pulledDwellP95Hours: { metric: 'throughput.pulledDwell.p95Hours', better: 'lower', label: "Pulled parcels' time, 95th percentile", displayScale: 1, unit: 'h', name: "Pulled parcels' time, 95th percentile", axisLabel: "Pulled parcels' time, 95th percentile", axisUnit: 'h', range: DATA },
  officerHours: { metric: 'interdiction.officerHours', better: 'lower', label: 'Officer-hours on duty', displayScale: 1, unit: 'h', name: 'Officer-hours', axisLabel: 'Officer-hours on duty', axisUnit: 'officer-h', range: DATA },
  dollars: { metric: 'cost.dollars', better: 'lower', label: 'Cost', displayScale: 1, unit: 'US dollars', name: 'Cost', axisLabel: 'Cost of officer time', axisUnit: '$', range: DATA },
} as const satisfies Record<string, Axis>;

/** Choices for the vertical axis (interdiction): both start at 0. */
export const FRONTIER_Y = {
  interdictionRate: { metric: 'contraband.interdictionRate', better: 'higher', label: 'Interdiction rate', displayScale: 100, unit: '%', name: 'Interdiction rate', axisLabel: 'Interdiction rate', axisUnit: '%', range: { from: 'zero', atLeast: 0.05, atMost: 1 } },
  seizures: { metric: 'contraband.seized', better: 'higher', label: 'Contraband parcels seized', displayScale: 1, unit: 'parcels', name: 'Seizures', axisLabel: 'Contraband parcels seized', axisUnit: 'parcels', range: { from: 'zero', atLeast: 1 } },
} as const satisfies Record<string, Axis>;

export type FrontierX = keyof typeof FRONTIER_X;
export type FrontierY = keyof typeof FRONTIER_Y;

/** The default axes: interdiction rate against parcels released per hour. */
export const DEFAULT_AXES: { x: FrontierX; y: FrontierY } = { x: 'releasedPerHour', y: 'interdictionRate' };

/**
 * An axis's title with its unit.
 *
 * @example
 * axisTitle(FRONTIER_X.dollars); // 'Cost of officer time ($)'
 */
export function axisTitle(a: Axis): string {
  return `${a.axisLabel} (${a.axisUnit})`;
}

/**
 * The axis as a metric label, for `formatEstimate`.
 *
 * @example
 * formatEstimate(0.231, 0.024, axisMetricLabel(FRONTIER_Y.interdictionRate)); // '23.1 ± 2.4 %'
 */
export function axisMetricLabel(a: Axis): MetricLabel {
  return { metric: a.metric, label: a.label, unit: a.unit, scale: a.displayScale };
}

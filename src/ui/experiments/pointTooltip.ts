/**
 * What the frontier chart says about one sweep point when it is hovered or focused: its number
 * and whether it is Pareto-optimal, each parameter's value, and its interdiction rate and flow
 * or cost with 95% intervals (cut at what the metric can be, and marked), in the words and units
 * of the memo (the core's `formatBoundedEstimate`),
 * then what a click does. The same text is the point's accessible name, so a keyboard or screen
 * reader user gets what a mouse user sees.
 */
import {
  FRONTIER_X, FRONTIER_Y, axisMetricLabel, formatBoundedEstimate, type Axis, type FrontierPoint, type FrontierX, type SweepResult,
} from '../../experiments/index.js';

/** The tooltip's parts. */
export interface PointTooltip {
  /** "Point 3 · Pareto-optimal". */
  title: string;
  /** "X-ray officers per shift: 3", one per parameter. */
  parameters: string[];
  /** "Interdiction rate: 23.1 ± 2.4 %", the y axis first, then the flow and cost measures. */
  values: string[];
  /** A note on partial points ("2 of 3 runs"), or null. */
  note: string | null;
  /** What a click does. */
  action: string;
}

/**
 * A parameter's value as a person reads it: numbers as they are, factors as "×0.5", lists as
 * "[2, 2]".
 *
 * @example
 * parameterText(0.5, true); // '×0.5'
 * parameterText([2, 2], false); // '[2, 2]'
 */
export function parameterText(value: unknown, scale: boolean): string {
  if (typeof value === 'number') return scale ? `×${value}` : String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value).replace(/,/g, ', ');
}

/**
 * The tooltip of frontier point `fp` of `result`, with `x` the axis the chart shows.
 *
 * @example
 * pointTooltip(result, result.frontier.points[3], 'releasedPerHour').values[0];
 * // 'Interdiction rate: 23.1 ± 2.4 %'
 */
export function pointTooltip(result: SweepResult, fp: FrontierPoint, x: FrontierX): PointTooltip {
  const point = result.points[fp.point];
  const grid = result.grid;
  const parameters = grid.parameters.map((p) => `${p.name}: ${parameterText(point.parameters[p.name], 'scale' in p)}`);
  const y = FRONTIER_Y.interdictionRate;
  const order: FrontierX[] = [x, ...(Object.keys(FRONTIER_X) as FrontierX[]).filter((k) => k !== x)];
  const estimate = (a: Axis): string => {
    const s = point.metrics[a.metric];
    return `${a.label}: ${s === undefined ? '–' : formatBoundedEstimate(s.mean, s.halfWidth, axisMetricLabel(a))}`;
  };
  const R = grid.replications;
  const note = point.runs < R
    ? `Partial: ${point.runs} of ${R} runs finished${point.runs < 2 ? ', too few for an interval' : ''}.`
    : null;
  return {
    title: `Point ${fp.point}${fp.pareto ? ' · Pareto-optimal' : ''}`,
    parameters: parameters.length > 0 ? parameters : [`${grid.base.scenario.name}, unchanged`],
    values: [estimate(y), ...order.map((k) => estimate(FRONTIER_X[k]))],
    note,
    action: `Click or press Enter to open it as a live run (seed ${grid.seed}).`,
  };
}

/**
 * The tooltip as one string: the point's accessible name.
 *
 * @example
 * tooltipText(pointTooltip(result, fp, 'releasedPerHour'));
 * // 'Point 3 · Pareto-optimal. X-ray officers per shift: 3. Interdiction rate: 23.1 ± 2.4 %. ...'
 */
export function tooltipText(t: PointTooltip): string {
  return [t.title, ...t.parameters, ...t.values, ...(t.note ? [t.note] : []), t.action].map((s) => s.replace(/\.$/, '')).join('. ') + '.';
}

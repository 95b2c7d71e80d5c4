/**
 * The last sweep's Pareto-optimal points, as points for the trade-off plot: interdiction rate
 * against the plot's x metric, per simulated day like the presets' points, for the frontier the
 * plot draws over them.
 */
import { computeFrontier, type FrontierX, type SweepResult } from '../../experiments/index.js';
import type { PresetPoint } from '../../experiments/presetPoints.js';

/** Metrics that add up over a run (divided by its days); the others are rates or percentiles already. */
const ADDS_UP: ReadonlySet<FrontierX> = new Set(['screeningDelayParcelHours', 'officerHours', 'dollars']);

/**
 * The sweep's points that are Pareto-optimal on (metric, interdiction rate), left to right, with
 * the metric per day and without intervals (the experiments' chart has them).
 *
 * @example
 * sweepFrontierPoints(result, 'screeningDelayParcelHours').length; // the optimal settings of the sweep
 */
export function sweepFrontierPoints(result: SweepResult, metric: FrontierX): PresetPoint[] {
  const frontier = computeFrontier(result.points, metric, 'interdictionRate');
  const days = result.grid.days - result.grid.warmupDays;
  const perDay = ADDS_UP.has(metric) && days > 0 ? 1 / days : 1;
  return frontier.points
    .filter((p) => p.pareto && Number.isFinite(p.x.mean) && Number.isFinite(p.y.mean))
    .sort((a, b) => a.x.mean - b.x.mean)
    .map((p) => {
      const point: PresetPoint = {
        name: `sweep point ${p.point + 1}`, interdictionRate: p.y.mean,
        releasedPerHour: NaN, screeningDelayParcelHours: NaN, pulledDwellP95Hours: NaN, officerHours: NaN, dollars: NaN, seizures: NaN,
      };
      point[metric] = p.x.mean * perDay;
      return point;
    });
}

/** The words for the note under the plot. */
export function sweepNote(result: SweepResult, shown: number): string {
  return `Green squares joined by a line: the last sweep's Pareto-optimal settings (${shown} of its ${result.points.length} points), per day.`;
}

/**
 * What a metric can be, and 95% intervals cut to it. A t interval over a few runs is symmetric
 * about the mean, so for a small count or share it can reach below 0 ("9 ± 48 %"), or above 100%
 * for a share, which the figure itself can never be. Reports show such an interval cut at the
 * bound and mark the cut end with a dagger, "9 % (0† to 57 %)", and say what the dagger means;
 * the means and half-widths in the results are left as computed.
 *
 * One place for the bounds and the cut: the calibration report, the memos, the app's tables,
 * tooltips and the frontier's whiskers all use it.
 */
import { decimalsFor, formatEstimate, formatFixed, formatInterval, metricLabel, unitText, type MetricLabel } from './metricLabels.js';

/** The values a metric can take, in its stored unit (a share is 0 to 1). */
export interface Bounds {
  min: number;
  max: number;
}

/** Counts, times, costs: never negative, no upper bound. */
export const NON_NEGATIVE: Bounds = { min: 0, max: Infinity };
/** Shares: 0 to 1 (0 to 100%). */
export const SHARE: Bounds = { min: 0, max: 1 };

/** The mark on a cut interval end. */
export const CLIPPED_MARK = '†';

/** What the mark means, in words for under a table or a chart. */
export const CLIPPED_NOTE = `${CLIPPED_MARK} The 95% interval reaches past what the figure can be (below 0, or above 100% for a share); it is shown cut there.`;

/**
 * The bounds of a metric: a share (shown as %) lies in 0 to 1; every other metric of a run (a
 * count, a time, a cost, a rate per hour) is at least 0.
 *
 * @example
 * metricBounds('contraband.interdictionRate'); // { min: 0, max: 1 }
 * metricBounds('contraband.seized');           // { min: 0, max: Infinity }
 */
export function metricBounds(metric: string): Bounds {
  const m = metricLabel(metric);
  return m.unit === '%' && m.scale === 100 ? SHARE : NON_NEGATIVE;
}

/** An interval cut to bounds, with which ends were cut. */
export interface ClippedInterval {
  low: number;
  high: number;
  clippedLow: boolean;
  clippedHigh: boolean;
}

/**
 * The interval low to high cut to `bounds`. An end is only cut towards the mean, never past it.
 *
 * @example
 * clipInterval(-0.39, 0.57, SHARE); // { low: 0, high: 0.57, clippedLow: true, clippedHigh: false }
 */
export function clipInterval(low: number, high: number, bounds: Bounds): ClippedInterval {
  const clippedLow = low < bounds.min;
  const clippedHigh = high > bounds.max;
  return { low: clippedLow ? bounds.min : low, high: clippedHigh ? bounds.max : high, clippedLow, clippedHigh };
}

/**
 * An estimate as reports show it: "mean ± half-width unit" while its interval lies within the
 * metric's bounds, and "mean unit (low† to high unit)" once it is cut, the cut end marked.
 *
 * @example
 * formatBoundedEstimate(0.09, 0.48, metricLabel('contraband.interdictionRate'), SHARE); // '9 % (0† to 57 %)'
 * formatBoundedEstimate(0.231, 0.024, metricLabel('contraband.interdictionRate')); // '23.1 ± 2.4 %' (bounds from the metric)
 */
export function formatBoundedEstimate(mean: number, halfWidth: number, m: MetricLabel, bounds: Bounds = metricBounds(m.metric)): string {
  if (!Number.isFinite(halfWidth)) return formatEstimate(mean, halfWidth, m);
  const c = clipInterval(mean - halfWidth, mean + halfWidth, bounds);
  if (!c.clippedLow && !c.clippedHigh) return formatEstimate(mean, halfWidth, m);
  const d = decimalsFor(halfWidth * m.scale, mean * m.scale);
  return `${formatFixed(mean * m.scale, d)}${unitText(m)} (${formatBoundedInterval(mean, halfWidth, m, bounds)})`;
}

/**
 * An estimate's 95% interval, "low to high unit", cut to the bounds with the cut end marked.
 *
 * @example
 * formatBoundedInterval(0.09, 0.48, metricLabel('contraband.interdictionRate')); // '0† to 57 %'
 */
export function formatBoundedInterval(mean: number, halfWidth: number, m: MetricLabel, bounds: Bounds = metricBounds(m.metric)): string {
  const c = clipInterval(mean - halfWidth, mean + halfWidth, bounds);
  if (!c.clippedLow && !c.clippedHigh) return formatInterval(mean - halfWidth, mean + halfWidth, m);
  const d = decimalsFor(halfWidth * m.scale, mean * m.scale);
  // A cut end is the bound itself (0, or 100 for a share), written whole.
  const end = (v: number, cut: boolean) => (cut ? `${formatFixed(v * m.scale, 0)}${CLIPPED_MARK}` : formatFixed(v * m.scale, d));
  return `${end(c.low, c.clippedLow)} to ${end(c.high, c.clippedHigh)}${unitText(m)}`;
}

/**
 * True when an estimate's 95% interval reaches past the bounds (so its text carries the mark).
 *
 * @example
 * isClipped(0.09, 0.48, SHARE); // true
 */
export function isClipped(mean: number, halfWidth: number, bounds: Bounds): boolean {
  return Number.isFinite(halfWidth) && (mean - halfWidth < bounds.min || mean + halfWidth > bounds.max);
}

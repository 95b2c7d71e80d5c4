/**
 * A frontier axis as a linear scale: the range its table entry asks for (`AxisRange`), over the
 * points' 95% intervals, mapped onto a stretch of the chart, with round ticks and their text.
 * Values are in display units (percent for shares), so ticks are round in what the reader sees.
 */
import type { Estimate } from './frontier.js';
import type { Axis } from './frontierAxes.js';
import { niceDomain, niceTicks, tickText } from './niceTicks.js';

/** A tick: its value (display units), its position on the chart and its text. */
export interface Tick {
  value: number;
  pos: number;
  text: string;
}

export interface AxisScale {
  /** The range shown, display units. */
  lo: number;
  hi: number;
  /** Position on the chart of a value in display units. */
  at(value: number): number;
  ticks: Tick[];
}

/** Margin on each side of a data range, as a share of its span. */
const DATA_MARGIN = 0.08;
/** Headroom above the highest interval on a from-zero axis. */
const HEADROOM = 1.06;
/** How far below 0 a from-zero axis starts, as a share of its top, so a point at 0 is not drawn on the frame. */
const SLIVER = 0.02;

/**
 * The scale of `axis` over `estimates`, drawn from position `from` (the low end) to `to`, with
 * about `tickCount` ticks on a data axis (a from-zero axis has about 5).
 *
 * @example
 * const s = axisScale(FRONTIER_Y.interdictionRate, [{ mean: 0.14, halfWidth: 0.01 }], 370, 24, 5);
 * s.ticks.map((t) => t.text); // ['0%', '5%', '10%', '15%', '20%']
 */
export function axisScale(axis: Axis, estimates: readonly Estimate[], from: number, to: number, tickCount: number): AxisScale {
  const k = axis.displayScale;
  const hw = (h: number): number => (Number.isFinite(h) ? h : 0);
  const lows = estimates.map((e) => (e.mean - hw(e.halfWidth)) * k);
  const highs = estimates.map((e) => (e.mean + hw(e.halfWidth)) * k);
  let lo: number;
  let hi: number;
  let ticks: number[];
  if (axis.range.from === 'zero') {
    const top = Math.max(axis.range.atLeast * k, ...highs.map((v) => v * HEADROOM));
    hi = niceDomain(0, axis.range.atMost === undefined ? top : Math.min(axis.range.atMost * k, top), 5)[1];
    lo = -SLIVER * hi;
    ticks = niceTicks(0, hi, 5);
  } else {
    [lo, hi] = estimates.length > 0 ? [Math.min(...lows), Math.max(...highs)] : [0, 1];
    const pad = hi > lo ? (hi - lo) * DATA_MARGIN : Math.max(Math.abs(lo) * 0.05, 1);
    [lo, hi] = [lo - pad, hi + pad];
    // Counts, rates and hours: when no mean is negative the axis stops at 0 (an interval of a
    // count can dip below 0; the count cannot).
    if (estimates.every((e) => e.mean >= 0)) lo = Math.max(0, lo);
    ticks = niceTicks(lo, hi, tickCount);
  }
  const at = (v: number): number => from + ((v - lo) / (hi - lo)) * (to - from);
  const suffix = axis.axisUnit === '%' ? '%' : '';
  return { lo, hi, at, ticks: ticks.map((value) => ({ value, pos: at(value), text: `${tickText(value)}${suffix}` })) };
}

/**
 * Round-number axis ticks (1, 2, 2.5 or 5 times a power of ten), the way uPlot and d3 choose them,
 * and their text: people read "12,000 / 14,000" faster than "12,256 / 13,918", and "2.5, 5, 7.5"
 * faster than "2.50, 5.00, 7.50". Every hand-drawn chart uses these: both frontier charts in the
 * app, the memo's SVG, and the time charts' tick text.
 */
import { formatFixed } from './metricLabels.js';

const STEPS = [1, 2, 2.5, 5, 10];

/**
 * A round step that splits [min, max] into about `count` parts.
 *
 * @example
 * niceStep(0, 0.14, 5);      // 0.05
 * niceStep(12000, 41000, 5); // 10000
 */
export function niceStep(min: number, max: number, count = 5): number {
  const span = Math.abs(max - min);
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = STEPS.find((s) => s * mag >= raw * 0.999) ?? 10;
  return step * mag;
}

/**
 * The round values between min and max (inclusive), about `count` + 1 of them.
 *
 * @example
 * niceTicks(0, 0.2, 5); // [0, 0.05, 0.1, 0.15, 0.2]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const step = niceStep(min, max, count);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const out: number[] = [];
  // Multiply rather than add, so 0.1 + 0.2 rounding errors do not accumulate.
  for (let i = first; i <= last; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/**
 * Extends [min, max] outwards to whole steps, so the axis starts and ends on a tick.
 *
 * @example
 * niceDomain(0, 0.165, 5); // [0, 0.2]
 */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  const step = niceStep(min, max, count);
  return [Number((Math.floor(min / step + 1e-9) * step).toPrecision(12)), Number((Math.ceil(max / step - 1e-9) * step).toPrecision(12))];
}

/**
 * A tick's text: thousands separated, as few decimals as the value needs (at most 6), written by
 * hand like the memo's numbers so it reads the same on every machine.
 *
 * @example
 * tickText(7.5);       // '7.5'
 * tickText(20000);     // '20,000'
 * tickText(0.1 + 0.2); // '0.3'
 */
export function tickText(value: number): string {
  const v = Number(value.toPrecision(6));
  const fraction = /\.(\d+)$/.exec(String(Math.abs(v)))?.[1] ?? '';
  return formatFixed(v, Math.min(6, fraction.length));
}

/**
 * The sentences of an uncertainty result, shared by the command line's text summary, the memo and
 * the app, so they say the same thing in the same words: a metric's band across plausible worlds,
 * its spread split into input uncertainty and run noise, "B beats A in X% of plausible worlds",
 * and a tornado bar. Plain text; printers escape it.
 */
import { formatBoundedEstimate } from './metricBounds.js';
import { decimalsFor, formatEstimate, formatFixed, metricLabel, unitText } from './metricLabels.js';
import type { TornadoBar } from './tornado.js';
import { fmtInput } from './tornadoSvg.js';
import type { BeatsShare } from './uncertaintyResult.js';
import type { VarianceSplit } from './varianceSplit.js';

/** A number in the metric's display unit, with decimals fit for `spread`. */
function shown(metric: string, v: number, spread: number): string {
  const m = metricLabel(metric);
  return formatFixed(v * m.scale, decimalsFor(spread * m.scale, v * m.scale));
}

/**
 * "13.4 ± 1.2 %; in the middle 90% of plausible worlds 8.0 to 22.0 %".
 *
 * @example
 * bandText('contraband.interdictionRate', split);
 * bandText('contraband.interdictionRate', differenceSplit, true); // not cut at 0: a difference may be negative
 */
export function bandText(metric: string, s: VarianceSplit, difference = false): string {
  const m = metricLabel(metric);
  const spread = (s.band.high - s.band.low) / 4;
  return `${difference ? formatEstimate(s.mean, s.halfWidth, m) : formatBoundedEstimate(s.mean, s.halfWidth, m)}; in the middle 90% of plausible worlds ${shown(metric, s.band.low, spread)} to ${shown(metric, s.band.high, spread)}${unitText(m)}`;
}

/**
 * "input uncertainty sd 6.5 (0.6 to 27) %, run noise sd 5.2 (3.5 to 10) % a run; the inputs make 61% (1 to 96%) of a run's variance".
 *
 * @example
 * splitText('contraband.interdictionRate', split);
 */
export function splitText(metric: string, s: VarianceSplit): string {
  const m = metricLabel(metric);
  const sd = (v: number, lo: number, hi: number) => {
    const spread = Number.isFinite(hi - lo) ? (hi - lo) / 4 : v / 4;
    return `${shown(metric, v, spread)} (${shown(metric, lo, spread)} to ${Number.isFinite(hi) ? shown(metric, hi, spread) : 'unbounded'})${unitText(m)}`;
  };
  const share = Number.isFinite(s.inputShare)
    ? `; the inputs make ${percent(s.inputShare)} (${percent(s.inputShareLow)} to ${percent(s.inputShareHigh)}) of a run's variance`
    : '';
  return `input uncertainty sd ${sd(s.inputSd, s.inputSdLow, s.inputSdHigh)}, run noise sd ${sd(s.noiseSd, s.noiseSdLow, s.noiseSdHigh)} a run${share}`;
}

/**
 * "B beats A on interdiction rate in 14 of 20 plausible worlds, 70% (46 to 88%); beyond chance in 9".
 *
 * @example
 * beatsText('contraband.interdictionRate', beats, 'baseline', 'short-staffed');
 */
export function beatsText(metric: string, b: BeatsShare, a: string, bLabel: string): string {
  const verb = b.directed ? 'beats' : 'is higher than';
  const word = metricLabel(metric).label.toLowerCase();
  return `${bLabel} ${verb} ${a} on ${word} in ${b.count} of ${b.worlds} plausible worlds, ${percent(b.share)} (95% interval ${percent(b.low)} to ${percent(b.high)}); ` +
    `beyond that world's run noise in ${b.beyondChance}`;
}

/**
 * A tornado bar in words: "risk separation 1.78 to 2.5: 6.4 to 26.5 %, swing +20.1 (+11.9 to +28.4)".
 *
 * @example
 * tornadoBarText('contraband.interdictionRate', bar);
 */
export function tornadoBarText(metric: string, b: TornadoBar): string {
  const m = metricLabel(metric);
  const spread = Number.isFinite(b.swingHigh - b.swingLow) ? (b.swingHigh - b.swingLow) / 4 : Math.abs(b.swing) / 4;
  const v = (x: number) => shown(metric, x, spread);
  const sign = (x: number) => (x > 0 ? '+' : '') + v(x);
  return `${b.input} ${fmtInput(b.lowValue)} to ${fmtInput(b.highValue)}: ${v(b.atLow)} to ${v(b.atHigh)}${unitText(m)}, swing ${sign(b.swing)} (${sign(b.swingLow)} to ${sign(b.swingHigh)})`;
}

/** A share as a whole percentage. */
export function percent(x: number): string {
  return Number.isFinite(x) ? `${Math.round(x * 100)}%` : '–';
}

/**
 * How a paired difference B − A is read, always with its size: "+22.9 min (+18.1 to +27.7),
 * beyond chance", "−0.42/h (−0.9 to +0.1), within chance". A bare "significant" says only that
 * these runs leave little doubt there is some difference; it says nothing of whether the
 * difference matters, and a long enough experiment finds a trivial one. So every verdict comes
 * with the mean difference in the metric's unit and its 95% interval, and a difference whose
 * whole interval is smaller than a stated negligible size is called negligible, significant or
 * not.
 *
 * The negligible sizes are an assumption, set here in one place (docs/experiments.md repeats it):
 * half a percentage point for a share, and 1% of A's mean for everything else (a count, a time, a
 * cost, a rate per hour). A facility manager would not act on less; a different judgement for a
 * metric belongs in `negligibleSize`.
 */
import type { DifferenceSummary } from './compare.js';
import { decimalsFor, formatFixed, metricLabel, unitText, type MetricLabel } from './metricLabels.js';

/** What a difference's interval says. */
export type Verdict = 'beyond chance' | 'within chance' | 'negligible' | 'no interval';

/** ASSUMPTION: the size below which a difference does not matter (see the header). */
export const NEGLIGIBLE = {
  /** For a share (stored 0 to 1): half a percentage point. */
  sharePoints: 0.005,
  /** For every other metric: this share of A's mean (its magnitude). */
  ofBaseline: 0.01,
} as const;

/**
 * The negligible size of a difference in `metric`, in its stored unit, given A's mean.
 *
 * @example
 * negligibleSize('contraband.interdictionRate', 0.16); // 0.005 (half a percentage point)
 * negligibleSize('throughput.releasedPerHour', 12_000); // 120
 */
export function negligibleSize(metric: string, baselineMean: number): number {
  const m = metricLabel(metric);
  if (m.unit === '%' && m.scale === 100) return NEGLIGIBLE.sharePoints;
  return Number.isFinite(baselineMean) ? NEGLIGIBLE.ofBaseline * Math.abs(baselineMean) : 0;
}

/**
 * The negligible size in words, for a note under a table.
 *
 * @example
 * negligibleWords('contraband.interdictionRate'); // 'half a percentage point'
 * negligibleWords('cost.dollars'); // '1% of A'
 */
export function negligibleWords(metric: string): string {
  const m = metricLabel(metric);
  return m.unit === '%' && m.scale === 100 ? 'half a percentage point' : `${NEGLIGIBLE.ofBaseline * 100}% of A`;
}

/**
 * The verdict on a difference: negligible when its whole 95% interval lies within ± `negligible`
 * (even if it excludes 0), or is exactly 0; else beyond chance when the interval excludes 0, within chance when it
 * does not; no interval with fewer than two pairs.
 *
 * @example
 * differenceVerdict({ low: 0.2, high: 0.4, halfWidth: 0.1 }, 1); // 'negligible'
 * differenceVerdict({ low: 18.1, high: 27.7, halfWidth: 4.8 }, 0.5); // 'beyond chance'
 */
export function differenceVerdict(d: Pick<DifferenceSummary, 'low' | 'high' | 'halfWidth'>, negligible: number): Verdict {
  if (!Number.isFinite(d.halfWidth)) return 'no interval';
  const reach = Math.max(Math.abs(d.low), Math.abs(d.high));
  // No difference in any pair is negligible too, even where A's mean (and so the size) is 0.
  if (reach < negligible || reach === 0) return 'negligible';
  return d.low > 0 || d.high < 0 ? 'beyond chance' : 'within chance';
}

/**
 * The verdict on `metric`'s difference in a comparison whose A has mean `baselineMean`.
 *
 * @example
 * metricVerdict('stations.exam.meanWaitSeconds', result.differences['stations.exam.meanWaitSeconds'], result.a.metrics['stations.exam.meanWaitSeconds'].mean);
 */
export function metricVerdict(metric: string, d: Pick<DifferenceSummary, 'low' | 'high' | 'halfWidth'>, baselineMean: number): Verdict {
  return differenceVerdict(d, negligibleSize(metric, baselineMean));
}

/** A difference's mean with its unit, and its interval, signed, rounded to what the interval supports. */
export interface DifferenceParts {
  /** "+22.9 min" */
  mean: string;
  /** "+18.1 to +27.7", or '' without an interval. */
  interval: string;
}

/**
 * The parts of a difference's text in the display unit of `m`.
 *
 * @example
 * differenceParts({ mean: 1374, halfWidth: 288, low: 1086, high: 1662 }, { metric: 'w', label: 'Exam wait', unit: 'min', scale: 1 / 60 });
 * // { mean: '+22.9 min', interval: '+18.1 to +27.7' }
 */
export function differenceParts(d: Pick<DifferenceSummary, 'mean' | 'low' | 'high' | 'halfWidth'>, m: MetricLabel): DifferenceParts {
  const decimals = decimalsFor(d.halfWidth * m.scale, d.mean * m.scale);
  const signed = (v: number): string => {
    const text = formatFixed(v * m.scale, decimals);
    if (text === '–' || /^-?[0,.]+$/.test(text)) return text.replace(/^-/, '');
    return text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`;
  };
  return {
    mean: `${signed(d.mean)}${unitText(m)}`,
    interval: Number.isFinite(d.halfWidth) ? `${signed(d.low)} to ${signed(d.high)}` : '',
  };
}

/**
 * A difference as one phrase: its size in its unit, its 95% interval and the verdict.
 *
 * @example
 * differenceText({ mean: 1374, halfWidth: 288, low: 1086, high: 1662 }, examWaitInMinutes, 'beyond chance');
 * // '+22.9 min (+18.1 to +27.7), beyond chance'
 * differenceText({ mean: 3, halfWidth: NaN, low: NaN, high: NaN }, seized, 'no interval'); // '+3.000, no interval (one pair)'
 */
export function differenceText(d: Pick<DifferenceSummary, 'mean' | 'low' | 'high' | 'halfWidth'>, m: MetricLabel, verdict: Verdict): string {
  const p = differenceParts(d, m);
  return p.interval === '' ? `${p.mean}, no interval (one pair)` : `${p.mean} (${p.interval}), ${verdict}`;
}

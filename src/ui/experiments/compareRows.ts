/**
 * The rows of the comparison table: for each metric, A's and B's means with their 95% intervals
 * (cut at what the metric can be, and marked), the paired difference B − A in its unit with its
 * signed interval, and the verdict read from that interval: beyond chance, within chance or
 * negligible (`differenceVerdict.ts`), never a bare "significant". In the app's words (labels
 * and plain explanations from the glossary, `METRICS`) and display units (shares as %, waits in
 * minutes). Numbers are rounded to what their interval supports, with the core's formatters, so
 * the table reads like the memo.
 */
import {
  KEY_METRICS, differenceParts, formatBoundedEstimate, isClipped, metricBounds, metricVerdict, type CompareResult, type MetricLabel,
  type MetricSummary, type Verdict,
} from '../../experiments/index.js';
import { metricInfo, type MetricInfo } from '../glossary.js';

/** One row of the table. */
export interface CompareRow {
  metric: string;
  label: string;
  /** Plain words from the glossary. */
  explain: string;
  /** "23.1 ± 2.4 %", or "9 % (0† to 57 %)" when the interval is cut at what the metric can be. */
  a: string;
  b: string;
  /** "+1.9 %", signed, in the display unit. */
  difference: string;
  /** "+0.4 to +3.4", the 95% interval of the difference, signed; '' without one. */
  interval: string;
  /** What the interval says, with the negligible size for this metric. */
  verdict: Verdict;
  /** True when A's or B's interval was cut at the metric's bounds (its text carries a dagger). */
  clipped: boolean;
}

/**
 * How a metric is displayed in the table: the glossary's label, the unit a person reads best.
 *
 * @example
 * displayLabel('stations.exam.meanWaitSeconds'); // { metric, label: 'Exam: mean wait', unit: 'min', scale: 1 / 60 }
 */
export function displayLabel(metric: string): MetricLabel & { explain: string } {
  let info: MetricInfo | null;
  try {
    info = metricInfo(metric);
  } catch {
    info = null;
  }
  const label = info?.label ?? metric;
  const explain = info?.explain ?? '';
  if (metric.endsWith('Seconds')) return { metric, label, unit: 'min', scale: 1 / 60, explain };
  switch (info?.unit) {
    case '%': return { metric, label, unit: '%', scale: 100, explain };
    case 'parcels/h': return { metric, label, unit: '/h', scale: 1, explain };
    case 'h': return { metric, label, unit: 'h', scale: 1, explain };
    case 'officer-h': return { metric, label, unit: 'officer-h', scale: 1, explain };
    case 'seizures/officer-h': return { metric, label, unit: 'per officer-h', scale: 1, explain };
    // A unit after "±" reads as a word: "28,750 ± 310 US dollars", not "… ± 310 $".
    case '$': return { metric, label, unit: 'US dollars', scale: 1, explain };
    case 'parcel-hours': case 'per million': case 'per 1,000 pulled': return { metric, label, unit: info.unit, scale: 1, explain };
    // Grams in the results, pounds on screen, as public seizure figures give them.
    case 'lb': return { metric, label, unit: 'lb', scale: 1 / 453.59237, explain };
    default: return { metric, label, unit: '', scale: 1, explain };
  }
}

/**
 * Rows for the key metrics (`KEY_METRICS`, in their order) or for every metric of the result.
 *
 * @example
 * compareRows(result, 'key')[0];
 * // { metric: 'contraband.interdictionRate', label: 'Interdiction rate', a: '9.1 ± 1.2 %', b: '8.7 ± 1.3 %',
 * //   difference: '−0.4 %', interval: '−1.1 to +0.3', verdict: 'within chance', clipped: false, explain: 'Of the contraband ...' }
 */
export function compareRows(result: CompareResult, which: 'key' | 'all'): CompareRow[] {
  const metrics = which === 'key'
    ? KEY_METRICS.map((k) => k.metric).filter((m) => m in result.differences)
    : Object.keys(result.differences);
  return metrics.map((metric) => {
    const m = displayLabel(metric);
    const d = result.differences[metric];
    const a = result.a.metrics[metric];
    const b = result.b.metrics[metric];
    const bounds = metricBounds(metric);
    const parts = differenceParts(d, m);
    const estimate = (s: MetricSummary | undefined) => (s === undefined ? '–' : formatBoundedEstimate(s.mean, s.halfWidth, m, bounds));
    return {
      metric,
      label: m.label,
      explain: m.explain,
      a: estimate(a),
      b: estimate(b),
      difference: parts.mean,
      interval: parts.interval,
      verdict: metricVerdict(metric, d, a?.mean ?? NaN),
      clipped: [a, b].some((s) => s !== undefined && isClipped(s.mean, s.halfWidth, bounds)),
    };
  });
}

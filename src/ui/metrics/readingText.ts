/**
 * The text of one number in the metrics panel, kept out of the DOM class so it can be tested in
 * Node: the value with its unit (from METRICS), "≈" before an estimate, "(at the end)" for a
 * number a live run cannot know yet (rather than a misleading 0), and the 95% interval after an
 * estimate that has one. A compliance sample that found nothing says so, with the upper bound: that
 * bound is the result worth reading.
 */
import { metricInfo } from '../glossary.js';
import { NOT_AVAILABLE, formatDecimal, isKnown } from './formatNumber.js';
import { KNOWN_AT_END, type HeadlineView, type MetricReading } from './liveMetrics.js';

/**
 * The value text of a reading.
 *
 * @example
 * readingText({ key: 'cost.dollars', value: null, approximate: false }, 'live'); // '— (at the end)'
 * readingText({ key: 'interdiction.compliance.prevalencePerMillion', value: 95, approximate: false,
 *   interval: { low: 12, high: 340 } }, 'finished'); // '95.0 per million (95% interval 12.0–340)'
 */
export function readingText(r: MetricReading, phase: HeadlineView['phase']): string {
  if (r.value === null && phase === 'live' && KNOWN_AT_END.has(r.key)) return `${NOT_AVAILABLE} (at the end)`;
  const info = metricInfo(r.key);
  if (r.interval && isKnown(r.value)) {
    return r.value === 0
      ? `none found, at most ${info.format(r.interval.high)}`
      : `${info.format(r.value)} (95% interval ${formatDecimal(r.interval.low)}–${formatDecimal(r.interval.high)})`;
  }
  const text = info.format(r.value);
  return r.approximate && r.value !== null ? `≈ ${text}` : text;
}

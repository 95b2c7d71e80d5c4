/**
 * Words and units for the metrics a policy memo shows first, and number formatting for reports.
 * A reader of a memo sees "Interdiction rate 23.1 ± 2.4 %", not
 * `contraband.interdictionRate 0.231 0.024`. Metrics not listed here appear under their path.
 *
 * Numbers are formatted by hand, not with `toLocaleString`, so a memo reads the same on every
 * machine (like the CLI's text summary), and an estimate is rounded to what its interval
 * supports: two significant digits of the half-width, and the mean to the same decimal place.
 */

/** How a metric is shown. */
export interface MetricLabel {
  metric: string;
  label: string;
  /** Unit after the number ('' for counts). */
  unit: string;
  /** Multiplier for display: 100 for shares shown as percentages. */
  scale: number;
}

const label = (metric: string, text: string, unit = '', scale = 1): MetricLabel => ({ metric, label: text, unit, scale });

/** The metrics a memo's tables show, in order. */
export const KEY_METRICS: readonly MetricLabel[] = [
  label('contraband.interdictionRate', 'Interdiction rate', '%', 100),
  label('contraband.seized', 'Contraband parcels seized'),
  label('contraband.missed', 'Contraband parcels missed (released)'),
  label('throughput.releasedPerHour', 'Parcels released per hour', '/h'),
  label('throughput.dwellMeanHours', 'Dwell time, mean', 'h'),
  label('throughput.dwellP95Hours', 'Dwell time, 95th percentile', 'h'),
  label('throughput.withinStandardShare', 'Released within the service standard', '%', 100),
  label('interdiction.officerHours', 'Officer-hours on duty', 'h'),
  label('interdiction.seizuresPerOfficerHour', 'Seizures per officer-hour'),
  label('interdiction.cleanInspected', 'Clean parcels inspected'),
  label('stations.xray.meanWaitSeconds', 'X-ray mean wait', 's'),
  label('stations.exam.meanWaitSeconds', 'Exam mean wait', 's'),
];

const BY_METRIC = new Map(KEY_METRICS.map((m) => [m.metric, m]));

/**
 * The label of a metric: a key metric's words and unit, or the path itself.
 *
 * @example
 * metricLabel('contraband.interdictionRate').label; // 'Interdiction rate'
 * metricLabel('parcels.inside').label; // 'parcels.inside'
 */
export function metricLabel(metric: string): MetricLabel {
  return BY_METRIC.get(metric) ?? (metric.endsWith('Share') || metric.endsWith('Rate') || metric.endsWith('utilization')
    ? label(metric, metric, '%', 100)
    : label(metric, metric));
}

/**
 * A number with a fixed count of decimals and commas between thousands; '–' when not finite.
 *
 * @example
 * formatFixed(12256.625, 1); // '12,256.6'
 */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

/**
 * Decimals that show two significant digits of `spread` (at most 6); for a zero or unknown
 * spread, enough for four significant digits of `value`.
 *
 * @example
 * decimalsFor(1.787, 5); // 1
 * decimalsFor(0.0123, 0.09); // 3
 */
export function decimalsFor(spread: number, value: number): number {
  const clamp = (d: number) => Math.max(0, Math.min(6, d));
  if (Number.isFinite(spread) && spread > 0) return clamp(1 - Math.floor(Math.log10(spread)));
  if (Number.isFinite(value) && value !== 0) return clamp(3 - Math.floor(Math.log10(Math.abs(value))));
  return 0;
}

/**
 * "mean ± half-width" in the metric's display unit, rounded to what the interval supports.
 *
 * @example
 * formatEstimate(0.2312, 0.0241, metricLabel('contraband.interdictionRate')); // '23.1 ± 2.4 %'
 * formatEstimate(5, NaN, metricLabel('contraband.seized')); // '5.000'
 */
export function formatEstimate(mean: number, halfWidth: number, m: MetricLabel): string {
  const d = decimalsFor(halfWidth * m.scale, mean * m.scale);
  const unit = m.unit === '' ? '' : m.unit === '/h' ? '/h' : ` ${m.unit}`;
  const hw = Number.isFinite(halfWidth) ? ` ± ${formatFixed(halfWidth * m.scale, d)}` : '';
  return `${formatFixed(mean * m.scale, d)}${hw}${unit}`;
}

/**
 * "low to high" of an interval in the metric's display unit (words rather than brackets, which
 * Markdown would need escaped).
 *
 * @example
 * formatInterval(-3.2, 1.1, metricLabel('contraband.seized')); // '-3.2 to 1.1'
 */
export function formatInterval(low: number, high: number, m: MetricLabel): string {
  const d = decimalsFor((high - low) / 2 * m.scale, (low + high) / 2 * m.scale);
  const unit = m.unit === '' ? '' : m.unit === '/h' ? '/h' : ` ${m.unit}`;
  return `${formatFixed(low * m.scale, d)} to ${formatFixed(high * m.scale, d)}${unit}`;
}

/**
 * Words and units for every metric of a run, the metrics a policy memo shows first, and number
 * formatting for reports. A reader of a memo sees "Interdiction rate 23.1 ± 2.4 %", not
 * `contraband.interdictionRate 0.231 0.024`. Every metric path `flattenMetrics` produces has words
 * here (a test checks); a path that has none (a metric added without words) appears as itself.
 *
 * Numbers are formatted by hand, not with `toLocaleString`, so a memo reads the same on every
 * machine (like the CLI's text summary), and an estimate is rounded to what its interval
 * supports: two significant digits of the half-width, and the mean to the same decimal place.
 */
import { CONTRABAND_TYPES, QUEUE_STATIONS, type ContrabandType } from '../scenario/index.js';

/** How a metric is shown. */
export interface MetricLabel {
  metric: string;
  label: string;
  /** Unit after the number ('' for counts, whose label names what is counted). */
  unit: string;
  /** Multiplier for display: 100 for shares shown as percentages, 1/453.59237 for grams shown in pounds. */
  scale: number;
}

const label = (metric: string, text: string, unit = '', scale = 1): MetricLabel => ({ metric, label: text, unit, scale });

/** Grams in a pound: public seizure figures (CBP, DEA) are in pounds. */
const GRAMS_PER_POUND = 453.59237;

/** The metrics a memo's tables show, in order: what is stopped, what it costs in delay, and in money. */
export const KEY_METRICS: readonly MetricLabel[] = [
  label('contraband.interdictionRate', 'Interdiction rate', '%', 100),
  label('contraband.seized', 'Contraband parcels seized'),
  label('contraband.missed', 'Contraband parcels missed (released)'),
  label('throughput.releasedPerHour', 'Parcels released per hour', '/h'),
  label('throughput.screeningDelayParcelHours', 'Screening delay', 'parcel-hours'),
  label('throughput.pulledDwell.p95Hours', "Pulled parcels' time, 95th percentile", 'h'),
  label('throughput.landingToRelease.meanHours', 'Landing to release, mean', 'h'),
  label('throughput.withinStandardShare', 'Released within the service standard', '%', 100),
  label('parcels.releasedUnscreened', 'Parcels released unscreened (backlog limit)'),
  label('interdiction.officerHours', 'Officer-hours on duty', 'h'),
  label('cost.overtimeHours', 'Overtime', 'h'),
  label('cost.dollars', 'Cost', 'US dollars'),
  label('cost.dollarsPerSeizure', 'Cost per seizure', 'US dollars'),
  label('interdiction.seizuresPerOfficerHour', 'Seizures per officer-hour'),
  label('interdiction.cleanInspected', 'Clean parcels inspected'),
  label('stations.xray.meanWaitSeconds', 'X-ray mean wait', 's'),
  label('stations.exam.meanWaitSeconds', 'Exam mean wait', 's'),
];

const STATION_NAMES: Readonly<Record<string, string>> = { xray: 'X-ray', ct: 'CT', exam: 'Exam', fieldTest: 'Field test', seizure: 'Seizure processing' };
const TYPE_NAMES: Readonly<Record<string, string>> = {
  counterfeit: 'Counterfeit goods', pills: 'Pills', marijuana: 'Marijuana', meth: 'Methamphetamine',
  precursors: 'Precursor chemicals', fentanyl: 'Fentanyl', pillPress: 'Pill presses', other: 'Other contraband',
};

/** Mean, median and 95th percentile of a time, as `HoursSummary` names them. */
const hoursLabels = (path: string, name: string): MetricLabel[] => [
  label(`${path}.meanHours`, `${name}, mean`, 'h'),
  label(`${path}.p50Hours`, `${name}, median`, 'h'),
  label(`${path}.p95Hours`, `${name}, 95th percentile`, 'h'),
];

/** Words for every other metric with a fixed path (rules, keyed by id, are labelled by pattern). */
const OTHER_METRICS: readonly MetricLabel[] = [
  label('parcels.insideAtStart', 'Parcels inside when measuring began'),
  label('parcels.arrived', 'Parcels arrived'),
  label('parcels.released', 'Parcels released'),
  label('parcels.seized', 'Parcels seized'),
  label('parcels.detained', 'Parcels detained'),
  label('parcels.inside', 'Parcels inside at the end'),
  label('contraband.insideAtStart', 'Contraband parcels inside when measuring began'),
  label('contraband.arrived', 'Contraband parcels arrived'),
  label('contraband.detained', 'Contraband parcels detained'),
  label('contraband.inside', 'Contraband parcels inside at the end'),
  label('contraband.missedUnscreened', 'Contraband parcels released unscreened (backlog limit)'),
  ...CONTRABAND_TYPES.flatMap((t) => [
    label(`contraband.arrivedByType.${t}`, `${TYPE_NAMES[t]}: parcels arrived`),
    label(`contraband.seizedByType.${t}`, `${TYPE_NAMES[t]}: parcels seized`),
    label(`contraband.missedByType.${t}`, `${TYPE_NAMES[t]}: parcels missed`),
    label(`interdiction.complianceFoundByType.${t}`, `Compliance sample: ${TYPE_NAMES[t].toLowerCase()} found (parcels)`),
    label(`interdiction.complianceSeizedByType.${t}`, `Compliance sample: ${TYPE_NAMES[t].toLowerCase()} seized (parcels)`),
    label(`contraband.seizedGramsByType.${t}`, `${TYPE_NAMES[t]}: weight seized`, 'lb', 1 / GRAMS_PER_POUND),
  ]),
  label('interdiction.canineAlerts', 'Canine alerts (parcels)'),
  label('interdiction.canineScreened', 'Parcels sniffed by dogs'),
  label('interdiction.holdsNotPresented', 'Holds not presented (parcels)'),
  label('interdiction.holdsNotExamined', 'Holds presented but not examined (parcels)'),
  label('interdiction.canineSeizures', 'Seizures after a dog alert (parcels)'),
  label('interdiction.holdsRefused', 'Holds refused, hold area full (parcels)'),
  label('interdiction.waitLimitReleases', 'Released unscreened at the wait limit (parcels)'),
  label('interdiction.compliance.sampled', 'Compliance sample: parcels drawn'),
  label('interdiction.compliance.examined', 'Compliance sample: parcels examined'),
  label('interdiction.compliance.withContraband', 'Compliance sample: parcels with contraband'),
  label('interdiction.compliance.prevalencePerMillion', 'Compliance sample: prevalence', 'per million'),
  label('interdiction.compliance.low', 'Compliance sample: prevalence, 95% interval low', 'per million'),
  label('interdiction.compliance.high', 'Compliance sample: prevalence, 95% interval high', 'per million'),
  ...hoursLabels('throughput.landingToRelease', 'Landing to release'),
  ...hoursLabels('throughput.pulledDwell', "Pulled parcels' time"),
  label('throughput.backlogAtEnd', 'Backlog at the end (parcels)'),
  label('cost.officerHours', 'Officer-hours, overtime included', 'h'),
  ...QUEUE_STATIONS.flatMap((n) => {
    const s = STATION_NAMES[n];
    return [
      label(`stations.${n}.served`, `${s}: parcels served`),
      label(`stations.${n}.entered`, `${s}: parcels entered`),
      label(`stations.${n}.meanWaitSeconds`, `${s} mean wait`, 's'),
      label(`stations.${n}.meanServiceSeconds`, `${s} mean service time`, 's'),
      label(`stations.${n}.meanQueueLength`, `${s}: mean queue (parcels)`),
      label(`stations.${n}.meanInStation`, `${s}: mean parcels in the station`),
      label(`stations.${n}.utilization`, `${s} utilization`, '%', 100),
      label(`stations.${n}.queueAtEnd`, `${s}: queue at the end (parcels)`),
      label(`stations.${n}.officerHours`, `${s}: officer-hours`, 'h'),
      label(`stations.${n}.releasedUnscreened`, `${s}: parcels released unscreened (wait limit)`),
    ];
  }),
];

const BY_METRIC = new Map([...OTHER_METRICS, ...KEY_METRICS].map((m) => [m.metric, m]));

/** Targeting-rule metrics, keyed by rule id as `flattenMetrics` names them. */
const RULE_METRIC = /^interdiction\.rules\.(.+)\.(pulled|screened|contrabandPulled|hits|hitRate|hitsPerThousandPulled)$/;
/** A rule's seizures of one type, and the pieces arrived from one origin (keyed by the scenario's names). */
const RULE_TYPE_METRIC = /^interdiction\.rules\.(.+)\.hitsByType\.(\w+)$/;
const ORIGIN_METRIC = /^parcels\.arrivedByOrigin\.(.+)$/;
const RULE_WORDS: Readonly<Record<string, [string, string, number]>> = {
  pulled: ['parcels pulled', '', 1],
  screened: ['pulled parcels screened', '', 1],
  contrabandPulled: ['pulled parcels with contraband', '', 1],
  hits: ['seizures', '', 1],
  hitRate: ['hit rate', '%', 100],
  hitsPerThousandPulled: ['seizures per 1,000 pulled', 'per 1,000 pulled', 1],
};

/**
 * The label of a metric: its words and unit, or the path itself for a metric without words.
 *
 * @example
 * metricLabel('contraband.interdictionRate').label; // 'Interdiction rate'
 * metricLabel('throughput.screeningDelayParcelHours'); // { label: 'Screening delay', unit: 'parcel-hours', scale: 1, ... }
 * metricLabel('interdiction.rules.aed-risk.hitsPerThousandPulled').label; // 'Rule aed-risk: seizures per 1,000 pulled'
 */
export function metricLabel(metric: string): MetricLabel {
  const known = BY_METRIC.get(metric);
  if (known) return known;
  const byType = RULE_TYPE_METRIC.exec(metric);
  if (byType && (CONTRABAND_TYPES as readonly string[]).includes(byType[2])) {
    return label(metric, `Rule ${byType[1]}: ${TYPE_NAMES[byType[2] as ContrabandType].toLowerCase()} seized (parcels)`);
  }
  const origin = ORIGIN_METRIC.exec(metric);
  if (origin) return label(metric, `Pieces arrived from ${origin[1]}`);
  const rule = RULE_METRIC.exec(metric);
  if (rule) {
    const [words, unit, scale] = RULE_WORDS[rule[2]];
    return label(metric, `Rule ${rule[1]}: ${words}`, unit, scale);
  }
  return metric.endsWith('Share') || metric.endsWith('Rate') || metric.endsWith('utilization')
    ? label(metric, metric, '%', 100)
    : label(metric, metric);
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
  const unit = unitText(m);
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
  const unit = unitText(m);
  return `${formatFixed(low * m.scale, d)} to ${formatFixed(high * m.scale, d)}${unit}`;
}

/**
 * The unit after a number: "/h" joined to it, any other unit after a space, nothing for counts.
 *
 * @example
 * `12${unitText(metricLabel('throughput.releasedPerHour'))}`; // '12/h'
 */
export function unitText(m: MetricLabel): string {
  return m.unit === '' ? '' : m.unit === '/h' ? '/h' : ` ${m.unit}`;
}

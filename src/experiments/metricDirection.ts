/**
 * Which way is better for a metric, for sentences such as "B beats A in 70% of plausible worlds":
 * more seizures and a higher interdiction rate are better; more delay, waiting, missed contraband
 * and cost are worse. A metric with no clear direction (parcels arrived, utilization) has none,
 * and reports then say "higher" instead of "better".
 */

const HIGHER = [
  /^contraband\.interdictionRate$/, /^contraband\.seized/, /^parcels\.seized$/, /^throughput\.releasedPerHour$/,
  /^throughput\.withinStandardShare$/, /^interdiction\.seizuresPerOfficerHour$/, /^interdiction\.canineSeizures$/,
  /^interdiction\.rules\.[^.]+\.(hits|hitRate|hitsPerThousandPulled)$/,
];
const LOWER = [
  /^contraband\.missed/, /^throughput\.screeningDelayParcelHours$/, /^throughput\.(landingToRelease|pulledDwell)\./,
  /^throughput\.backlogAtEnd$/, /\.meanWaitSeconds$/, /\.meanQueueLength$/, /\.queueAtEnd$/, /^cost\./,
  /releasedUnscreened$/, /^interdiction\.(cleanInspected|holdsNotPresented|holdsNotExamined|holdsRefused|waitLimitReleases|officerHours)$/,
];

/**
 * 'higher' or 'lower' when that is better for the metric, or undefined when neither is.
 *
 * @example
 * betterDirection('contraband.interdictionRate'); // 'higher'
 * betterDirection('throughput.screeningDelayParcelHours'); // 'lower'
 * betterDirection('parcels.arrived'); // undefined
 */
export function betterDirection(metric: string): 'higher' | 'lower' | undefined {
  if (HIGHER.some((r) => r.test(metric))) return 'higher';
  if (LOWER.some((r) => r.test(metric))) return 'lower';
  return undefined;
}

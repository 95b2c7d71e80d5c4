/**
 * A calm, one-paragraph summary of the headline numbers, for screen readers (and anyone who wants
 * the numbers as a sentence). It is built from the same HeadlineView as the panel, so it never
 * says something the panel does not show.
 */
import { NOT_AVAILABLE, formatCount, formatDecimal, formatHours, formatPercent, isKnown, withNoun } from './formatNumber.js';
import { valueOf, type HeadlineView, type MetricReading } from './liveMetrics.js';

const count = (n: number | null, one: string, many: string): string => (isKnown(n) ? withNoun(n, one, many) : NOT_AVAILABLE);
const num = (n: number | null): string => (isKnown(n) ? formatCount(n) : NOT_AVAILABLE);
/** "none seized" reads better than "0 seized" in a sentence. */
const none = (n: number | null, word: string): string => (n === 0 ? `none ${word}` : `${num(n)} ${word}`);

/**
 * The summary paragraph of a view.
 *
 * @example
 * summaryText(finishedView(results));
 * // 'The run has finished: 24 simulated hours. 294,960 parcels arrived: 294,159 were released, ...'
 */
export function summaryText(view: HeadlineView): string {
  const v = (key: string): number | null => valueOf(view, key);
  const live = view.phase === 'live';
  const hours = view.time / 3600;
  const opening = live
    ? `${view.clock ?? 'So far'}: ${formatDecimal(hours)} of ${formatDecimal(view.endTime / 3600)} simulated hours; the run is in progress.`
    : `The run has finished after ${formatDecimal(hours)} simulated hours.`;

  const unscreened = v('parcels.releasedUnscreened');
  const parcels = `${count(v('parcels.arrived'), 'parcel', 'parcels')} ${live ? 'have arrived so far' : 'arrived'}: ` +
    `${none(v('parcels.released'), 'released')}, ${none(v('parcels.seized'), 'seized')}, ${none(v('parcels.detained'), 'detained')}, ` +
    `and ${none(v('throughput.backlogAtEnd'), live ? 'inside now' : 'still inside at the end')}.` +
    (isKnown(unscreened) && unscreened > 0
      ? ` ${count(unscreened, 'released parcel was', 'released parcels were')} pulled for screening but let go without it because of a backlog limit.`
      : '');

  const rate = v('contraband.interdictionRate');
  const contraband = `${count(v('contraband.arrived'), 'contraband piece', 'contraband pieces')} arrived; ` +
    `${none(v('contraband.seized'), 'seized')} and ${none(v('contraband.missed'), 'missed')}` +
    (isKnown(rate) ? `, an interdiction rate of ${formatPercent(rate)}.` : '; no contraband has left the facility yet, so there is no interdiction rate.');

  const released = v('throughput.releasedPerHour');
  const mean = v('throughput.landingToRelease.meanHours');
  const p95 = v('throughput.pulledDwell.p95Hours');
  const delay = v('throughput.screeningDelayParcelHours');
  let flow = isKnown(released) ? `Parcels ${live ? 'are' : 'were'} released at about ${formatDecimal(released)} an hour` : 'No parcels have been released yet';
  if (isKnown(mean)) flow += `, ${formatHours(mean)} after their flight landed on average`;
  if (isKnown(p95)) flow += `; 95 of every 100 parcels pulled for screening left within ${formatHours(p95)} of the pull`;
  flow += '.';
  if (isKnown(delay)) flow += ` Screening added ${formatDecimal(delay)} parcel-hours of delay.`;

  const perOfficer = v('interdiction.seizuresPerOfficerHour');
  const staff = isKnown(perOfficer)
    ? `Staff found ${formatDecimal(perOfficer)} seizures per officer-hour${live ? ' (an estimate until the run ends)' : ''}.`
    : '';

  const dollars = v('cost.dollars');
  const overtime = v('cost.overtimeHours');
  const cost = isKnown(dollars)
    ? `Officer time cost $${formatDecimal(dollars)}${isKnown(overtime) && overtime > 0 ? `, with ${formatDecimal(overtime)} officer-hours of overtime` : ''}.`
    : '';

  return [opening, parcels, contraband, flow, staff, cost, compliance(view)].filter((s) => s !== '').join(' ');
}

/** The compliance sample's estimate in words; '' when there is none (yet). */
function compliance(view: HeadlineView): string {
  const examined = valueOf(view, 'interdiction.compliance.examined');
  const estimate = view.groups.flatMap((g) => g.readings).find((r: MetricReading) => r.key === 'interdiction.compliance.prevalencePerMillion');
  if (!isKnown(examined) || examined === 0 || !estimate?.interval || !isKnown(estimate.value)) return '';
  const sample = `The compliance sample examined ${count(examined, 'parcel', 'parcels')} at random`;
  return estimate.value === 0
    ? `${sample} and found no contraband: at most ${formatDecimal(estimate.interval.high)} in a million parcels carry it (95% upper bound).`
    : `${sample}; it puts contraband at ${formatDecimal(estimate.value)} in a million parcels (95% interval ${formatDecimal(estimate.interval.low)} to ${formatDecimal(estimate.interval.high)}).`;
}

/**
 * A calm, one-paragraph summary of the headline numbers, for screen readers (and anyone who wants
 * the numbers as a sentence). It is built from the same HeadlineView as the panel, so it never
 * says something the panel does not show.
 */
import { formatSimClock } from '../format/simClock.js';
import { NOT_AVAILABLE, formatCount, formatDecimal, formatHours, formatPercent, isKnown, withNoun } from './formatNumber.js';
import { valueOf, type HeadlineView } from './liveMetrics.js';

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
    ? `${formatSimClock(view.time, view.endTime)}: ${formatDecimal(hours)} of ${formatDecimal(view.endTime / 3600)} simulated hours; the run is in progress.`
    : `The run has finished after ${formatDecimal(hours)} simulated hours.`;

  const parcels = `${count(v('parcels.arrived'), 'parcel', 'parcels')} ${live ? 'have arrived so far' : 'arrived'}: ` +
    `${none(v('parcels.released'), 'released')}, ${none(v('parcels.seized'), 'seized')}, ${none(v('parcels.detained'), 'detained')}, ` +
    `and ${none(v('throughput.backlogAtEnd'), live ? 'inside now' : 'still inside at the end')}.`;

  const rate = v('contraband.interdictionRate');
  const contraband = `${count(v('contraband.arrived'), 'contraband piece', 'contraband pieces')} arrived; ` +
    `${none(v('contraband.seized'), 'seized')} and ${none(v('contraband.missed'), 'missed')}` +
    (isKnown(rate) ? `, an interdiction rate of ${formatPercent(rate)}.` : '; no contraband has left the facility yet, so there is no interdiction rate.');

  const released = v('throughput.releasedPerHour');
  const mean = v('throughput.dwellMeanHours');
  const p95 = v('throughput.dwellP95Hours');
  let flow = isKnown(released) ? `Parcels ${live ? 'are' : 'were'} released at about ${formatDecimal(released)} an hour` : 'No parcels have been released yet';
  if (isKnown(mean)) flow += ` and spen${live ? 'd' : 't'} ${formatHours(mean)} inside on average`;
  if (isKnown(p95)) flow += `; 95 of every 100 left within ${formatHours(p95)}`;
  flow += '.';

  const perOfficer = v('interdiction.seizuresPerOfficerHour');
  const staff = isKnown(perOfficer)
    ? `Staff found ${formatDecimal(perOfficer)} seizures per officer-hour${live ? ' (an estimate until the run ends)' : ''}.`
    : '';

  return [opening, parcels, contraband, flow, staff].filter((s) => s !== '').join(' ');
}

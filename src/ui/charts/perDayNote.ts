/**
 * What the ring on the trade-off plot stands for beside the presets' dots, in one or two short
 * sentences under the plot. Both are per simulated day, but they are not alike: the ring is one
 * seed, and while the run goes, only the hours since the 06:00 opening (a morning is not a day's
 * average: it works off the night's mail); the dots are means of several week-long runs that
 * start empty, whose quiet first day pulls their delay below a warm day's. Saying so keeps a
 * reader from reading the gap between ring and dot as the effect of a change.
 */
import { OPENING_HOUR } from '../../model/liveRun.js';
import { formatDecimal, formatHours } from '../metrics/formatNumber.js';

/**
 * The note for a run `days` long so far (fractional while running), against presets that are
 * means of `replications` runs of `presetDays` days.
 *
 * @example
 * perDayNote(0.25, false, { replications: 10, days: 7 }); // 'This run so far (6 h from 06:00), scaled to a day: ...'
 */
export function perDayNote(days: number, finished: boolean, presets: { replications: number; days: number }): string {
  const opening = `${String(OPENING_HOUR).padStart(2, '0')}:00`;
  if (!finished) {
    return `This run so far (${formatHours(days * 24)} from ${opening}), scaled to a day: part of a day is not a day's average, so the ring drifts as the day goes on.`;
  }
  const length = days === 1 ? '1 day' : `${formatDecimal(days)} days`;
  return `This run: ${length} from a warm ${opening} opening, one seed. Dots: means of ${presets.replications} runs of ${presets.days} days ` +
    'that start empty; their quiet first day puts their delay a little below a warm day\u2019s.';
}

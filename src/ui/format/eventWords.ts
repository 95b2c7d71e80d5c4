/**
 * What a step did, in plain words for the status line: "Stepped: X-ray officer 3 finished parcel
 * 12345 at 06:14:05." The model names its event kinds when it registers them with the kernel
 * ('officer shift end', 'exam done', ...); this is the one place that turns those names into
 * sentences, so a kind added to the model without words here still reads sensibly (its own name).
 */
import type { StepReport } from '../protocol.js';
import type { SteppedEvent } from '../worker/steppedEvent.js';
import { STATION_LABELS } from '../glossary.js';
import { calendarOrigin, formatTimeOfDay } from './simClock.js';

const DAY = 86_400;

/** Who an event concerned, as people say it. */
function officer(e: SteppedEvent): string {
  return e.officer ? `${STATION_LABELS[e.officer.station]} officer ${e.officer.number}` : 'an officer';
}
const parcel = (e: SteppedEvent): string => (e.parcel === undefined ? 'a parcel' : `parcel ${e.parcel}`);
const team = (e: SteppedEvent): string => `dog team ${e.team ?? ''}`.trim();
const receptacle = (e: SteppedEvent): string => (e.receptacle === undefined ? 'a receptacle' : `receptacle ${e.receptacle}`);

/** The words for each event kind the model registers (src/model: Facility, ParcelFlow, Staffing, CanineTeams, Induction, HourlyLog). */
const WORDS: Readonly<Record<string, (e: SteppedEvent) => string>> = {
  'officer shift start': (e) => `${officer(e)} came on duty`,
  'officer shift end': (e) => `${officer(e)}'s shift ended`,
  'officer break start': (e) => `${officer(e)} went on a break`,
  'officer break end': (e) => `${officer(e)} came back from a break`,
  'canine shift start': (e) => `${team(e)} came on duty`,
  'canine shift end': (e) => `${team(e)} went off duty`,
  'canine run end': (e) => `${team(e)} finished a run along the belt`,
  'canine rest end': (e) => `${team(e)} finished resting`,
  'hold search done': (e) => `the postal service finished searching for held ${parcel(e)}`,
  'lab result': (e) => `the lab's result came back for ${parcel(e)}`,
  'wait limit reached': (e) => `${parcel(e)} reached the longest wait allowed`,
  'receptacle tendered': (e) => `the postal service handed over ${receptacle(e)}`,
  'receptacle inducted': (e) => `an induction line emptied ${receptacle(e)} onto the belt`,
  'parcel arrival': () => 'a parcel arrived',
  'hour mark': () => "the hour's figures were recorded",
  'day start': () => "the day's shifts and flights were scheduled",
  'warm-up ends': () => 'the warm-up ended and the statistics started',
  'change during the run': () => 'a change made during the run took effect',
};

/**
 * One event in words, without its time.
 *
 * @example
 * eventWords({ kind: 'xray done', time: 0, parcel: 12345, officer: { station: 'xray', number: 3 } });
 * // 'X-ray officer 3 finished parcel 12345'
 */
export function eventWords(e: SteppedEvent): string {
  const words = WORDS[e.kind];
  if (words !== undefined) return words(e);
  // '<station> done': a station finished a parcel.
  const station = e.kind.endsWith(' done') ? e.kind.slice(0, -' done'.length) : '';
  if (station in STATION_LABELS) return `${e.officer ? officer(e) : STATION_LABELS[station as keyof typeof STATION_LABELS]} finished ${parcel(e)}`;
  return `the event “${e.kind}” ran`;
}

/** "06:14:05", or "06:14:05 on day 2" past the first day (days as the header counts them). */
function when(time: number, statsStart: number): string {
  const day = Math.floor((time - calendarOrigin(statsStart)) / DAY) + 1;
  return day === 1 ? formatTimeOfDay(time) : `${formatTimeOfDay(time)} on day ${day}`;
}

/**
 * The status line after a step: what it ran, and when. `time` is the clock after the step and
 * `statsStart` the run's opening (a snapshot's), so days read as the header counts them.
 *
 * @example
 * steppedText({ unit: 'event', event }, event.time, 108_000); // 'Stepped: X-ray officer 3 finished parcel 12345 at 06:14:05.'
 * steppedText({ unit: 'minute', events: 312 }, 108_060, 108_000); // 'Stepped one minute, to 06:01:00: 312 events ran.'
 */
export function steppedText(report: StepReport, time: number, statsStart: number): string {
  if (report.unit === 'minute') {
    const ran = report.events === 0 ? 'nothing happened' : report.events === 1 ? '1 event ran' : `${report.events.toLocaleString('en-US')} events ran`;
    return `Stepped one minute, to ${when(time, statsStart)}: ${ran}.`;
  }
  if (report.event === null) return 'Stepped: nothing was left to run; the run has reached its end.';
  const text = eventWords(report.event);
  return `Stepped: ${text.charAt(0).toUpperCase()}${text.slice(1)} at ${when(report.event.time, statsStart)}.`;
}

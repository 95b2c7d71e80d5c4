/**
 * How the page writes simulated time: "Day 1, 14:32" in the header, "14:32:05" in a parcel's
 * story. Simulated time is seconds on the run's own clock; a run with a warm-up (the app's live
 * runs, see model/liveRun.ts) starts its statistics after it, and "Day 1" is the day its statistics
 * start on: the warm-up's whole days come before day 1 (a parcel that arrived then reads "Day 0").
 */

const DAY = 86_400;

/**
 * The second on the run's clock that reads "Day 1, 00:00": the midnight on or before the moment
 * statistics start.
 *
 * @example
 * calendarOrigin(0);       // 0
 * calendarOrigin(108_000); // 86_400 (a warm-up of a day and six hours: day 1 starts after the first day)
 */
export function calendarOrigin(statsStart: number): number {
  return Math.floor(Math.max(0, statsStart) / DAY) * DAY;
}

/**
 * The header clock: day number and time of day to the minute. The end of a day reads as the
 * start of the next ("Day 2, 00:00"), as a wall clock does.
 *
 * @example
 * formatSimClock(0);                // 'Day 1, 00:00'
 * formatSimClock(52_320);           // 'Day 1, 14:32'
 * formatSimClock(86_400);           // 'Day 2, 00:00'
 * formatSimClock(108_000, 108_000); // 'Day 1, 06:00' (after a warm-up of a day and six hours)
 */
export function formatSimClock(seconds: number, statsStart = 0): string {
  const t = Math.floor(seconds - calendarOrigin(statsStart));
  return `Day ${Math.floor(t / DAY) + 1}, ${hhmm(mod(t, DAY))}`;
}

/**
 * A time within a story: "Day 1, 14:32:05", to the second (states can last seconds).
 *
 * @example
 * formatSimTime(52_325);            // 'Day 1, 14:32:05'
 * formatSimTime(80_000, 108_000);   // 'Day 0, 22:13:20' (during the warm-up day)
 */
export function formatSimTime(seconds: number, statsStart = 0): string {
  const t = Math.floor(seconds - calendarOrigin(statsStart));
  return `Day ${Math.floor(t / DAY) + 1}, ${hhmm(mod(t, DAY))}:${pad(mod(t, 60))}`;
}

/**
 * The time of day alone, "14:32:05", for a sentence that already says which day.
 *
 * @example
 * formatTimeOfDay(52_325); // '14:32:05'
 */
export function formatTimeOfDay(seconds: number): string {
  const t = Math.floor(seconds);
  return `${hhmm(mod(t, DAY))}:${pad(mod(t, 60))}`;
}

/**
 * A duration in words people read at a glance: "45 s", "12 min", "3 h 05 min".
 *
 * @example
 * formatDuration(30);    // '30 s'
 * formatDuration(11_100); // '3 h 05 min'
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${pad(m % 60)} min`;
}

function hhmm(secondsOfDay: number): string {
  return `${pad(Math.floor(secondsOfDay / 3600))}:${pad(Math.floor((secondsOfDay % 3600) / 60))}`;
}

/** The remainder that is never negative (times before day 1 still read as a time of day). */
function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

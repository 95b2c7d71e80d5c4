/**
 * How the page writes simulated time: "Day 1, 14:32" in the header, "14:32:05" in a parcel's
 * story. Simulated time is seconds from the start of the run; day 1 starts at 00:00.
 */

const DAY = 86_400;

/**
 * The header clock: day number and time of day to the minute. The instant a run ends on a day
 * boundary reads as "24:00" of its last day rather than "00:00" of a day the run never reaches.
 *
 * @example
 * formatSimClock(0);              // 'Day 1, 00:00'
 * formatSimClock(52_320);         // 'Day 1, 14:32'
 * formatSimClock(86_400, 86_400); // 'Day 1, 24:00'
 */
export function formatSimClock(seconds: number, endTime?: number): string {
  const t = Math.max(0, Math.floor(seconds));
  if (t > 0 && t % DAY === 0 && endTime !== undefined && t >= endTime) return `Day ${t / DAY}, 24:00`;
  const day = Math.floor(t / DAY) + 1;
  return `Day ${day}, ${hhmm(t % DAY)}`;
}

/**
 * A time within a story: "Day 1, 14:32:05", to the second (states can last seconds).
 *
 * @example
 * formatSimTime(52_325); // 'Day 1, 14:32:05'
 */
export function formatSimTime(seconds: number): string {
  const t = Math.max(0, Math.floor(seconds));
  return `Day ${Math.floor(t / DAY) + 1}, ${hhmm(t % DAY)}:${pad(t % 60)}`;
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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The time axis of the charts: simulated hours from the start of the run, labelled as a clock
 * ("06:00", and "00:00 / Day 2" at midnight) so a reader sees when in the day something happens,
 * with tick steps that fall on natural hours (1, 2, 3, 6, 12 h, then whole days).
 */

/** Tick steps in hours, smallest first: whole hours, then whole days and weeks. */
export const HOUR_INCRS: readonly number[] = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440, 2160, 4320, 8760];

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The label of a tick at `hour` hours from the start, when ticks are `step` hours apart.
 * Multi-line labels use "\n" (uPlot draws them on separate lines).
 *
 * @example
 * hourTickLabel(6, 6);   // '06:00'
 * hourTickLabel(24, 6);  // '00:00\nDay 2'
 * hourTickLabel(48, 24); // 'Day 3'
 */
export function hourTickLabel(hour: number, step: number): string {
  const day = Math.floor(hour / 24) + 1;
  if (step >= 24) return `Day ${day}`;
  const h = ((hour % 24) + 24) % 24;
  const hh = `${pad(Math.floor(h))}:${pad(Math.round((h % 1) * 60))}`;
  return h === 0 ? `${hh}\nDay ${day}` : hh;
}

/**
 * The visible span of the time axis: from 0 to the end of the day (or days) reached so far, so a
 * one-day run keeps a steady axis while it fills, and a longer run grows a day at a time.
 *
 * @example
 * timeAxisRange(5);  // [0, 24]
 * timeAxisRange(30); // [0, 48]
 */
export function timeAxisRange(lastHour: number): [number, number] {
  return [0, Math.max(24, Math.ceil(lastHour / 24) * 24)];
}

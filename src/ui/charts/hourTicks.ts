/**
 * The time axis of the charts: simulated hours from the start of the run, labelled as a clock
 * ("06:00", and "00:00 / Day 2" at midnight) so a reader sees when in the day something happens,
 * with tick steps that fall on natural hours (1, 2, 3, 6, 12 h, then whole days). A run that
 * opens at 06:00 passes its opening hour, so x = 0 reads "06:00".
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
export function hourTickLabel(x: number, step: number, openingHour = 0): string {
  const hour = x + openingHour;
  const day = Math.floor(hour / 24) + 1;
  if (step >= 24) return `Day ${day}`;
  const h = ((hour % 24) + 24) % 24;
  const hh = `${pad(Math.floor(h))}:${pad(Math.round((h % 1) * 60))}`;
  return h === 0 ? `${hh}\nDay ${day}` : hh;
}

/**
 * The visible span of the time axis: from 0 to the end of the day (or days) reached so far, never
 * past the run's own length, so a one-day run keeps a steady axis of one day while it fills (and
 * when empty), and a longer run grows a day at a time.
 *
 * @example
 * timeAxisRange(5, 24);   // [0, 24]
 * timeAxisRange(30, 168); // [0, 48]
 * timeAxisRange(0, 12);   // [0, 12]
 */
export function timeAxisRange(lastHour: number, runHours = Infinity): [number, number] {
  const reached = Math.max(24, Math.ceil(lastHour / 24) * 24);
  return [0, Math.min(reached, runHours > 0 ? runHours : reached)];
}

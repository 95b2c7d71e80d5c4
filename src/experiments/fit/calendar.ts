/**
 * Calendar dates (YYYY-MM-DD, proleptic Gregorian) as plain arithmetic, with no Date object: the
 * experiments layer reads no clock and depends on no host time zone (docs/architecture.md).
 * Days are counted from 1970-01-01 by Howard Hinnant's days_from_civil / civil_from_days.
 */

/** Days from 1970-01-01 to the date y-m-d (m 1-12, d 1-31, not checked). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date `z` days from 1970-01-01, as [y, m, d]. */
function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * True when y-m-d is a day of the calendar (2024-02-29 is, 2023-02-29 is not).
 *
 * @example
 * isCalendarDate(2024, 2, 29); // true
 */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const [yy, mm, dd] = civilFromDays(daysFromCivil(y, m, d));
  return yy === y && mm === m && dd === d;
}

/**
 * The date `days` after `start` (both YYYY-MM-DD).
 *
 * @example
 * addDays('2026-02-27', 2); // '2026-03-01'
 */
export function addDays(start: string, days: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const [yy, mm, dd] = civilFromDays(daysFromCivil(y, m, d) + days);
  return `${pad(yy, 4)}-${pad(mm, 2)}-${pad(dd, 2)}`;
}

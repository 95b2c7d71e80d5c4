/**
 * Number and time wording for the view's labels: grouped thousands and units always spelled out
 * ("123 parcels", "1 receptacle"), so no label is a bare number.
 */

/**
 * A count with thousands separators.
 *
 * @example
 * formatCount(12600.4); // '12,600'
 */
export function formatCount(n: number): string {
  // By hand rather than toLocaleString: labels are rewritten on every snapshot, and the locale
  // machinery is slow enough to show in a profile.
  const r = Math.round(n);
  const digits = String(Math.abs(r));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return r < 0 ? `-${out}` : out;
}

/**
 * A count and its unit, singular or plural.
 *
 * @example
 * countOf(1, 'parcel');      // '1 parcel'
 * countOf(1234, 'parcel');   // '1,234 parcels'
 */
export function countOf(n: number, unit: string, plural = `${unit}s`): string {
  return `${formatCount(n)} ${Math.round(n) === 1 ? unit : plural}`;
}

/**
 * Simulated seconds as day and clock time.
 *
 * @example
 * simClock(86_400 + 3_723); // 'Day 2, 01:02'
 */
export function simClock(seconds: number): string {
  const day = Math.floor(seconds / 86_400) + 1;
  const inDay = seconds - (day - 1) * 86_400;
  const h = Math.floor(inDay / 3600);
  const m = Math.floor((inDay % 3600) / 60);
  return `Day ${day}, ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The time of day of simulated seconds, to the minute.
 *
 * @example
 * timeOfDay(86_400 + 6 * 3600 + 12 * 60); // '06:12'
 */
export function timeOfDay(seconds: number): string {
  const inDay = ((seconds % 86_400) + 86_400) % 86_400;
  return `${String(Math.floor(inDay / 3600)).padStart(2, '0')}:${String(Math.floor((inDay % 3600) / 60)).padStart(2, '0')}`;
}

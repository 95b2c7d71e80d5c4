/**
 * How the page writes numbers: counts with thousands separators, shares as percentages, short
 * durations in minutes rather than "0.06 h". The formats are fixed to English digits ('en-US'), not
 * the browser's locale, so a screenshot, a test and the CLI's text output all read the same.
 * A value that does not exist yet (null, NaN) is written as an em dash, never as 0.
 */

/** What the page shows for a value that is not known (yet): never a misleading 0. */
export const NOT_AVAILABLE = '—';

const grouped = [0, 1, 2].map((d) => new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const significant3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** True for a finite number; null, undefined and NaN are "not available". */
export function isKnown(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A count: whole numbers with separators, others with one decimal.
 *
 * @example
 * formatCount(294960); // '294,960'
 * formatCount(127.02); // '127.0'
 */
export function formatCount(n: number): string {
  return grouped[Number.isInteger(n) ? 0 : 1].format(n);
}

/**
 * A quantity with a sensible number of digits for its size: 12,257 / 45.3 / 2.05 / 0.00833, and
 * whole numbers without decimals (64, not 64.0).
 *
 * @example
 * formatDecimal(12256.6); // '12,257'
 * formatDecimal(0.008333); // '0.00833'
 * formatDecimal(64);      // '64'
 */
export function formatDecimal(n: number): string {
  const a = Math.abs(n);
  if (a === 0) return '0';
  if (a >= 100 || Number.isInteger(n)) return grouped[0].format(n);
  if (a >= 10) return grouped[1].format(n);
  if (a >= 1) return grouped[2].format(n);
  return significant3.format(n);
}

/**
 * A share 0-1 as a percentage: one decimal, two below 1 %, no trailing ".0".
 *
 * @example
 * formatPercent(0.0909); // '9.1%'
 * formatPercent(0.0036); // '0.36%'
 * formatPercent(1);      // '100%'
 */
export function formatPercent(share: number): string {
  const p = share * 100;
  if (p === 0) return '0%';
  const text = Math.abs(p) < 1 ? grouped[2].format(p) : grouped[1].format(p);
  return `${text.replace(/\.0$/, '')}%`;
}

/**
 * A duration given in hours, in the unit a person reads best: seconds, minutes or hours.
 *
 * @example
 * formatHours(0.0586); // '3.5 min'
 * formatHours(2.0475); // '2.05 h'
 * formatHours(0.004);  // '14 s'
 */
export function formatHours(hours: number): string {
  const seconds = hours * 3600;
  if (Math.abs(seconds) < 60) return `${grouped[0].format(seconds)} s`;
  const minutes = seconds / 60;
  if (Math.abs(minutes) < 10) return `${grouped[1].format(minutes)} min`;
  if (Math.abs(minutes) < 60) return `${grouped[0].format(minutes)} min`;
  return `${formatDecimal(hours)} h`;
}

/**
 * A count of things, with the noun in the right number.
 *
 * @example
 * withNoun(1, 'parcel', 'parcels');    // '1 parcel'
 * withNoun(2125, 'parcel', 'parcels'); // '2,125 parcels'
 */
export function withNoun(n: number, singular: string, plural: string): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

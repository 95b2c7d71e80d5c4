/**
 * Plain-text tables and numbers for the `--format text` summary: columns padded to line up in
 * any monospaced terminal, and numbers written the same way on every machine.
 *
 * Numbers are formatted by hand rather than with `toLocaleString`, whose output depends on the
 * machine's locale and ICU data: the summary of a (scenario, seed) should read the same anywhere.
 */

/** How a column's cells are aligned: text to the left, numbers to the right. */
export type Align = 'left' | 'right';

/**
 * Lays out rows as columns separated by three spaces, each line indented by two. Trailing
 * spaces are trimmed. Missing alignments default to 'left'.
 *
 * @example
 * formatTable([['station', 'served'], ['xray', '2,107']], ['left', 'right']);
 * // '  station   served\n  xray       2,107'
 */
export function formatTable(rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => {
      const cells = row.map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])));
      return `  ${cells.join('   ')}`.trimEnd();
    })
    .join('\n');
}

/** Shown in place of a number that does not exist (no parcels served, station never staffed). */
export const NONE = '-';

/**
 * A number with a fixed count of decimals and commas between thousands; `-` when not finite.
 *
 * @example
 * formatNumber(12235.66, 1); // '12,235.7'
 * formatNumber(294960);      // '294,960'
 */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return NONE;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // A negative value that rounds to zero prints as "0", not "-0".
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/**
 * A share 0-1 as a percentage number, without the sign (the column or unit says "%").
 *
 * @example
 * formatPercent(0.9731); // '97.3'
 */
export function formatPercent(share: number, decimals = 1): string {
  return formatNumber(share * 100, decimals);
}

// Numbers and columns of the text summary: the same on every machine, whatever its locale.
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatTable } from '../../src/cli/textTable.js';

describe('formatNumber', () => {
  it.each([
    [0, 0, '0'],
    [999, 0, '999'],
    [1000, 0, '1,000'],
    [294960, 0, '294,960'],
    [1234567.891, 2, '1,234,567.89'],
    [12235.66, 1, '12,235.7'],
    [-1234.5, 1, '-1,234.5'],
    [-0.0001, 2, '0.00'],
    [Number.NaN, 1, '-'],
    [Number.POSITIVE_INFINITY, 0, '-'],
  ])('formatNumber(%d, %d) is %j', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  it('formatPercent turns a share into a percentage number', () => {
    expect(formatPercent(0.9731)).toBe('97.3');
    expect(formatPercent(0.0054, 2)).toBe('0.54');
  });
});

describe('formatTable', () => {
  it('pads columns, aligns numbers right and trims trailing spaces', () => {
    expect(formatTable([['station', 'served', 'note'], ['xray', '2,107', ''], ['fieldTest', '2', 'x']], ['left', 'right', 'left'])).toBe(
      ['  station     served   note', '  xray         2,107', '  fieldTest        2   x'].join('\n'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatHours, formatPercent, isKnown, withNoun } from '../../../src/ui/metrics/formatNumber.js';

describe('number formats', () => {
  it('groups thousands and keeps one decimal for fractions', () => {
    expect(formatCount(294960)).toBe('294,960');
    expect(formatCount(127.02)).toBe('127.0');
  });

  it('chooses digits by size, and none for whole numbers', () => {
    expect(formatDecimal(12256.6)).toBe('12,257');
    expect(formatDecimal(45.34)).toBe('45.3');
    expect(formatDecimal(2.0475)).toBe('2.05');
    expect(formatDecimal(0.008333)).toBe('0.00833');
    expect(formatDecimal(64)).toBe('64');
    expect(formatDecimal(0)).toBe('0');
  });

  it('writes shares as percentages without trailing zeros', () => {
    expect(formatPercent(0.0909)).toBe('9.1%');
    expect(formatPercent(0.0036)).toBe('0.36%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.1)).toBe('10%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('writes durations in seconds, minutes or hours', () => {
    expect(formatHours(0.004)).toBe('14 s');
    expect(formatHours(0.0586)).toBe('3.5 min');
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(2.0475)).toBe('2.05 h');
    expect(formatHours(30)).toBe('30 h');
  });

  it('puts nouns in the right number', () => {
    expect(withNoun(1, 'parcel', 'parcels')).toBe('1 parcel');
    expect(withNoun(0, 'parcel', 'parcels')).toBe('0 parcels');
  });

  it('treats null, undefined and NaN as unknown', () => {
    expect([null, undefined, Number.NaN, Infinity, 0].map(isKnown)).toEqual([false, false, false, false, true]);
  });
});

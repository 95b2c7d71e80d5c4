// Label wording: grouped thousands, units with the right number, clock times.
import { describe, expect, it } from 'vitest';
import { countOf, formatCount, simClock } from '../../src/render/format.js';

describe('format', () => {
  it('groups thousands', () => {
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(-12345)).toBe('-12,345');
    expect(formatCount(0)).toBe('0');
  });
  it('spells units in singular and plural', () => {
    expect(countOf(1, 'parcel')).toBe('1 parcel');
    expect(countOf(0, 'parcel')).toBe('0 parcels');
    expect(countOf(2, 'box', 'boxes')).toBe('2 boxes');
  });
  it('shows day and clock time', () => expect(simClock(86_400 + 3_723)).toBe('Day 2, 01:02'));
});

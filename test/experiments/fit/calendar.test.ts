// Calendar dates without a Date object: checked against the JavaScript calendar, every day from
// 1899 to 2101, and the leap-year rules by hand.
import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate } from '../../../src/experiments/fit/calendar.js';

describe('calendar', () => {
  it('counts days as the Gregorian calendar does, across months, leap days and centuries', () => {
    let date = '1899-12-25';
    let reference = Date.UTC(1899, 11, 25); // the test may use Date; the simulation core may not
    for (let i = 0; i < 74_000; i++) {
      expect(date).toBe(new Date(reference).toISOString().slice(0, 10));
      date = addDays(date, 1);
      reference += 86_400_000;
    }
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -366)).toBe('2023-03-01');
  });

  it('knows which days exist', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2026, 4, 31)).toBe(false);
    expect(isCalendarDate(2026, 13, 1)).toBe(false);
    expect(isCalendarDate(2026, 1, 0)).toBe(false);
  });
});

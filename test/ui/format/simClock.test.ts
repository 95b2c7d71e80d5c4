// The page's simulated clock: "Day 1, 14:32" in the header, seconds in a story, durations.
import { describe, expect, it } from 'vitest';
import { calendarOrigin, formatDuration, formatSimClock, formatSimTime, formatTimeOfDay } from '../../../src/ui/format/simClock.js';

describe('simulated clock text', () => {
  it('writes day and time to the minute, day 1 starting at 00:00', () => {
    expect(formatSimClock(0)).toBe('Day 1, 00:00');
    expect(formatSimClock(14 * 3600 + 32 * 60 + 59)).toBe('Day 1, 14:32');
    expect(formatSimClock(86_400 + 60)).toBe('Day 2, 00:01');
  });

  it('writes the end of a day as the start of the next, as a wall clock does (never "24:00")', () => {
    expect(formatSimClock(86_400)).toBe('Day 2, 00:00');
    expect(formatSimClock(2 * 86_400)).toBe('Day 3, 00:00');
  });

  it('counts days from the day statistics start: a warm-up of a day and six hours opens at Day 1, 06:00', () => {
    const opening = 30 * 3600;
    expect(calendarOrigin(opening)).toBe(86_400);
    expect(calendarOrigin(6 * 3600)).toBe(0);
    expect(formatSimClock(opening, opening)).toBe('Day 1, 06:00');
    expect(formatSimClock(opening + 86_400, opening)).toBe('Day 2, 06:00');
    // A parcel that arrived during the warm-up day: before day 1, still a time of day.
    expect(formatSimTime(22 * 3600 + 13 * 60 + 20, opening)).toBe('Day 0, 22:13:20');
    expect(formatSimTime(opening + 14 * 60 + 5, opening)).toBe('Day 1, 06:14:05');
    expect(formatTimeOfDay(opening + 14 * 60 + 5)).toBe('06:14:05');
  });

  it('writes story times to the second and durations in words', () => {
    expect(formatSimTime(52_325)).toBe('Day 1, 14:32:05');
    expect(formatDuration(30)).toBe('30 s');
    expect(formatDuration(12 * 60)).toBe('12 min');
    expect(formatDuration(3 * 3600 + 5 * 60)).toBe('3 h 05 min');
  });
});

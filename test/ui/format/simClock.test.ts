// The page's simulated clock: "Day 1, 14:32" in the header, seconds in a story, durations.
import { describe, expect, it } from 'vitest';
import { formatDuration, formatSimClock, formatSimTime } from '../../../src/ui/format/simClock.js';

describe('simulated clock text', () => {
  it('writes day and time to the minute, day 1 starting at 00:00', () => {
    expect(formatSimClock(0)).toBe('Day 1, 00:00');
    expect(formatSimClock(14 * 3600 + 32 * 60 + 59)).toBe('Day 1, 14:32');
    expect(formatSimClock(86_400 + 60)).toBe('Day 2, 00:01');
  });

  it('writes the end of a run on a day boundary as 24:00 of its last day', () => {
    expect(formatSimClock(86_400, 86_400)).toBe('Day 1, 24:00');
    expect(formatSimClock(2 * 86_400, 2 * 86_400)).toBe('Day 2, 24:00');
    expect(formatSimClock(86_400, 2 * 86_400)).toBe('Day 2, 00:00');
  });

  it('writes story times to the second and durations in words', () => {
    expect(formatSimTime(52_325)).toBe('Day 1, 14:32:05');
    expect(formatDuration(30)).toBe('30 s');
    expect(formatDuration(12 * 60)).toBe('12 min');
    expect(formatDuration(3 * 3600 + 5 * 60)).toBe('3 h 05 min');
  });
});

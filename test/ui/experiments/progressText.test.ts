// The words under the progress bar: runs done, the share, and a time left once there is
// something to go on.
import { describe, expect, it } from 'vitest';
import { formatDuration, progressText, timeLeftMs } from '../../../src/ui/experiments/progressText.js';

describe('progress text', () => {
  it('counts runs and estimates the time left from the runs done', () => {
    expect(progressText(12, 40, 10_000)).toBe('12 of 40 runs (30%) · about 25 s left');
    expect(timeLeftMs(10, 40, 5000)).toBe(15_000);
  });

  it('withholds an estimate until a run has finished and a moment has passed', () => {
    expect(progressText(0, 40, 5000)).toBe('0 of 40 runs (0%) · estimating time left…');
    expect(progressText(3, 40, 200)).toBe('3 of 40 runs (7%) · estimating time left…');
  });

  it('says nothing of time when done', () => {
    expect(progressText(40, 40, 30_000)).toBe('40 of 40 runs (100%)');
  });

  it('rounds durations to what an estimate deserves', () => {
    expect(formatDuration(4_200)).toBe('4 s');
    expect(formatDuration(38_000)).toBe('40 s');
    expect(formatDuration(131_000)).toBe('2 min 10 s');
    expect(formatDuration(179_000)).toBe('3 min');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });
});

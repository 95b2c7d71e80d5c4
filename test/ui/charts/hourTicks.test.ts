import { describe, expect, it } from 'vitest';
import { HOUR_INCRS, hourTickLabel, timeAxisRange } from '../../../src/ui/charts/hourTicks.js';

describe('time axis', () => {
  it('labels hours as a clock, and midnight with its day', () => {
    expect(hourTickLabel(0, 6)).toBe('00:00\nDay 1');
    expect(hourTickLabel(6, 6)).toBe('06:00');
    expect(hourTickLabel(21, 3)).toBe('21:00');
    expect(hourTickLabel(24, 6)).toBe('00:00\nDay 2');
    expect(hourTickLabel(30, 6)).toBe('06:00');
  });

  it('labels from a run\'s opening hour: x = 0 of a run that opens at 06:00 reads 06:00', () => {
    expect(hourTickLabel(0, 6, 6)).toBe('06:00');
    expect(hourTickLabel(18, 6, 6)).toBe('00:00\nDay 2');
    expect(hourTickLabel(24, 6, 6)).toBe('06:00');
    expect(hourTickLabel(24, 24, 6)).toBe('Day 2');
  });

  it('spans the run\'s own length, never more: an empty one-day chart shows one day', () => {
    expect(timeAxisRange(0, 24)).toEqual([0, 24]);
    expect(timeAxisRange(30, 24)).toEqual([0, 24]);
    expect(timeAxisRange(0, 168)).toEqual([0, 24]);
    expect(timeAxisRange(30, 168)).toEqual([0, 48]);
    expect(timeAxisRange(0, 12)).toEqual([0, 12]);
  });

  it('labels whole-day ticks by day only', () => {
    expect(hourTickLabel(48, 24)).toBe('Day 3');
    expect(hourTickLabel(168, 168)).toBe('Day 8');
  });

  it('steps by natural hours, then whole days', () => {
    expect(HOUR_INCRS.slice(0, 6)).toEqual([1, 2, 3, 6, 12, 24]);
    for (const step of HOUR_INCRS.slice(5)) expect(step % 24).toBe(0);
  });

  it('shows whole days, at least one', () => {
    expect(timeAxisRange(0)).toEqual([0, 24]);
    expect(timeAxisRange(5)).toEqual([0, 24]);
    expect(timeAxisRange(24)).toEqual([0, 24]);
    expect(timeAxisRange(25)).toEqual([0, 48]);
  });
});

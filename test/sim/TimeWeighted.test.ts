// Time-weighted averages of a piecewise-constant level (queue length, busy servers).
import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../src/sim/TimeWeighted.js';

describe('TimeWeighted', () => {
  it('weights each level by how long it was held', () => {
    const q = new TimeWeighted(0, 0);
    q.set(10, 3);
    q.add(20, -1);
    expect(q.level).toBe(2);
    expect(q.integral(30)).toBe(50); // 0*10 + 3*10 + 2*10
    expect(q.mean(30)).toBeCloseTo(50 / 30, 14);
  });

  it('holds the current level until the time asked about', () => {
    const q = new TimeWeighted(0, 4);
    expect(q.integral(0)).toBe(0);
    expect(q.integral(2.5)).toBe(10);
    expect(q.mean(100)).toBe(4);
  });

  it('starts at the given time and level', () => {
    const busy = new TimeWeighted(100, 2);
    busy.set(110, 1);
    expect(busy.startTime).toBe(100);
    expect(busy.mean(120)).toBe(1.5); // (2*10 + 1*10) / 20
  });

  it('counts several changes at the same instant only by their final level', () => {
    const q = new TimeWeighted();
    q.add(5, 1);
    q.add(5, 1);
    q.add(5, -1);
    expect(q.integral(10)).toBe(5);
    expect(q.max).toBe(2); // the transient peak is still the peak
  });

  it('tracks the maximum and minimum level', () => {
    const q = new TimeWeighted(0, 1);
    q.set(1, 5);
    q.set(2, 0);
    q.set(3, 2);
    expect(q.max).toBe(5);
    expect(q.min).toBe(0);
  });

  it('gives the current level as the mean over a zero-length interval', () => {
    const q = new TimeWeighted(7, 3);
    expect(q.mean(7)).toBe(3);
  });

  it('reset restarts accumulation at a time, keeping the level (warm-up deletion)', () => {
    const q = new TimeWeighted(0, 0);
    q.set(50, 10); // warm-up: the queue builds
    q.set(90, 4);
    q.reset(100);
    expect(q.level).toBe(4);
    expect(q.startTime).toBe(100);
    expect(q.max).toBe(4); // the warm-up peak of 10 is forgotten
    q.set(110, 6);
    expect(q.integral(120)).toBe(100); // 4*10 + 6*10
    expect(q.mean(120)).toBe(5);
  });

  it('throws when time goes backwards', () => {
    const q = new TimeWeighted();
    q.set(10, 1);
    expect(() => q.set(9, 2)).toThrow(RangeError);
    expect(() => q.add(9, 1)).toThrow(RangeError);
    expect(() => q.integral(5)).toThrow(RangeError);
    expect(() => q.mean(5)).toThrow(RangeError);
    expect(() => q.reset(5)).toThrow(RangeError);
    expect(() => q.set(NaN, 1)).toThrow(RangeError);
    expect(q.integral(10)).toBe(0); // nothing was changed by the failed calls
  });
});

// An axis's scale over the points' intervals: a share's axis from 0 to a round top (never past
// 100 %), a flow or cost axis over the data with a margin, ticks in display units.
import { describe, expect, it } from 'vitest';
import { FRONTIER_X, FRONTIER_Y, axisScale } from '../../src/experiments/index.js';

describe('axis scale', () => {
  it('starts a share at 0 with a sliver below, ends at a round percentage, and writes ticks with %', () => {
    const s = axisScale(FRONTIER_Y.interdictionRate, [{ mean: 0.14, halfWidth: 0.01 }], 400, 0, 5);
    expect(s.hi).toBe(20);
    expect(s.lo).toBeLessThan(0);
    expect(s.ticks.map((t) => t.text)).toEqual(['0%', '5%', '10%', '15%', '20%']);
    expect(s.at(0)).toBeLessThan(400);
  });

  it('gives a share at least 5 % and at most 100 %', () => {
    expect(axisScale(FRONTIER_Y.interdictionRate, [{ mean: 0, halfWidth: 0 }], 0, 1, 5).hi).toBe(5);
    expect(axisScale(FRONTIER_Y.interdictionRate, [{ mean: 0.98, halfWidth: 0.05 }], 0, 1, 5).hi).toBe(100);
  });

  it('spans the intervals of a data axis with a margin, stopping at 0 for amounts', () => {
    const s = axisScale(FRONTIER_X.releasedPerHour, [{ mean: 12000, halfWidth: 100 }, { mean: 13000, halfWidth: NaN }], 0, 600, 5);
    expect(s.lo).toBeLessThan(11900);
    expect(s.lo).toBeGreaterThan(11000);
    expect(s.hi).toBeGreaterThan(13000);
    expect(s.ticks.every((t) => t.value >= s.lo && t.value <= s.hi)).toBe(true);
    expect(s.ticks[0].text).toMatch(/^\d{2},\d{3}$/);
    expect(axisScale(FRONTIER_X.officerHours, [{ mean: 5, halfWidth: 20 }], 0, 1, 5).lo).toBe(0);
  });

  it('survives no points and a single value', () => {
    expect(axisScale(FRONTIER_X.dollars, [], 0, 1, 5).ticks.length).toBeGreaterThan(0);
    const one = axisScale(FRONTIER_X.dollars, [{ mean: 27600, halfWidth: 0 }], 0, 1, 5);
    expect(one.lo).toBeLessThan(27600);
    expect(one.hi).toBeGreaterThan(27600);
  });
});

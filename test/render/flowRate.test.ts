// The belt's arithmetic: release rates from two snapshots, and the round number of parcels one
// belt dot stands for, bounded so the belt holds at most a couple of hundred dots.
import { describe, expect, it } from 'vitest';
import { PARCELS_PER_DOT_STEPS, parcelsPerDot, releaseStep, smooth } from '../../src/render/flowRate.js';

describe('releaseStep', () => {
  it('measures releases per simulated and per real second', () => {
    expect(releaseStep({ time: 0, released: 0, wallMs: 0 }, { time: 60, released: 210, wallMs: 500 }))
      .toEqual({ parcels: 210, perSimSecond: 3.5, perRealSecond: 420 });
  });

  it('says nothing while paused or after a reset', () => {
    expect(releaseStep({ time: 60, released: 10, wallMs: 0 }, { time: 60, released: 10, wallMs: 100 })).toBeNull();
    expect(releaseStep({ time: 60, released: 10, wallMs: 0 }, { time: 0, released: 0, wallMs: 100 })).toBeNull();
  });
});

describe('parcelsPerDot', () => {
  it('is one parcel per dot when the flow is slow', () => {
    expect(parcelsPerDot(3.5, 4, 200, 1)).toBe(1);
  });

  it('keeps the dots on the belt at or under the target', () => {
    for (const rate of [10, 120, 999, 12_345, 1e6, 3e7]) {
      const n = parcelsPerDot(rate, 4, 200, 1);
      expect(PARCELS_PER_DOT_STEPS).toContain(n);
      expect((rate * 4) / n, `rate ${rate}`).toBeLessThanOrEqual(200);
    }
  });

  it('chooses the smallest round number that fits', () => {
    expect(parcelsPerDot(1_000, 4, 200, 1)).toBe(25);
  });

  it('does not step down for a small dip, only for a large one', () => {
    expect(parcelsPerDot(600, 4, 200, 25)).toBe(25); // 12 would do, but not 5x smaller
    expect(parcelsPerDot(40, 4, 200, 25)).toBe(1);
  });
});

describe('smooth', () => {
  it('starts at the first sample and moves part of the way after', () => {
    expect(smooth(null, 10)).toBe(10);
    expect(smooth(10, 20, 0.25)).toBe(12.5);
  });
});

// Picking a parcel: the nearest drawn dot within 8 CSS pixels, whatever the zoom.
import { describe, expect, it } from 'vitest';
import { PICK_CSS_PX, nearestDot, pickRadius } from '../../src/render/hitTest.js';

const dots = [{ id: 1, x: 100, y: 100 }, { id: 2, x: 108, y: 100 }, { id: 3, x: 300, y: 300 }];

describe('hit test', () => {
  it('reaches 8 CSS pixels at any scale', () => {
    expect(PICK_CSS_PX).toBeGreaterThanOrEqual(8);
    expect(pickRadius(0.5)).toBe(16); // 1280x720: half a pixel per plan unit
    expect(pickRadius(2)).toBe(4); // zoomed in: the same 8 pixels are fewer plan units
    expect(pickRadius(0.5) * 0.5).toBe(PICK_CSS_PX);
  });

  it('picks the nearest dot, not the first within reach', () => {
    expect(nearestDot(dots, 105, 100, 16)).toBe(2);
    expect(nearestDot(dots, 103, 100, 16)).toBe(1);
  });

  it('picks a dot 8 pixels away and nothing further', () => {
    const r = pickRadius(0.5);
    expect(nearestDot(dots, 300 + r, 300, r)).toBe(3);
    expect(nearestDot(dots, 300 + r + 0.01, 300, r)).toBeNull();
    expect(nearestDot([], 0, 0, r)).toBeNull();
  });
});

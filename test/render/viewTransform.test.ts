// Zoom and pan arithmetic: the fit letterboxes the whole plan, a zoom keeps the point under the
// pointer still, a pan follows the pointer, limits and the plan's edges hold, and canvas and plan
// coordinates convert both ways.
import { describe, expect, it } from 'vitest';
import { PLAN_HEIGHT, PLAN_WIDTH } from '../../src/render/layout.js';
import {
  FIT_VIEW, MAX_ZOOM, MIN_ZOOM, clampView, fitScale, panBy, placement, toCanvas, toPlan, zoomAt,
} from '../../src/render/viewTransform.js';

const size = { width: 812, height: 400 };

describe('view transform', () => {
  it('fits the whole plan, centred, at zoom 1', () => {
    const p = placement(FIT_VIEW, size);
    expect(p.scale).toBeCloseTo(Math.min(812 / PLAN_WIDTH, 400 / PLAN_HEIGHT), 12);
    expect(p.x).toBeCloseTo((812 - PLAN_WIDTH * p.scale) / 2, 9);
    expect(p.y).toBeCloseTo(0, 9);
    expect(fitScale({ width: 1000, height: 400 })).toBe(0.5);
  });

  it('zooms about the centre exactly, and about a corner point without moving it', () => {
    const z = zoomAt(FIT_VIEW, 2, 406, 200, size);
    expect(z.zoom).toBe(2);
    expect(toPlan(z, size, 406, 200).x).toBeCloseTo(PLAN_WIDTH / 2, 9);
    // A point a quarter in from the top left stays under the pointer.
    const at = toCanvas(FIT_VIEW, size, PLAN_WIDTH / 4, PLAN_HEIGHT / 4);
    const z2 = zoomAt(FIT_VIEW, 2, at.x, at.y, size);
    const back = toCanvas(z2, size, PLAN_WIDTH / 4, PLAN_HEIGHT / 4);
    expect(back.x).toBeCloseTo(at.x, 9);
    expect(back.y).toBeCloseTo(at.y, 9);
  });

  it('pans with the pointer: a drag of d pixels moves every plan point d pixels', () => {
    const z = zoomAt(FIT_VIEW, 3, 406, 200, size);
    const before = toCanvas(z, size, 800, 400);
    const moved = panBy(z, -50, 30, size);
    const after = toCanvas(moved, size, 800, 400);
    expect(after.x - before.x).toBeCloseTo(-50, 9);
    expect(after.y - before.y).toBeCloseTo(30, 9);
  });

  it('keeps zoom within limits and never pans the plan off the canvas', () => {
    expect(zoomAt(FIT_VIEW, 100, 0, 0, size).zoom).toBe(MAX_ZOOM);
    expect(zoomAt(FIT_VIEW, 0.01, 0, 0, size).zoom).toBe(MIN_ZOOM);
    // At the fit the plan cannot move at all.
    expect(panBy(FIT_VIEW, 300, 300, size)).toEqual(FIT_VIEW);
    // Zoomed, a huge drag stops with the plan's corner at the canvas's corner.
    const z = panBy(zoomAt(FIT_VIEW, 2, 406, 200, size), 1e6, 1e6, size);
    const corner = toCanvas(z, size, 0, 0);
    expect(corner.x).toBeCloseTo(0, 9);
    expect(corner.y).toBeCloseTo(0, 9);
    expect(clampView({ zoom: Number.NaN, cx: Number.NaN, cy: 5 }, size)).toEqual(FIT_VIEW);
  });

  it('converts canvas to plan and back', () => {
    const v = zoomAt(FIT_VIEW, 2.5, 100, 300, size);
    const p = toPlan(v, size, 123, 45);
    const c = toCanvas(v, size, p.x, p.y);
    expect(c.x).toBeCloseTo(123, 9);
    expect(c.y).toBeCloseTo(45, 9);
  });
});

// Dot motion: a moving dot eases to its target over MOVE_MS, a redirected dot starts from where
// it is, and every dot that comes to rest is reported once.
import { describe, expect, it } from 'vitest';
import type { Particle } from 'pixi.js';
import { DotMotion, MOVE_MS, type MovingDot } from '../../src/render/DotMotion.js';

const dot = (): MovingDot => ({
  particle: { x: 0, y: 0, alpha: 1 } as Particle,
  marker: { x: 0, y: 0, alpha: 1 } as Particle,
  fx: 0, fy: 0, fa: 0, tx: 0, ty: 0, ta: 0, t: 0, dur: 0, moving: -1,
});

describe('DotMotion', () => {
  it('eases a dot to its target over MOVE_MS, marker alongside, then reports it settled', () => {
    const settled: MovingDot[] = [];
    const m = new DotMotion<MovingDot>((d) => settled.push(d));
    const d = dot();
    m.tweenTo(d, 100, 50, 0.5);
    m.tick(MOVE_MS / 2);
    expect(d.particle.x).toBeCloseTo(50);
    expect(settled).toEqual([]);
    m.tick(MOVE_MS);
    expect([d.particle.x, d.particle.y, d.particle.alpha]).toEqual([100, 50, 0.5]);
    expect([d.marker!.x, d.marker!.y]).toEqual([100, 50]);
    expect(settled).toEqual([d]);
    expect(d.moving).toBe(-1);
  });

  it('starts a redirected move from where the dot is, and restarts its clock', () => {
    const m = new DotMotion<MovingDot>(() => {});
    const d = dot();
    m.tweenTo(d, 100, 0, 1);
    m.tick(MOVE_MS / 2);
    m.tweenTo(d, 0, 0, 1);
    expect(d.fx).toBeCloseTo(50);
    m.tick(MOVE_MS - 1);
    expect(d.particle.x).toBeGreaterThan(0);
    m.tick(1);
    expect(d.particle.x).toBe(0);
  });

  it('takes the given duration when one is given', () => {
    const m = new DotMotion<MovingDot>(() => {});
    const d = dot();
    m.tweenTo(d, 100, 0, 1, 100);
    m.tick(100);
    expect(d.particle.x).toBe(100);
    expect(d.moving).toBe(-1);
  });

  it('keeps the other dots moving when one in the middle of the list stops', () => {
    const m = new DotMotion<MovingDot>(() => {});
    const [a, b, c] = [dot(), dot(), dot()];
    for (const d of [a, b, c]) m.tweenTo(d, 10, 10, 1);
    m.stop(b);
    m.tick(MOVE_MS);
    expect([a.particle.x, b.particle.x, c.particle.x]).toEqual([10, 0, 10]);
  });

  it('stops everything at once for a new run', () => {
    const settled: MovingDot[] = [];
    const m = new DotMotion<MovingDot>((d) => settled.push(d));
    const [a, b] = [dot(), dot()];
    m.tweenTo(a, 10, 10, 1);
    m.tweenTo(b, 10, 10, 1);
    m.stopAll();
    expect(settled).toHaveLength(2);
    m.tick(MOVE_MS);
    expect(a.particle.x).toBe(0);
  });
});

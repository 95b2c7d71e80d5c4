/**
 * The motion of parcel dots: each moving dot eases from where it was to its new slot (and fades,
 * when it appears or leaves) over MOVE_MS. Only dots in motion are walked each frame, in a plain
 * array with swap-removal, so thousands of resting dots cost nothing and a frame allocates
 * nothing.
 */
import type { Particle } from 'pixi.js';

/** Duration of a dot's move to another zone, ms: long enough to follow with the eye. */
export const MOVE_MS = 300;
/**
 * Duration of a step up a queue, ms. Short, because a queue advances on nearly every snapshot:
 * with full-length moves its dots would always be in flight and the queue would look ragged.
 */
export const SHUFFLE_MS = 120;

/** A dot that can move: its particles and its tween state. */
export interface MovingDot {
  particle: Particle;
  /** A second particle that travels with it (the contraband diamond), or null. */
  marker: Particle | null;
  // The tween: from (fx, fy, fa) to (tx, ty, ta), t of dur milliseconds in.
  fx: number; fy: number; fa: number;
  tx: number; ty: number; ta: number;
  t: number;
  dur: number;
  /** Index in the list of moving dots, or -1 at rest. */
  moving: number;
}

/** Slow in, slow out: a move reads as travel rather than a jump. */
const ease = (k: number): number => (k < 0.5 ? 2 * k * k : 1 - 2 * (1 - k) * (1 - k));

export class DotMotion<D extends MovingDot> {
  private readonly list: D[] = [];

  /** `onSettled` hears of every dot that comes to rest (or is stopped). */
  constructor(private readonly onSettled: (d: D) => void) {}

  /** Puts a dot (and its marker) at (x, y) with alpha `a`, at once. */
  place(d: D, x: number, y: number, a: number): void {
    d.particle.x = x;
    d.particle.y = y;
    d.particle.alpha = a;
    if (d.marker) {
      d.marker.x = x;
      d.marker.y = y;
      d.marker.alpha = a;
    }
  }

  /** Starts (or redirects) a move from where the dot is now, lasting `ms`. */
  tweenTo(d: D, x: number, y: number, a: number, ms = MOVE_MS): void {
    d.fx = d.particle.x;
    d.fy = d.particle.y;
    d.fa = d.particle.alpha;
    d.tx = x;
    d.ty = y;
    d.ta = a;
    d.t = 0;
    d.dur = ms;
    if (d.moving < 0) {
      d.moving = this.list.length;
      this.list.push(d);
    }
  }

  /** Ends a dot's move where it is, and reports it settled. */
  stop(d: D): void {
    const i = d.moving;
    if (i >= 0) {
      const last = this.list.pop()!;
      if (last !== d) {
        this.list[i] = last;
        last.moving = i;
      }
      d.moving = -1;
    }
    this.onSettled(d);
  }

  /** Stops every move (a new run). */
  stopAll(): void {
    for (let i = this.list.length - 1; i >= 0; i--) this.stop(this.list[i]);
  }

  /** Advances every move by `dtMs`; called once per frame. */
  tick(dtMs: number): void {
    const list = this.list;
    for (let i = list.length - 1; i >= 0; i--) {
      const d = list[i];
      d.t += dtMs;
      const k = d.t >= d.dur ? 1 : ease(d.t / d.dur);
      this.place(d, d.fx + (d.tx - d.fx) * k, d.fy + (d.ty - d.fy) * k, d.fa + (d.ta - d.fa) * k);
      if (k === 1) this.stop(d);
    }
  }
}

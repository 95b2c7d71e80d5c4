/**
 * The sort belt and the released bulk flow on it. About 99% of parcels are never pulled: they
 * ride the belt from the induction lines to the postal service and are only counted in the
 * snapshot (`totals.released`). This layer shows that flow honestly: it measures the release
 * rate from successive snapshots, and sends one dot down the belt per N parcels released, N a
 * round number chosen (flowRate.ts) so the belt holds at most a couple of hundred dots.
 *
 * The releases counted between two snapshots are spread evenly over the time until the next
 * snapshot is expected, so the stream is smooth rather than pulsing with the frame rate. With
 * reduced motion the dots stand still, evenly spaced, one per N parcels released per simulated
 * hour.
 *
 * All MAX_DOTS particles are made once; idle ones are transparent. No allocation per frame.
 */
import { Container, Particle, ParticleContainer } from 'pixi.js';
import type { FacilitySnapshot } from '../model/snapshot.js';
import type { GlyphAtlas } from './glyphAtlas.js';
import { Glyphs } from './Glyphs.js';
import { parcelsPerDot, releaseStep, smooth, type ReleaseSample } from './flowRate.js';
import type { Point } from './geometry.js';
import type { FloorPlan } from './layout.js';
import { FLOOR, PARCEL_COLORS, hexToNumber } from './palette.js';

/** Particles in the pool: the hard ceiling on belt dots. */
const MAX_DOTS = 320;
/** The belt is sized for this many dots at the measured rate, leaving headroom in the pool. */
const TARGET_DOTS = 200;
/** Seconds a dot takes from the induction lines to the exit. */
export const TRAVEL_SECONDS = 4;
/** Half-width of the belt, in plan units. */
const BELT_HALF_WIDTH = 13;

export class FlowLayer {
  readonly container = new Container();
  private readonly band: Glyphs;
  private readonly dots = new ParticleContainer<Particle>({ dynamicProperties: { position: true, color: true, vertex: false, rotation: false, uvs: false } });
  /** Distance along the belt of each particle, or -1 when idle. */
  private readonly along = new Float32Array(MAX_DOTS).fill(-1);
  /** Sideways offset of each particle, so the stream has the belt's width. */
  private readonly side = new Float32Array(MAX_DOTS);
  private readonly idle: number[] = [];
  private path: Point[] = [];
  private cumulative: number[] = [0];
  private length = 1;

  private last: ReleaseSample | null = null;
  private perRealSecond: number | null = null;
  private perSimSecond: number | null = null;
  private intervalMs: number | null = null;
  private per = 1;
  private owed = 0;
  private pending = 0;
  private spawnClock = 0;
  private seed = 1;

  constructor(atlas: GlyphAtlas, private readonly reducedMotion: boolean) {
    this.band = new Glyphs(atlas);
    this.dots.texture = atlas.textures.dot;
    const tint = hexToNumber(PARCEL_COLORS.released);
    for (let i = 0; i < MAX_DOTS; i++) {
      this.dots.particleChildren.push(new Particle({ texture: atlas.textures.dot, anchorX: 0.5, anchorY: 0.5, tint, alpha: 0 }));
      this.idle.push(MAX_DOTS - 1 - i);
      this.side[i] = (this.random() - 0.5) * 2 * (BELT_HALF_WIDTH - 5);
    }
    this.dots.update();
    this.container.addChild(this.band.container, this.dots);
  }

  /** Parcels one belt dot stands for. */
  get parcelsPerDot(): number {
    return this.per;
  }

  /** Releases per simulated hour, smoothed, or null before two snapshots have been seen. */
  get releasedPerHour(): number | null {
    return this.perSimSecond === null ? null : this.perSimSecond * 3600;
  }

  /** Draws the belt along the plan's centre line (made of horizontal and vertical runs). */
  build(plan: FloorPlan): void {
    this.path = plan.belt;
    this.cumulative = [0];
    for (let i = 1; i < this.path.length; i++) {
      const a = this.path[i - 1];
      const b = this.path[i];
      this.cumulative.push(this.cumulative[i - 1] + Math.hypot(b.x - a.x, b.y - a.y));
    }
    this.length = Math.max(1, this.cumulative[this.cumulative.length - 1]);
    const g = this.band;
    g.begin();
    const run = (half: number, color: string): void => {
      for (let i = 1; i < this.path.length; i++) {
        const a = this.path[i - 1];
        const b = this.path[i];
        const x0 = Math.min(a.x, b.x) - half;
        const y0 = Math.min(a.y, b.y) - half;
        g.rect(x0, y0, Math.abs(b.x - a.x) + 2 * half, Math.abs(b.y - a.y) + 2 * half, color);
      }
    };
    // The band, then its edges as thin strips (not a wider band underneath: no pixel drawn twice).
    run(BELT_HALF_WIDTH, FLOOR.belt);
    for (let i = 1; i < this.path.length; i++) {
      const a = this.path[i - 1];
      const b = this.path[i];
      const h = BELT_HALF_WIDTH;
      if (a.y === b.y) {
        const x0 = Math.min(a.x, b.x) - h;
        const w = Math.abs(b.x - a.x) + 2 * h;
        g.rect(x0, a.y - h - 2, w, 2, FLOOR.beltEdge);
        g.rect(x0, a.y + h, w, 2, FLOOR.beltEdge);
      } else {
        const y0 = Math.min(a.y, b.y) - h;
        const len = Math.abs(b.y - a.y) + 2 * h;
        g.rect(a.x - h - 2, y0, 2, len, FLOOR.beltEdge);
        g.rect(a.x + h, y0, 2, len, FLOOR.beltEdge);
      }
    }
    // Rollers across the belt, every 16 units, so it reads as a conveyor even when empty.
    for (let d = 8; d < this.length; d += 16) {
      const { x, y, nx, ny } = this.pointAt(d, 0);
      const r = BELT_HALF_WIDTH - 2;
      if (Math.abs(nx) > 0.5) g.rect(x - r, y - 0.75, 2 * r, 1.5, FLOOR.beltEdge, 0.6);
      else g.rect(x - 0.75, y - r, 1.5, 2 * r, FLOOR.beltEdge, 0.6);
    }
    g.end();
    if (this.reducedMotion) this.layOutStill();
  }

  /** Reads a snapshot's release total; `wallMs` is when it arrived (performance.now()). */
  update(s: FacilitySnapshot, wallMs: number): void {
    const sample: ReleaseSample = { time: s.time, released: s.totals.released, wallMs };
    const prev = this.last;
    this.last = sample;
    if (!prev) return;
    if (s.time < prev.time || s.totals.released < prev.released) {
      this.reset();
      this.last = sample;
      return;
    }
    const step = releaseStep(prev, sample);
    if (!step) return;
    this.perRealSecond = smooth(this.perRealSecond, step.perRealSecond);
    this.perSimSecond = smooth(this.perSimSecond, step.perSimSecond);
    this.intervalMs = smooth(this.intervalMs, Math.min(2000, Math.max(16, wallMs - prev.wallMs)));
    if (this.reducedMotion) {
      this.per = parcelsPerDot(this.perSimSecond * 3600, 1, TARGET_DOTS, this.per);
      this.layOutStill();
      return;
    }
    this.per = parcelsPerDot(this.perRealSecond, TRAVEL_SECONDS, TARGET_DOTS, this.per);
    this.owed += step.parcels;
    const k = Math.floor(this.owed / this.per);
    this.owed -= k * this.per;
    this.pending = Math.min(MAX_DOTS, this.pending + k);
  }

  /** Moves the dots and releases the scheduled ones; called once per frame. */
  tick(dtMs: number): void {
    if (this.reducedMotion) return;
    const speed = this.length / TRAVEL_SECONDS / 1000;
    const ps = this.dots.particleChildren;
    for (let i = 0; i < MAX_DOTS; i++) {
      const u = this.along[i];
      if (u < 0) continue;
      this.moveTo(i, u + speed * dtMs);
    }
    if (this.pending === 0) {
      this.spawnClock = 0;
      return;
    }
    // Spread what is owed over the time until the next snapshot is expected. A dot due earlier
    // in this frame starts as far along as it would have got, so a slow frame does not clump them.
    const every = (this.intervalMs ?? 250) / this.pending;
    this.spawnClock += dtMs;
    while (this.pending > 0 && this.spawnClock >= every && this.idle.length > 0) {
      this.spawnClock -= every;
      this.pending--;
      const i = this.idle.pop()!;
      ps[i].alpha = 1;
      this.moveTo(i, speed * this.spawnClock);
    }
    if (this.idle.length === 0) this.pending = 0;
  }

  /** Puts dot `i` at distance `u` along the belt, or retires it past the end. */
  private moveTo(i: number, u: number): void {
    const p = this.dots.particleChildren[i];
    if (u >= this.length) {
      this.along[i] = -1;
      p.alpha = 0;
      this.idle.push(i);
      return;
    }
    this.along[i] = u;
    const at = this.pointAt(u, this.side[i]);
    p.x = at.x;
    p.y = at.y;
  }


  destroy(): void {
    this.container.destroy({ children: true });
  }

  private reset(): void {
    this.perRealSecond = this.perSimSecond = this.intervalMs = null;
    this.per = 1;
    this.owed = this.pending = this.spawnClock = 0;
    this.idle.length = 0;
    for (let i = 0; i < MAX_DOTS; i++) {
      this.along[i] = -1;
      this.dots.particleChildren[i].alpha = 0;
      this.idle.push(MAX_DOTS - 1 - i);
    }
  }

  /** Reduced motion: one still dot per N parcels released per simulated hour, evenly spaced. */
  private layOutStill(): void {
    const n = this.perSimSecond === null ? 0 : Math.min(MAX_DOTS, Math.round((this.perSimSecond * 3600) / this.per));
    const ps = this.dots.particleChildren;
    for (let i = 0; i < MAX_DOTS; i++) {
      if (i >= n) {
        ps[i].alpha = 0;
        continue;
      }
      const at = this.pointAt(((i + 0.5) / n) * this.length, this.side[i]);
      ps[i].x = at.x;
      ps[i].y = at.y;
      ps[i].alpha = 1;
    }
  }

  // One reused result object: pointAt runs for every moving dot on every frame.
  private readonly at = { x: 0, y: 0, nx: 0, ny: 0 };

  /** The point `d` along the belt, shifted `offset` sideways, and the sideways unit vector. */
  private pointAt(d: number, offset: number): { x: number; y: number; nx: number; ny: number } {
    const c = this.cumulative;
    let i = 1;
    while (i < c.length - 1 && c[i] < d) i++;
    const a = this.path[i - 1];
    const b = this.path[i];
    const seg = c[i] - c[i - 1] || 1;
    const k = (d - c[i - 1]) / seg;
    const nx = -(b.y - a.y) / seg;
    const ny = (b.x - a.x) / seg;
    const out = this.at;
    out.x = a.x + (b.x - a.x) * k + nx * offset;
    out.y = a.y + (b.y - a.y) * k + ny * offset;
    out.nx = nx;
    out.ny = ny;
    return out;
  }

  /** A small deterministic generator for the sideways offsets (the view must not touch the model's streams). */
  private random(): number {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed / 2147483647;
  }
}

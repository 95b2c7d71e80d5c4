/**
 * Pulled parcels, one dot each, in the zone of their lifecycle state. The layer keeps its own
 * cache of dots keyed by parcel id (docs/architecture.md rule 7): each snapshot is diffed against the
 * previous placements (diffParcels) and only the dots that appear, change zone or slot, or leave
 * are touched. A move to another zone is tweened over MOVE_MS (a step up a queue, shorter),
 * unless motion is reduced.
 *
 * Dots are Particles in a ParticleContainer sharing one white circle texture, tinted by status:
 * thousands draw in one batch. Only dots in motion are walked per frame (DotMotion), and
 * Particle objects are recycled, so steady state allocates nothing per frame.
 *
 * Newly pulled parcels slide in from where they were pulled (the targeting split, or the canine
 * run for a dog's alert). Parcels that leave the listing fade out where they were: the snapshot
 * does not say whether they were released, seized or detained.
 */
import { Container, Particle, ParticleContainer, Sprite } from 'pixi.js';
import type { FacilitySnapshot, ParcelDot, ParcelState } from '../model/snapshot.js';
import { diffParcels, type Placement, type ZonePolicy } from './diffParcels.js';
import { DotMotion, MOVE_MS, SHUFFLE_MS, type MovingDot } from './DotMotion.js';
import type { GlyphAtlas } from './glyphAtlas.js';
import type { FloorPlan, Zone } from './layout.js';
import { PARCEL_COLORS, PARCEL_STATUS, hexToNumber, statusOf } from './palette.js';
import { centre, type Point } from './geometry.js';
import { nearestDot, type DotAt } from './hitTest.js';

/** A parcel's dot; its marker is the contraband diamond (contraband parcels only). */
interface Dot extends MovingDot {
  id: number;
  /** Null until the dot is first placed (so its first trip is a full move). */
  state: ParcelState | null;
  /** Reached the exam through an x-ray or CT alarm or a dog's alert. */
  alarmed: boolean;
  /** Whether it fits its zone (otherwise it is counted in "+N" and drawn transparent). */
  shown: boolean;
  removing: boolean;
}

export class ParcelLayer {
  readonly container = new Container();
  private readonly dots = new ParticleContainer<Particle>({ dynamicProperties: { position: true, color: true, vertex: false, rotation: false, uvs: false } });
  private readonly markers = new ParticleContainer<Particle>({ dynamicProperties: { position: true, color: true, vertex: false, rotation: false, uvs: false } });
  private readonly ring: Sprite;
  private readonly byId = new Map<number, Dot>();
  private readonly motion = new DotMotion<Dot>((d) => this.settled(d));
  private readonly freeParticles: Particle[] = [];
  private readonly freeMarkers: Particle[] = [];
  private placements = new Map<number, Placement<ParcelState>>();
  private plan: FloorPlan | null = null;
  private highlightId: number | null = null;
  /** Particles of dots that have finished leaving, taken out of the containers once per frame. */
  private readonly dead = new Set<Particle>();
  private first = true;

  constructor(private readonly atlas: GlyphAtlas, private readonly reducedMotion: boolean) {
    this.dots.texture = atlas.textures.dot;
    this.markers.texture = atlas.textures.diamond;
    this.markers.visible = false;
    // The selection ring: white on a dark edge, so it reads on every dot colour and on the floor.
    this.ring = new Sprite({ texture: atlas.textures.ring, anchor: 0.5 });
    this.ring.visible = false;
    this.container.addChild(this.dots, this.markers, this.ring);
  }

  /** Applies a snapshot: adds, moves and removes dots. `planChanged` re-places every dot. */
  update(s: FacilitySnapshot, plan: FloorPlan, planChanged: boolean): void {
    this.plan = plan;
    const zoneOf = (state: ParcelState): ZonePolicy => {
      const z = plan.zones[state] as Zone | undefined;
      return z ? { kind: z.kind, capacity: z.slots.length } : { kind: 'pool', capacity: 0 };
    };
    const { placements, ops } = diffParcels(this.placements, s.parcels, zoneOf);
    const info = new Map<number, ParcelDot>();
    for (const p of s.parcels) info.set(p.id, p);
    const jump = this.reducedMotion || this.first;
    for (const op of ops) {
      if (op.kind === 'add') this.add(info.get(op.id)!, op.slot, jump);
      else if (op.kind === 'move') this.move(this.byId.get(op.id)!, op.from, op.state, op.slot, jump);
      else this.remove(this.byId.get(op.id)!, jump);
    }
    if (planChanged) {
      for (const [id, p] of placements) this.retarget(this.byId.get(id)!, p.state, p.slot, jump);
    }
    this.placements = placements;
    this.first = false;
  }

  /** Forgets every dot at once (a new run started). */
  reset(): void {
    for (const d of this.byId.values()) this.remove(d, true);
    this.motion.stopAll(); // the dots still fading out
    this.flushRemovals();
    this.placements = new Map();
    this.first = true;
  }

  /** How many dots of each state are drawn (the rest of byState is "+N"). */
  shownCounts(): Map<ParcelState, number> {
    const out = new Map<ParcelState, number>();
    for (const d of this.byId.values()) if (d.shown && !d.removing && d.state !== null) out.set(d.state, (out.get(d.state) ?? 0) + 1);
    return out;
  }

  /** Advances the tweens by `dtMs`; called once per frame. */
  tick(dtMs: number): void {
    this.motion.tick(dtMs);
    if (this.dead.size > 0) this.flushRemovals();
    this.updateRing();
  }

  /** Shows or hides the contraband diamonds. */
  setReveal(on: boolean): void {
    this.markers.visible = on;
  }

  /** Puts the selection ring on a parcel, or removes it. */
  setHighlight(id: number | null): void {
    this.highlightId = id;
    this.updateRing();
  }

  /** The drawn parcel nearest to (x, y) within `radius` plan units, or null. */
  parcelAt(x: number, y: number, radius: number): number | null {
    return nearestDot(this.drawnDots(), x, y, radius);
  }

  /** The dots on show (not leaving, not counted in "+N"), with their current centres. */
  private *drawnDots(): Generator<DotAt> {
    for (const d of this.byId.values()) if (d.shown && !d.removing) yield { id: d.id, x: d.particle.x, y: d.particle.y };
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }

  private add(p: ParcelDot, slot: number, jump: boolean): void {
    const particle = this.freeParticles.pop() ?? new Particle({ texture: this.atlas.textures.dot, anchorX: 0.5, anchorY: 0.5 });
    let marker: Particle | null = null;
    if (p.contraband) {
      marker = this.freeMarkers.pop() ?? new Particle({ texture: this.atlas.textures.diamond, anchorX: 0.5, anchorY: 0.5 });
      this.markers.particleChildren.push(marker);
      this.markers.update();
    }
    this.dots.particleChildren.push(particle);
    this.dots.update();
    const d: Dot = {
      id: p.id, particle, marker, state: null, // set by retarget
      alarmed: p.rule === -1, shown: false, removing: false,
      fx: 0, fy: 0, fa: 0, tx: 0, ty: 0, ta: 0, t: 0, dur: MOVE_MS, moving: -1,
    };
    this.byId.set(p.id, d);
    const from = jump ? null : this.origin(p);
    if (from) {
      this.motion.place(d, from.x, from.y, 0);
      this.retarget(d, p.state, slot, false);
    } else {
      // No journey to show: appear in place (fading in, unless motion is reduced).
      this.retarget(d, p.state, slot, true);
      if (!jump && d.shown) {
        this.motion.place(d, d.particle.x, d.particle.y, 0);
        this.motion.tweenTo(d, d.particle.x, d.particle.y, 1);
      }
    }
  }

  private move(d: Dot, from: ParcelState, to: ParcelState, slot: number, jump: boolean): void {
    // An x-ray or CT alarm, or a dog's alert, makes the exam that follows an "alarm" exam.
    if (from === 'xray' || from === 'ct') d.alarmed = true;
    this.retarget(d, to, slot, jump);
  }

  private remove(d: Dot, jump: boolean): void {
    d.removing = true;
    this.byId.delete(d.id);
    if (jump) {
      this.motion.place(d, d.particle.x, d.particle.y, 0);
      this.motion.stop(d);
    } else this.motion.tweenTo(d, d.particle.x, d.particle.y, 0);
  }

  /** Sends a dot to its slot (or, when it does not fit, fades it into the zone's "+N"). */
  private retarget(d: Dot, state: ParcelState, slot: number, jump: boolean): void {
    const zone = this.plan!.zones[state] as Zone | undefined;
    const ms = d.state === state ? SHUFFLE_MS : MOVE_MS;
    d.state = state;
    d.particle.tint = hexToNumber(PARCEL_COLORS[statusOf(state, d.alarmed)]);
    const at: Point | undefined = zone?.slots[slot];
    d.shown = at !== undefined;
    const target = at ?? zone?.overflowAt ?? { x: 0, y: 0 };
    if (jump) {
      this.motion.place(d, target.x, target.y, d.shown ? 1 : 0);
      this.motion.stop(d);
    } else this.motion.tweenTo(d, target.x, target.y, d.shown ? 1 : 0, ms);
  }

  /** A dot came to rest; one that was leaving is taken out at the end of the frame. */
  private settled(d: Dot): void {
    if (!d.removing) return;
    this.dead.add(d.particle);
    if (d.marker) this.dead.add(d.marker);
  }

  /** Takes dots that have left out of their containers, in one pass, and keeps their particles for reuse. */
  private flushRemovals(): void {
    const dead = this.dead;
    const keep = (list: Particle[], free: Particle[]): void => {
      let w = 0;
      for (let r = 0; r < list.length; r++) {
        const p = list[r];
        if (dead.has(p)) free.push(p);
        else list[w++] = p;
      }
      list.length = w;
    };
    keep(this.dots.particleChildren, this.freeParticles);
    keep(this.markers.particleChildren, this.freeMarkers);
    dead.clear();
    this.dots.update();
    this.markers.update();
  }

  private updateRing(): void {
    const d = this.highlightId === null ? undefined : this.byId.get(this.highlightId);
    if (!d) {
      this.ring.visible = false;
      return;
    }
    this.ring.visible = true;
    if (d.shown) this.ring.position.set(d.particle.x, d.particle.y);
    else {
      // Not drawn (it does not fit): ring the "+N" label that counts it.
      const zone = d.state === null ? undefined : (this.plan!.zones[d.state] as Zone | undefined);
      const at = zone?.overflowAt ?? { x: 0, y: 0 };
      this.ring.position.set(at.x - 14, at.y - 9);
    }
  }

  /**
   * Where a new dot slides in from: the targeting split for a fresh pull, the canine run for a
   * dog's alert; null for a parcel first seen mid-journey (it fades in at its slot). A parcel not
   * screened yet (awaiting induction, held or queued) has just come off the belt.
   */
  private origin(p: ParcelDot): Point | null {
    const status = PARCEL_STATUS[p.state];
    if (status !== 'unscreened' && status !== 'pulled') return null;
    const region = this.plan!.regions.find((r) => r.id === (p.rule === -1 ? 'canine' : 'targeting'));
    return region ? centre(region.rect) : null;
  }
}

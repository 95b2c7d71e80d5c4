/**
 * The floor itself: a rounded panel and a title for every area of the plan, and the faint zone
 * outlines where pulled parcels queue. Static: drawn once per plan, under everything else.
 */
import { Container, Graphics } from 'pixi.js';
import type { Labels } from './Labels.js';
import type { FloorPlan } from './layout.js';
import { FLOOR } from './palette.js';

/** Zones worth outlining: the big waiting areas, so an empty queue still shows where it would be. */
const OUTLINED_ZONES = ['held', 'xrayQueue', 'ctQueue', 'examQueue', 'fieldTestQueue', 'seizureQueue', 'lab', 'awaitingInduction'] as const;

export class RegionFrames {
  readonly container = new Container();

  constructor(private readonly labels: Labels) {}

  /** Draws the panels and titles of `plan`, replacing any earlier drawing. */
  build(plan: FloorPlan): void {
    for (const c of this.container.removeChildren()) c.destroy({ children: true });
    this.labels.prune();
    const g = new Graphics();
    for (const r of plan.regions) {
      const { x, y, w, h } = r.rect;
      g.roundRect(x, y, w, h, 8).fill(FLOOR.region).stroke({ width: 1.5, color: FLOOR.regionBorder, alignment: 1 });
    }
    for (const name of OUTLINED_ZONES) {
      const z = plan.zones[name];
      g.roundRect(z.rect.x - 2, z.rect.y - 2, z.rect.w + 4, z.rect.h + 4, 4).stroke({ width: 1, color: FLOOR.regionBorder, alpha: 0.7 });
    }
    this.container.addChild(g);
    // Station titles leave room for the state chip at the top right (StationLayer).
    for (const r of plan.regions) this.labels.make(this.container, r.label, 'title', r.rect.x + 10, r.rect.y + 8, { maxWidth: r.rect.w - (r.station ? 96 : 20) });
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }
}

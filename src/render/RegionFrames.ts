/**
 * The floor itself: an outline and a title for every area of the plan, and faint outlines where
 * pulled parcels queue, so an empty queue still shows where it would be. Static: drawn once per
 * plan, under everything else.
 *
 * Outlines rather than filled panels: on software GL every covered pixel costs, and panels would
 * cover most of the canvas. The floor colour is the renderer's clear colour (FacilityView).
 */
import { Container } from 'pixi.js';
import type { GlyphAtlas } from './glyphAtlas.js';
import { Glyphs } from './Glyphs.js';
import type { Labels } from './Labels.js';
import { TITLE_INSET, type FloorPlan } from './layout.js';
import { FLOOR } from './palette.js';

/** Zones worth outlining: the big waiting areas. */
const OUTLINED_ZONES = ['held', 'xrayQueue', 'ctQueue', 'examQueue', 'fieldTestQueue', 'seizureQueue', 'lab', 'awaitingInduction'] as const;

export class RegionFrames {
  readonly container = new Container();
  private readonly glyphs: Glyphs;

  constructor(private readonly labels: Labels, atlas: GlyphAtlas) {
    this.glyphs = new Glyphs(atlas);
    this.container.addChild(this.glyphs.container);
  }

  /** Draws the outlines and titles of `plan`, replacing any earlier drawing. */
  build(plan: FloorPlan): void {
    this.labels.clear('frames');
    const g = this.glyphs;
    g.begin();
    for (const r of plan.regions) g.outline(r.rect.x, r.rect.y, r.rect.w, r.rect.h, 1.5, FLOOR.regionBorder);
    for (const name of OUTLINED_ZONES) {
      const z = plan.zones[name].rect;
      g.outline(z.x - 2, z.y - 2, z.w + 4, z.h + 4, 1.5, FLOOR.regionBorder, 0.45);
    }
    g.end();
    // A station's state badge has its own line under the title (StationLayer), so a title has the
    // area's whole width and never runs into it.
    for (const r of plan.regions) {
      this.labels.make('frames', r.label, 'title', r.rect.x + TITLE_INSET.x, r.rect.y + TITLE_INSET.y, { maxWidth: r.rect.w - 2 * TITLE_INSET.x });
    }
  }


  destroy(): void {
    this.container.destroy({ children: true });
  }
}

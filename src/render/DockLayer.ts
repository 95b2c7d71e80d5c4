/**
 * Where mail comes in: the flights that landed in the last hour (a plane each, with its landing
 * time and pieces; the next landing when none did), the receptacles tendered from flights, waiting
 * at the dock (one box each, stacked, up to what fits, then "+N"), the postal induction lines (lit
 * while busy), and the targeting split that decides, parcel by parcel, who is pulled.
 */
import { Container } from 'pixi.js';
import type { FacilitySnapshot } from '../model/snapshot.js';
import { countOf, formatCount, timeOfDay } from './format.js';
import type { GlyphAtlas } from './glyphAtlas.js';
import { Glyphs } from './Glyphs.js';
import type { Label, Labels } from './Labels.js';
import { INFO_LINE_Y, type FloorPlan, type Region } from './layout.js';
import { FLOOR, OKABE_ITO } from './palette.js';
import { lineHeight } from './textSizes.js';

/** A receptacle: a sack or tray of mail, drawn as a box with a tie line down its middle. */
const BOX_FILL = FLOOR.receptacle;
const BOX_EDGE = FLOOR.receptacleEdge;
/** Top of the split diagram, below the area's title and its line of figures. */
const SPLIT_TOP = INFO_LINE_Y[1] + 4;
/** Height of the split's diamond (glyphAtlas.ts), and the pitch of the lines under it. */
const SPLIT_H = 68;
const SPLIT_LINE = lineHeight('muted');

export class DockLayer {
  readonly container = new Container();
  private readonly glyphs: Glyphs;
  private plan: FloorPlan | null = null;
  private texts: { waiting: Label; pieces: Label; more: Label; linesBusy: Label; pulled: Label; flights: Label[] } | null = null;
  private signature = '';

  constructor(private readonly labels: Labels, atlas: GlyphAtlas) {
    this.glyphs = new Glyphs(atlas);
    this.container.addChild(this.glyphs.container);
  }

  build(plan: FloorPlan): void {
    this.labels.clear('dock');
    this.plan = plan;
    this.signature = '';
    const region = (id: string): Region => plan.regions.find((r) => r.id === id)!;
    const dock = region('dock').rect;
    const ind = region('induction').rect;
    const tgt = region('targeting').rect;
    const L = this.labels;
    const c = 'dock';
    L.make(c, 'opened, sorted', 'muted', ind.x + 10, ind.y + INFO_LINE_Y[1], { maxWidth: ind.w - 20 });
    this.texts = {
      waiting: L.make(c, '', 'info', dock.x + 10, dock.y + INFO_LINE_Y[0], { maxWidth: dock.w - 20 }),
      pieces: L.make(c, '', 'muted', dock.x + 10, dock.y + INFO_LINE_Y[1], { maxWidth: dock.w - 20 }),
      more: L.make(c, '', 'count', dock.x + dock.w - 10, dock.y + dock.h - 6, { anchorX: 1, anchorY: 1, maxWidth: dock.w - 20 }),
      linesBusy: L.make(c, '', 'info', ind.x + 10, ind.y + INFO_LINE_Y[0], { maxWidth: ind.w - 20 }),
      pulled: L.make(c, '', 'info', tgt.x + 10, tgt.y + INFO_LINE_Y[0], { maxWidth: tgt.w - 20 }),
      flights: plan.flightRows.map((r) => L.make(c, '', 'muted', r.x + 26, r.y + r.h / 2, { anchorY: 0.5, maxWidth: r.w - 28 })),
    };
    this.splitTexts(tgt);
  }


  update(s: FacilitySnapshot): void {
    const plan = this.plan!;
    const t = this.texts!;
    const d = s.dock;
    const pulled = Object.values(s.byState).reduce((a, b) => a + b, 0);
    this.labels.set(t.pulled, `${formatCount(pulled)} pulled inside`);
    this.labels.set(t.waiting, `${countOf(d.receptaclesWaiting, 'receptacle')} waiting`);
    this.labels.set(t.pieces, `${formatCount(d.piecesInside)} pieces inside`);
    this.labels.set(t.linesBusy, `${d.linesBusy} of ${countOf(d.lines, 'line')} busy`);
    const cap = plan.receptacleBoxes.length;
    this.labels.set(t.more, d.receptaclesWaiting > cap ? `+${formatCount(d.receptaclesWaiting - cap)} more` : '');
    const flights = d.landed.slice(0, t.flights.length);
    t.flights.forEach((label, i) => {
      const f = flights[i];
      if (f !== undefined) this.labels.set(label, `${timeOfDay(f.at)} · ${formatCount(f.pieces)} pieces`); // short, so it is never squeezed below the text size
      else if (i === 0 && d.nextLandingAt !== null) this.labels.set(label, `Next landing ${timeOfDay(d.nextLandingAt)}`);
      else this.labels.set(label, '');
    });
    // The marks are redrawn only when the boxes, the flights or busy lines change.
    const signature = `${Math.min(cap, d.receptaclesWaiting)}|${d.linesBusy}|${d.lines}|${flights.length}`;
    if (signature === this.signature) return;
    this.signature = signature;

    const g = this.glyphs;
    g.begin();
    const split = plan.regions.find((r) => r.id === 'targeting')!.rect;
    g.glyph('split', split.x + split.w / 2, split.y + SPLIT_TOP + SPLIT_H / 2);
    plan.flightRows.slice(0, flights.length).forEach((r) => g.glyph('plane', r.x + 12, r.y + r.h / 2, OKABE_ITO.skyBlue));
    const shown = Math.min(cap, d.receptaclesWaiting);
    for (let i = 0; i < shown; i++) {
      const b = plan.receptacleBoxes[i];
      g.rect(b.x, b.y, b.w, b.h, BOX_FILL);
      g.rect(b.x + b.w / 2 - 0.75, b.y + 2, 1.5, b.h - 4, BOX_EDGE);
    }

    plan.inductionLines.forEach((l, i) => {
      const busy = i < d.linesBusy;
      if (busy) g.rect(l.x, l.y, l.w, l.h, FLOOR.laneBusy);
      g.outline(l.x, l.y, l.w, l.h, busy ? 2 : 1.5, busy ? OKABE_ITO.skyBlue : FLOOR.regionBorder);
      // A receptacle being emptied on a busy line.
      if (busy) g.rect(l.x + l.w / 2 - 7, l.y + l.h / 2 - 5, 14, 10, BOX_FILL);
    });
    g.end();
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }

  /** The split's words: every parcel off the line meets the rules and, on the belt, the dogs. */
  private splitTexts(r: Region['rect']): void {
    const L = this.labels;
    const c = 'dock';
    const top = r.y + SPLIT_TOP;
    const fit = { maxWidth: r.w - 20 };
    L.make(c, 'rules', 'muted', r.x + r.w / 2, top + SPLIT_H / 2, { anchorX: 0.5, anchorY: 0.5, maxWidth: 90 });
    const lines = ['Hold → held area', 'Pull → screening', 'Dog alert → exam', 'Rest → release'];
    lines.forEach((text, i) => L.make(c, text, 'muted', r.x + 10, top + SPLIT_H + 4 + i * SPLIT_LINE, fit));
  }
}

/**
 * Where mail comes in: the receptacles tendered from flights, waiting at the dock (one box each,
 * stacked, up to what fits, then "+N"), the postal induction lines (lit while busy), and the
 * targeting split that decides, parcel by parcel, who is pulled.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import type { FacilitySnapshot } from '../model/snapshot.js';
import { countOf, formatCount } from './format.js';
import type { Labels } from './Labels.js';
import { INFO_LINE_Y, type FloorPlan, type Region } from './layout.js';
import { FLOOR, OKABE_ITO } from './palette.js';

/** A receptacle: a sack or tray of mail, drawn as a box with a tie line. */
const BOX_FILL = '#8A7A5C';
const BOX_EDGE = '#B4A27E';

export class DockLayer {
  readonly container = new Container();
  private readonly boxes = new Graphics();
  private readonly lines = new Graphics();
  private plan: FloorPlan | null = null;
  private texts: { waiting: Text; pieces: Text; more: Text; linesBusy: Text; lineNote: Text; pulled: Text } | null = null;
  private signature = '';

  constructor(private readonly labels: Labels) {}

  build(plan: FloorPlan): void {
    for (const c of this.container.removeChildren()) if (c !== this.boxes && c !== this.lines) c.destroy({ children: true });
    this.labels.prune();
    this.plan = plan;
    this.signature = '';
    const region = (id: string): Region => plan.regions.find((r) => r.id === id)!;
    const dock = region('dock').rect;
    const ind = region('induction').rect;
    const tgt = region('targeting').rect;
    this.container.addChild(this.boxes, this.lines);
    const L = this.labels;
    this.texts = {
      waiting: L.make(this.container, '', 'info', dock.x + 10, dock.y + INFO_LINE_Y[0], { maxWidth: dock.w - 20 }),
      pieces: L.make(this.container, '', 'muted', dock.x + 10, dock.y + INFO_LINE_Y[1], { maxWidth: dock.w - 20 }),
      more: L.make(this.container, '', 'count', dock.x + dock.w - 10, dock.y + dock.h - 6, { anchorX: 1, anchorY: 1 }),
      linesBusy: L.make(this.container, '', 'info', ind.x + 10, ind.y + INFO_LINE_Y[0], { maxWidth: ind.w - 20 }),
      lineNote: L.make(this.container, 'opened and sorted here', 'muted', ind.x + 10, ind.y + INFO_LINE_Y[1], { maxWidth: ind.w - 20 }),
      pulled: L.make(this.container, '', 'info', tgt.x + 10, tgt.y + INFO_LINE_Y[0], { maxWidth: tgt.w - 20 }),
    };
    this.drawSplit(tgt);
  }

  update(s: FacilitySnapshot): void {
    const plan = this.plan!;
    const t = this.texts!;
    const d = s.dock;
    const pulled = Object.values(s.byState).reduce((a, b) => a + b, 0);
    const signature = `${d.receptaclesWaiting}|${d.piecesInside}|${d.linesBusy}|${d.lines}|${pulled}`;
    if (signature === this.signature) return;
    this.signature = signature;

    this.labels.set(t.waiting, `${countOf(d.receptaclesWaiting, 'receptacle')} waiting`);
    this.labels.set(t.pieces, `${formatCount(d.piecesInside)} pieces inside`);
    const cap = plan.receptacleBoxes.length;
    this.labels.set(t.more, d.receptaclesWaiting > cap ? `+${formatCount(d.receptaclesWaiting - cap)} more` : '');
    const g = this.boxes.clear();
    const shown = Math.min(cap, d.receptaclesWaiting);
    for (let i = 0; i < shown; i++) {
      const b = plan.receptacleBoxes[i];
      g.roundRect(b.x, b.y, b.w, b.h, 2).fill(BOX_FILL).stroke({ width: 1, color: BOX_EDGE });
      g.moveTo(b.x + b.w / 2, b.y + 2).lineTo(b.x + b.w / 2, b.y + b.h - 2).stroke({ width: 1, color: BOX_EDGE });
    }

    this.labels.set(t.linesBusy, `${d.linesBusy} of ${countOf(d.lines, 'line')} busy`);
    const lg = this.lines.clear();
    plan.inductionLines.forEach((l, i) => {
      const busy = i < d.linesBusy;
      lg.roundRect(l.x, l.y, l.w, l.h, 4).fill(busy ? FLOOR.laneBusy : FLOOR.lane).stroke({ width: 1, color: busy ? OKABE_ITO.skyBlue : FLOOR.regionBorder });
      // A receptacle being emptied on a busy line.
      if (busy) lg.roundRect(l.x + l.w / 2 - 7, l.y + l.h / 2 - 5, 14, 10, 2).fill(BOX_FILL);
    });

    this.labels.set(t.pulled, `${formatCount(pulled)} pulled inside`);
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }

  /** The split: every parcel off the line meets the rules and, on the belt, the dogs. */
  private drawSplit(r: Region['rect']): void {
    const g = new Graphics();
    const cx = r.x + r.w / 2;
    const top = r.y + 84;
    g.poly([cx, top, cx + 40, top + 24, cx, top + 48, cx - 40, top + 24], true).fill(FLOOR.lane).stroke({ width: 1.5, color: OKABE_ITO.yellow });
    this.container.addChild(g);
    const L = this.labels;
    const fit = { maxWidth: r.w - 20 };
    L.make(this.container, 'rules', 'muted', cx, top + 24, { anchorX: 0.5, anchorY: 0.5 });
    L.make(this.container, 'Hold → held area', 'muted', r.x + 10, top + 60, fit);
    L.make(this.container, 'Pull → X-ray, CT, exam', 'muted', r.x + 10, top + 82, fit);
    L.make(this.container, 'Dog alert → exam', 'muted', r.x + 10, top + 104, fit);
    L.make(this.container, 'Rest → belt → release', 'muted', r.x + 10, top + 126, fit);
  }
}

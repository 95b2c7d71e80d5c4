/**
 * The areas that are not stations: the held area's and the lab's counts, the dog teams on the
 * canine run (coloured by state, hollow when off duty), the belt's caption with the measured
 * release rate, and the running totals at the exit, where parcels go back to the postal service.
 */
import { Container } from 'pixi.js';
import type { FacilitySnapshot } from '../model/snapshot.js';
import { countOf, formatCount } from './format.js';
import type { GlyphAtlas } from './glyphAtlas.js';
import { Glyphs } from './Glyphs.js';
import type { Label, Labels } from './Labels.js';
import { INFO_LINE_Y, type FloorPlan, type Rect } from './layout.js';
import { DOG_COLORS, FLOOR, OKABE_ITO } from './palette.js';
import { lineHeight } from './textSizes.js';

interface AreaTexts {
  held: Label;
  lab: Label;
  dogs: Label;
  rate: Label;
  perDot: Label;
  released: Label;
  seized: Label;
  detained: Label;
  arrived: Label;
}

export class AreaLayer {
  readonly container = new Container();
  private readonly glyphs: Glyphs;
  private plan: FloorPlan | null = null;
  private texts: AreaTexts | null = null;
  private dogSignature = '';

  /** `stillBelt`: motion is reduced, so the belt's dots stand still (see FlowLayer). */
  constructor(private readonly labels: Labels, atlas: GlyphAtlas, private readonly stillBelt: boolean) {
    this.glyphs = new Glyphs(atlas);
    this.container.addChild(this.glyphs.container);
  }

  build(plan: FloorPlan): void {
    this.labels.clear('areas');
    this.plan = plan;
    this.dogSignature = '';
    const rect = (id: string): Rect => plan.regions.find((r) => r.id === id)!.rect;
    const held = rect('held');
    const lab = rect('lab');
    const canine = rect('canine');
    const belt = rect('belt');
    const exit = rect('exit');
    const L = this.labels;
    const c = 'areas';
    const fit = (r: Rect) => ({ maxWidth: r.w - 20 });
    L.make(c, 'until the postal service presents them', 'muted', held.x + 10, held.y + INFO_LINE_Y[1], fit(held));
    L.make(c, 'awaiting results', 'muted', lab.x + 10, lab.y + INFO_LINE_Y[1], fit(lab));
    L.make(c, 'Not pulled → release', 'muted', belt.x + 10, belt.y + belt.h - 6, { anchorY: 1, maxWidth: 300 });
    L.make(c, 'to delivery', 'muted', plan.exitBin.x + plan.exitBin.w / 2, plan.exitBin.y + plan.exitBin.h - 6, { anchorX: 0.5, anchorY: 1, maxWidth: plan.exitBin.w - 12 });
    this.texts = {
      held: L.make(c, '', 'info', held.x + 10, held.y + INFO_LINE_Y[0], fit(held)),
      lab: L.make(c, '', 'info', lab.x + 10, lab.y + INFO_LINE_Y[0], fit(lab)),
      // Right of the dog teams, which stand at the run's left (layout.ts).
      dogs: L.make(c, '', 'muted', canine.x + canine.w - 10, canine.y + canine.h - 6, { anchorX: 1, anchorY: 1, maxWidth: canine.x + canine.w - 18 - Math.max(canine.x, ...plan.dogSlots.map((p) => p.x + 16)) }),
      // Right of where the belt drops from the induction lines (layout.ts), so the two never cross.
      rate: L.make(c, '', 'info', belt.x + belt.w - 10, belt.y + 8, { anchorX: 1, maxWidth: belt.x + belt.w - plan.belt[0].x - 24 }),
      perDot: L.make(c, '', 'muted', belt.x + belt.w - 10, belt.y + belt.h - 6, { anchorX: 1, anchorY: 1, maxWidth: belt.w - 330 }),
      released: L.make(c, '', 'info', exit.x + 10, exit.y + INFO_LINE_Y[0], fit(exit)),
      arrived: L.make(c, '', 'muted', exit.x + 10, exit.y + INFO_LINE_Y[1], fit(exit)),
      seized: L.make(c, '', 'info', exit.x + 10, exit.y + INFO_LINE_Y[2] + 8, fit(exit)),
      detained: L.make(c, '', 'info', exit.x + 10, exit.y + INFO_LINE_Y[2] + 8 + lineHeight('info'), fit(exit)),
    };
  }

  /** `releasedPerHour` is the belt's measured rate (null until known); `perDot` its scale. */
  update(s: FacilitySnapshot, releasedPerHour: number | null, perDot: number): void {
    const t = this.texts!;
    const L = this.labels;
    L.set(t.held, `${countOf(s.byState.held ?? 0, 'parcel')} held`);
    L.set(t.lab, countOf(s.byState.lab ?? 0, 'sample'));
    const working = s.canine.filter((c) => c === 'working').length;
    const resting = s.canine.filter((c) => c === 'resting').length;
    L.set(t.dogs, `${working} working, ${resting} resting`);
    L.set(t.rate, releasedPerHour === null
      ? 'Release rate: measuring…'
      : `Releasing ≈ ${countOf(releasedPerHour, 'parcel')} an hour`);
    L.set(t.perDot, this.stillBelt ? `1 dot = ${countOf(perDot, 'parcel')} an hour` : `1 moving dot = ${countOf(perDot, 'parcel')}`);
    L.set(t.released, `${formatCount(s.totals.released)} released`);
    L.set(t.arrived, `of ${formatCount(s.totals.arrived)} arrived`);
    L.set(t.seized, `Seized: ${countOf(s.totals.seized, 'parcel')}`);
    L.set(t.detained, `Detained: ${countOf(s.totals.detained, 'parcel')}`);

    const signature = s.canine.join(',');
    if (signature !== this.dogSignature) {
      this.dogSignature = signature;
      this.drawMarks(s.canine);
    }
  }


  destroy(): void {
    this.container.destroy({ children: true });
  }

  /** The postal cart at the end of the belt, and the dog teams, hollow when off duty. */
  private drawMarks(canine: FacilitySnapshot['canine']): void {
    const plan = this.plan!;
    const g = this.glyphs;
    const b = plan.exitBin;
    g.begin();
    g.outline(b.x, b.y, b.w, b.h, 1.5, OKABE_ITO.bluishGreen);
    g.glyph('dot', b.x + 18, b.y + b.h, FLOOR.regionBorder, 1, 1.7);
    g.glyph('dot', b.x + b.w - 18, b.y + b.h, FLOOR.regionBorder, 1, 1.7);
    plan.dogSlots.forEach((p, i) => {
      const state = canine[i] ?? 'offDuty';
      g.glyph(state === 'offDuty' ? 'dogOff' : 'dog', p.x, p.y, DOG_COLORS[state]);
    });
    g.end();
  }
}

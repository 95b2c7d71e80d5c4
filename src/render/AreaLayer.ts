/**
 * The areas that are not stations: the held area's and the lab's counts, the dog teams on the
 * canine run (coloured by state, hollow when off duty), the belt's caption with the measured
 * release rate, and the running totals at the exit, where parcels go back to the postal service.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import type { FacilitySnapshot } from '../model/snapshot.js';
import { countOf, formatCount } from './format.js';
import type { Labels } from './Labels.js';
import { INFO_LINE_Y, type FloorPlan, type Rect } from './layout.js';
import { DOG_COLORS, FLOOR, OKABE_ITO } from './palette.js';

interface AreaTexts {
  held: Text;
  lab: Text;
  dogs: Text;
  rate: Text;
  released: Text;
  seized: Text;
  detained: Text;
  arrived: Text;
}

export class AreaLayer {
  readonly container = new Container();
  private readonly dogs = new Graphics();
  private plan: FloorPlan | null = null;
  private texts: AreaTexts | null = null;
  private dogSignature = '';

  constructor(private readonly labels: Labels) {}

  build(plan: FloorPlan): void {
    for (const c of this.container.removeChildren()) if (c !== this.dogs) c.destroy({ children: true });
    this.labels.prune();
    this.plan = plan;
    this.dogSignature = '';
    const rect = (id: string): Rect => plan.regions.find((r) => r.id === id)!.rect;
    const held = rect('held');
    const lab = rect('lab');
    const canine = rect('canine');
    const belt = rect('belt');
    const exit = rect('exit');
    const L = this.labels;
    const c = this.container;
    c.addChild(this.dogs);
    const fit = (r: Rect) => ({ maxWidth: r.w - 20 });
    L.make(c, 'waiting for the postal service to find them and present them to an officer', 'muted', held.x + 10, held.y + INFO_LINE_Y[1], fit(held));
    L.make(c, 'awaiting results', 'muted', lab.x + 10, lab.y + INFO_LINE_Y[1], fit(lab));
    L.make(c, 'Parcels not pulled ride', 'muted', belt.x + 10, belt.y + 40, { maxWidth: 170 });
    L.make(c, 'on to release', 'muted', belt.x + 10, belt.y + 60, { maxWidth: 170 });
    this.drawBin(plan.exitBin);
    this.texts = {
      held: L.make(c, '', 'info', held.x + 10, held.y + INFO_LINE_Y[0], fit(held)),
      lab: L.make(c, '', 'info', lab.x + 10, lab.y + INFO_LINE_Y[0], fit(lab)),
      dogs: L.make(c, '', 'muted', canine.x + canine.w - 10, canine.y + canine.h - 8, { anchorX: 1, anchorY: 1, maxWidth: canine.w / 2 }),
      rate: L.make(c, '', 'info', belt.x + belt.w - 10, belt.y + belt.h - 8, { anchorX: 1, anchorY: 1, maxWidth: belt.w - 220 }),
      released: L.make(c, '', 'info', exit.x + 10, exit.y + INFO_LINE_Y[0], fit(exit)),
      arrived: L.make(c, '', 'muted', exit.x + 10, exit.y + INFO_LINE_Y[1], fit(exit)),
      seized: L.make(c, '', 'info', exit.x + 10, exit.y + INFO_LINE_Y[1] + 34, fit(exit)),
      detained: L.make(c, '', 'info', exit.x + 10, exit.y + INFO_LINE_Y[1] + 56, fit(exit)),
    };
  }

  /** `releasedPerHour` is the belt's measured rate (null until known); `perDot` its scale. */
  update(s: FacilitySnapshot, releasedPerHour: number | null, perDot: number): void {
    const t = this.texts!;
    const L = this.labels;
    L.set(t.held, `${countOf(s.byState.held ?? 0, 'parcel')} held`);
    L.set(t.lab, `${countOf(s.byState.lab ?? 0, 'sample')} at the lab`);
    const working = s.canine.filter((c) => c === 'working').length;
    const resting = s.canine.filter((c) => c === 'resting').length;
    L.set(t.dogs, `${working} working, ${resting} resting`);
    L.set(t.rate, releasedPerHour === null
      ? 'Release rate: measuring…'
      : `Releasing ≈ ${formatCount(releasedPerHour)} parcels per simulated hour · 1 moving dot = ${countOf(perDot, 'parcel')}`);
    L.set(t.released, `${countOf(s.totals.released, 'parcel')} released`);
    L.set(t.arrived, `of ${formatCount(s.totals.arrived)} arrived`);
    L.set(t.seized, `Seized: ${countOf(s.totals.seized, 'parcel')}`);
    L.set(t.detained, `Detained: ${countOf(s.totals.detained, 'parcel')}`);

    const signature = s.canine.join(',');
    if (signature !== this.dogSignature) {
      this.dogSignature = signature;
      const g = this.dogs.clear();
      this.plan!.dogSlots.forEach((p, i) => dogFigure(g, p.x, p.y, s.canine[i] ?? 'offDuty'));
    }
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }

  /** The hand-off point at the end of the belt: a postal cart. */
  private drawBin(b: Rect): void {
    const g = new Graphics()
      .roundRect(b.x, b.y, b.w, b.h, 6).fill(FLOOR.lane).stroke({ width: 1.5, color: OKABE_ITO.bluishGreen })
      .circle(b.x + 18, b.y + b.h, 5).circle(b.x + b.w - 18, b.y + b.h, 5).fill(FLOOR.regionBorder);
    this.container.addChild(g);
    this.labels.make(this.container, 'to delivery', 'muted', b.x + b.w / 2, b.y + b.h - 6, { anchorX: 0.5, anchorY: 1, maxWidth: b.w - 12 });
  }
}

/** A dog team: a dog's head in profile with an ear; hollow when off duty. */
export function dogFigure(g: Graphics, x: number, y: number, state: string): void {
  const color = DOG_COLORS[state] ?? DOG_COLORS.offDuty;
  // Body, head and a pricked ear, about 26 x 20 plan units, facing the belt's direction.
  g.roundRect(x - 13, y - 4, 19, 11, 5).circle(x + 8, y - 4, 6).poly([x + 4, y - 9, x + 7, y - 16, x + 10, y - 9], true);
  g.rect(x - 11, y + 6, 3, 6).rect(x + 1, y + 6, 3, 6);
  if (state === 'offDuty') g.stroke({ width: 1.2, color });
  else g.fill(color);
}

/**
 * The screening stations' furniture and people: one box per lane, table or desk (lit while it
 * serves a parcel), one figure per officer coloured by state (hollow when off duty, so the state
 * does not rest on colour alone), a chip saying whether the station is closed, idle or serving
 * (a closed station is also dimmed), and its queue and service counts in words with units.
 *
 * Each station redraws only when what it shows changes (a signature string), since a snapshot
 * may come many times a second while a station's state changes far less often.
 */
import { Container, Graphics, type Text } from 'pixi.js';
import type { FacilitySnapshot, StationSnapshot } from '../model/snapshot.js';
import type { QueueStationName } from '../scenario/schema.js';
import { countOf } from './format.js';
import type { Labels } from './Labels.js';
import { INFO_LINE_Y, type FloorPlan, type Region } from './layout.js';
import { FLOOR, OFFICER_COLORS, OKABE_ITO } from './palette.js';

/** What one lane (table, desk...) is called at each station, singular and plural. */
const LANE_NOUN: Record<QueueStationName, [string, string]> = {
  xray: ['lane', 'lanes'], ct: ['scanner', 'scanners'], exam: ['table', 'tables'],
  fieldTest: ['device', 'devices'], seizure: ['desk', 'desks'],
};
const STATE_CHIP: Record<string, { text: string; color: string }> = {
  closed: { text: 'CLOSED', color: '#8C97A3' },
  idle: { text: 'IDLE', color: OKABE_ITO.skyBlue },
  serving: { text: 'SERVING', color: OKABE_ITO.bluishGreen },
};

interface StationView {
  region: Region;
  dynamic: Graphics;
  chip: Graphics;
  chipText: Text;
  queue: Text;
  service: Text;
  /** Darkens the whole station while it is closed. */
  shade: Graphics;
  signature: string;
}

export class StationLayer {
  readonly container = new Container();
  private views = new Map<QueueStationName, StationView>();
  private plan: FloorPlan | null = null;

  constructor(private readonly labels: Labels) {}

  /** Makes the stations' drawing objects for `plan`. */
  build(plan: FloorPlan): void {
    for (const c of this.container.removeChildren()) c.destroy({ children: true });
    this.labels.prune();
    this.plan = plan;
    this.views.clear();
    for (const region of plan.regions) {
      if (!region.station) continue;
      const { x, y, w } = region.rect;
      const c = new Container();
      const dynamic = new Graphics();
      const chip = new Graphics();
      const shade = new Graphics().roundRect(x, y, w, region.rect.h, 8).fill({ color: FLOOR.background, alpha: 0.55 });
      shade.visible = false;
      c.addChild(dynamic, chip);
      const chipText = this.labels.make(c, '', 'tag', x + w - 16, y + 12, { anchorX: 1, maxWidth: 72 });
      const queue = this.labels.make(c, '', 'info', x + 10, y + INFO_LINE_Y[0], { maxWidth: w - 20 });
      const service = this.labels.make(c, '', 'muted', x + 10, y + INFO_LINE_Y[1], { maxWidth: w - 20 });
      c.addChild(shade);
      this.container.addChild(c);
      this.views.set(region.station, { region, dynamic, chip, chipText, queue, service, shade, signature: '' });
    }
  }

  update(s: FacilitySnapshot): void {
    for (const st of s.stations) {
      const v = this.views.get(st.name);
      if (!v) continue;
      const signature = `${st.state}|${st.lanes}|${st.queue}|${st.inService}|${st.officers.join(',')}`;
      if (signature === v.signature) continue;
      v.signature = signature;
      this.draw(v, st);
    }
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }

  private draw(v: StationView, st: StationSnapshot): void {
    const plan = this.plan!.stations[st.name];
    const [one, many] = LANE_NOUN[st.name];
    this.labels.set(v.queue, `Queue: ${countOf(st.queue, 'parcel')}`);
    this.labels.set(v.service, `${st.inService} of ${countOf(st.lanes, one, many)} busy`);

    const chip = STATE_CHIP[st.state] ?? { text: st.state.toUpperCase(), color: '#8C97A3' };
    this.labels.set(v.chipText, chip.text);
    const cw = v.chipText.width + 12;
    v.chip.clear().roundRect(v.chipText.x - cw + 6, v.chipText.y - 3, cw, 20, 10).fill(chip.color);
    v.shade.visible = st.state === 'closed';

    const g = v.dynamic.clear();
    // A lane is lit while in service; which lanes are busy is not in the snapshot, so the first
    // `inService` are lit (the parcel dots sit in the lanes they were given).
    plan.lanes.forEach((l, i) => {
      const busy = i < st.inService;
      g.roundRect(l.x, l.y, l.w, l.h, 5).fill(busy ? FLOOR.laneBusy : FLOOR.lane).stroke({ width: 1, color: FLOOR.regionBorder });
      laneGlyph(g, st.name, l.x + l.w / 2, l.y + l.h / 2, Math.min(l.w, l.h));
    });
    plan.officerSlots.forEach((p, i) => officerFigure(g, p.x, p.y, st.officers[i] ?? 'offDuty'));
  }
}

/** A faint icon of the lane's equipment behind the parcel dot: a tunnel, a ring, a table... */
function laneGlyph(g: Graphics, station: QueueStationName, cx: number, cy: number, size: number): void {
  const s = size * 0.34;
  const style = { width: 1.2, color: FLOOR.textMuted, alpha: 0.45 };
  if (station === 'xray') g.rect(cx - s, cy - s * 0.6, 2 * s, 1.2 * s).stroke(style);
  else if (station === 'ct') g.circle(cx, cy, s).stroke(style);
  else if (station === 'exam') g.rect(cx - s, cy - s * 0.45, 2 * s, 0.9 * s).stroke(style);
  else if (station === 'fieldTest') g.roundRect(cx - s * 0.5, cy - s * 0.8, s, 1.6 * s, 2).stroke(style);
  else g.rect(cx - s * 0.8, cy - s * 0.8, 1.6 * s, 1.6 * s).stroke(style);
}

/**
 * An officer: head and shoulders, filled with the state's colour; off duty is a hollow outline so
 * it reads without colour.
 */
export function officerFigure(g: Graphics, x: number, y: number, state: string): void {
  const color = OFFICER_COLORS[state] ?? OFFICER_COLORS.offDuty;
  g.circle(x, y - 6, 3.6);
  g.roundRect(x - 6, y - 1, 12, 10, 4);
  if (state === 'offDuty') g.stroke({ width: 1.2, color });
  else g.fill(color);
}

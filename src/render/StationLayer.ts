/**
 * The screening stations' furniture and people: one box per lane, table or desk (lit while it
 * serves a parcel), one figure per officer coloured by state (hollow when off duty, so the state
 * does not rest on colour alone), a chip saying whether the station is closed, idle or serving
 * (a closed station is also dimmed, but not its chip, which keeps its contrast), and its queue and
 * service counts in words with units. The chip has its own line under the title.
 * Boxes and figures are atlas marks (Glyphs), one draw call per station.
 *
 * Each station redraws its marks only when they change (a signature string), since a snapshot
 * may come many times a second while a station's lanes and officers change far less often.
 */
import { Container } from 'pixi.js';
import type { FacilitySnapshot, StationSnapshot } from '../model/snapshot.js';
import type { QueueStationName } from '../model/snapshot.js';
import { countOf } from './format.js';
import type { GlyphAtlas } from './glyphAtlas.js';
import { Glyphs } from './Glyphs.js';
import type { Label, Labels } from './Labels.js';
import { INFO_LINE_Y, type FloorPlan, type Region } from './layout.js';
import { CLOSED_TEXT_ALPHA, FLOOR, OFFICER_COLORS, OKABE_ITO, STATION_BADGES, type StationBadge } from './palette.js';
import { lineHeight } from './textSizes.js';

/** What one lane (table, desk...) is called at each station, singular and plural. */
const LANE_NOUN: Record<QueueStationName, [string, string]> = {
  xray: ['lane', 'lanes'], ct: ['scanner', 'scanners'], exam: ['table', 'tables'],
  fieldTest: ['device', 'devices'], seizure: ['desk', 'desks'],
};
/** Widest a chip's word may be, plan units. */
const CHIP_TEXT_WIDTH = 130;

interface StationView {
  region: Region;
  glyphs: Glyphs;
  /** The chip behind the state word, outside `container` so it is never dimmed. */
  chip: Glyphs;
  chipText: Label;
  queue: Label;
  service: Label;
  /** Everything the station draws; dimmed (alpha) while the station is closed. */
  container: Container;
  signature: string;
}

export class StationLayer {
  readonly container = new Container();
  private views = new Map<QueueStationName, StationView>();
  private plan: FloorPlan | null = null;

  constructor(private readonly labels: Labels, private readonly atlas: GlyphAtlas) {}

  /** Makes the stations' drawing objects for `plan`. */
  build(plan: FloorPlan): void {
    for (const c of this.container.removeChildren()) c.destroy({ children: true });
    this.labels.clear('stations');
    this.plan = plan;
    this.views.clear();
    for (const region of plan.regions) {
      if (!region.station) continue;
      const { x, y, w } = region.rect;
      const c = new Container();
      const glyphs = new Glyphs(this.atlas);
      c.addChild(glyphs.container);
      const chip = new Glyphs(this.atlas);
      const at = plan.stations[region.station].badgeAt;
      const chipText = this.labels.make('stations', '', 'tag', at.x, at.y, { maxWidth: CHIP_TEXT_WIDTH });
      const queue = this.labels.make('stations', '', 'info', x + 10, y + INFO_LINE_Y[1], { maxWidth: w - 20 });
      const service = this.labels.make('stations', '', 'muted', x + 10, y + INFO_LINE_Y[2], { maxWidth: w - 20 });
      this.container.addChild(c, chip.container);
      this.views.set(region.station, { region, container: c, glyphs, chip, chipText, queue, service, signature: '' });
    }
  }

  update(s: FacilitySnapshot): void {
    for (const st of s.stations) {
      const v = this.views.get(st.name);
      if (!v) continue;
      // The queue count changes on almost every snapshot; the marks far less often.
      this.labels.set(v.queue, `Queue: ${countOf(st.queue, 'parcel')}`);
      const signature = `${st.state}|${st.lanes}|${st.inService}|${st.officers.join(',')}`;
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
    this.labels.set(v.service, `${st.inService} of ${countOf(st.lanes, one, many)} busy`);

    const badge = STATION_BADGES[st.state as StationBadge] ?? { text: st.state.toUpperCase(), fill: FLOOR.closed };
    this.labels.set(v.chipText, badge.text);
    // Dim by alpha rather than a dark overlay: an overlay would cost its whole area in pixels.
    const closed = st.state === 'closed';
    v.container.alpha = closed ? 0.45 : 1;
    for (const t of [v.queue, v.service]) this.labels.setAlpha(t, closed ? CLOSED_TEXT_ALPHA : 1);

    v.chip.begin();
    const cw = this.labels.measure(badge.text, 'tag', CHIP_TEXT_WIDTH) + 12;
    v.chip.rect(v.chipText.x - 6, v.chipText.y - 2, cw, lineHeight('tag') + 1, badge.fill);
    v.chip.end();

    const g = v.glyphs;
    g.begin();
    // A lane is lit while in service; which lanes are busy is not in the snapshot, so the first
    // `inService` are lit (the parcel dots sit in the lanes they were given).
    plan.lanes.forEach((l, i) => {
      const busy = i < st.inService;
      // Only a busy lane is filled: fills cost pixels on software GL, and lit-when-busy reads well.
      if (busy) g.rect(l.x, l.y, l.w, l.h, FLOOR.laneBusy);
      // Lines at least 1.5 units wide: thinner ones can fall between pixel centres at 1280x720.
      g.outline(l.x, l.y, l.w, l.h, busy ? 2 : 1.5, busy ? OKABE_ITO.skyBlue : FLOOR.regionBorder);
    });
    plan.officerSlots.forEach((p, i) => {
      const state = st.officers[i] ?? 'offDuty';
      // Off duty is a hollow outline, so the state does not rest on colour alone.
      g.glyph(state === 'offDuty' ? 'officerOff' : 'officer', p.x, p.y, OFFICER_COLORS[state]);
    });
    g.end();
  }
}

/**
 * The "+N" labels: for each zone, how many parcels in its state are not drawn, either because
 * the zone is full or because the snapshot lists only the oldest SNAPSHOT_PARCEL_LIMIT pulled
 * parcels. N comes from the snapshot's full per-state counts, so the numbers on the floor add up
 * even when the dots cannot.
 */
import type { FacilitySnapshot } from '../model/snapshot.js';
import { formatCount } from './format.js';
import type { Label, Labels } from './Labels.js';
import type { FloorPlan } from './layout.js';

export class OverflowLabels {
  private readonly byPlace = new Map<string, Label>();
  private plan: FloorPlan | null = null;

  constructor(private readonly labels: Labels) {}

  build(plan: FloorPlan): void {
    this.labels.clear('overflow');
    this.byPlace.clear();
    this.plan = plan;
  }

  /** `shown` is how many dots of each state are drawn. */
  update(s: FacilitySnapshot, shown: ReadonlyMap<string, number>): void {
    const zones = this.plan!.zones;
    // Zones that share a label spot (the seizure cage's) add their hidden counts together.
    const hiddenAt = new Map<string, { n: number; x: number; y: number; room: number }>();
    for (const z of Object.values(zones)) {
      const hidden = (s.byState[z.state] ?? 0) - (shown.get(z.state) ?? 0);
      const key = `${z.overflowAt.x},${z.overflowAt.y}`;
      // As wide as the label's area leaves room for, left of its anchor.
      const area = this.plan!.regions.find((r) => r.id === z.region)!.rect;
      const at = hiddenAt.get(key) ?? { n: 0, x: z.overflowAt.x, y: z.overflowAt.y, room: z.overflowAt.x - area.x - 6 };
      at.n += Math.max(0, hidden);
      hiddenAt.set(key, at);
    }
    for (const [key, at] of hiddenAt) {
      let t = this.byPlace.get(key);
      if (!t && at.n === 0) continue;
      if (!t) {
        t = this.labels.make('overflow', '', 'count', at.x, at.y, { anchorX: 1, anchorY: 1, maxWidth: at.room });
        this.byPlace.set(key, t);
      }
      this.labels.set(t, at.n > 0 ? `+${formatCount(at.n)} not drawn` : '');
    }
  }

  destroy(): void {
    this.labels.clear('overflow');
  }
}

/**
 * The key numbers above the animation, large enough for a projector: interdiction rate, seizures,
 * parcels released unscreened, the screening delay so far and officer-hours. Live while the run
 * goes (from the same point the trade-off plot draws), final at the end. With run B beside this
 * run (same seed, another scenario), each number has B's under it.
 *
 * @example
 * const kpis = new KpiStrip(byId('kpis'));
 * kpis.show(metrics.point('This run'), rows);
 */
import type { HourRow } from '../../model/index.js';
import type { PresetPoint } from '../../experiments/presetPoints.js';
import { formatDecimal, formatPercent, isKnown, NOT_AVAILABLE, withNoun } from './formatNumber.js';

interface Kpi {
  key: string;
  label: string;
  value(p: PresetPoint, unscreened: number): string;
}

const KPIS: readonly Kpi[] = [
  { key: 'rate', label: 'Interdiction rate', value: (p) => (isKnown(p.interdictionRate) ? formatPercent(p.interdictionRate) : NOT_AVAILABLE) },
  { key: 'seized', label: 'Seizures', value: (p) => withNoun(p.seizures, 'parcel', 'parcels') },
  { key: 'unscreened', label: 'Released unscreened', value: (_, u) => withNoun(u, 'parcel', 'parcels') },
  { key: 'delay', label: 'Screening delay', value: (p) => (isKnown(p.screeningDelayParcelHours) ? `${formatDecimal(p.screeningDelayParcelHours)} parcel-h` : NOT_AVAILABLE) },
  { key: 'staff', label: 'Officer-hours', value: (p) => `${formatDecimal(p.officerHours)} h` },
];

export class KpiStrip {
  private readonly values = new Map<string, HTMLElement>();
  private readonly companionValues = new Map<string, HTMLElement>();
  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    root.replaceChildren();
    for (const k of KPIS) {
      const item = document.createElement('div');
      item.className = 'ix-kpi';
      const dt = document.createElement('dt');
      dt.textContent = k.label;
      const dd = document.createElement('dd');
      dd.id = `kpi-${k.key}`;
      dd.textContent = NOT_AVAILABLE;
      const b = document.createElement('dd');
      b.id = `kpi-b-${k.key}`;
      b.className = 'ix-kpi-b';
      b.hidden = true;
      item.append(dt, dd, b);
      root.append(item);
      this.values.set(k.key, dd);
      this.companionValues.set(k.key, b);
    }
  }

  /** Shows run B's numbers under this run's (null: no run B); `unscreened` is B's count so far. */
  showCompanion(point: PresetPoint | null, unscreened: number): void {
    this.root.classList.toggle('ix-kpis-ab', point !== null);
    for (const k of KPIS) {
      const el = this.companionValues.get(k.key)!;
      el.hidden = point === null;
      const text = point === null ? '' : `B: ${k.value(point, unscreened)}`;
      if (el.textContent !== text) el.textContent = text;
    }
  }

  /** Shows a run's point (null: nothing yet) and the hourly rows so far (for the unscreened count). */
  show(point: PresetPoint | null, rows: readonly HourRow[]): void {
    const unscreened = rows.reduce((a, r) => a + r.releasedUnscreened, 0);
    for (const k of KPIS) {
      const text = point === null ? NOT_AVAILABLE : k.value(point, unscreened);
      const el = this.values.get(k.key)!;
      if (el.textContent !== text) el.textContent = text;
    }
  }
}

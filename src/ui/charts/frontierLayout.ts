/**
 * Where everything goes on the yield–throughput plot, as a pure function of the points: axis
 * ranges and ticks, each preset's dot and name, the current run's marker, and the dashed line
 * through the presets no other preset beats on both axes (the frontier). Names that would overlap
 * are moved apart, and presets that land on the same spot share one dot and one label.
 */
import type { PresetPoint } from '../../experiments/presetPoints.js';
import { formatDecimal, formatPercent, formatTick, isKnown } from '../metrics/formatNumber.js';
import { niceDomain, niceTicks } from './niceTicks.js';

/** What the x axis can show: the PresetPoint fields of flow, delay, staff time and money. */
export type XMetric = 'releasedPerHour' | 'screeningDelayParcelHours' | 'pulledDwellP95Hours' | 'officerHours' | 'dollars';

export interface XMetricInfo {
  /** For the switch and the title. */
  name: string;
  /** Axis title with unit. */
  axisLabel: string;
  /** Which way along x is better. */
  better: 'higher' | 'lower';
  tick(v: number): string;
  /** The value with its unit, for the text alternative. */
  format(v: number): string;
}

/** The x metrics, in the order the switch offers them. */
export const X_METRICS: Readonly<Record<XMetric, XMetricInfo>> = {
  releasedPerHour: { name: 'released per hour', axisLabel: 'Released per hour (parcels/h)', better: 'higher', tick: formatTick, format: (v) => `${formatDecimal(v)} parcels/h` },
  screeningDelayParcelHours: { name: 'screening delay', axisLabel: 'Screening delay (parcel-hours)', better: 'lower', tick: formatTick, format: (v) => `${formatDecimal(v)} parcel-hours` },
  pulledDwellP95Hours: { name: "pulled parcels' time, 95th percentile", axisLabel: "Pulled parcels' time, 95th percentile (h)", better: 'lower', tick: formatTick, format: (v) => `${formatDecimal(v)} h` },
  officerHours: { name: 'officer-hours', axisLabel: 'Officer-hours on duty (officer-h)', better: 'lower', tick: formatTick, format: (v) => `${formatDecimal(v)} officer-h` },
  dollars: { name: 'cost', axisLabel: 'Cost of officer time ($)', better: 'lower', tick: formatTick, format: (v) => `$${formatDecimal(v)}` },
};

/** Plot size and margins, in SVG user units. */
export interface FrontierSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_SIZE: FrontierSize = { width: 720, height: 420, margin: { top: 20, right: 28, bottom: 58, left: 70 } };

export interface Tick { pos: number; text: string }

/** A dot with its label; several presets on one spot share it. */
export interface PlacedPoint {
  names: string[];
  x: number;
  y: number;
  label: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** True when the label was moved away from its dot (draw a thin line to it). */
  leader: boolean;
}

export interface FrontierLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  xLabel: string;
  yLabel: string;
  xTicks: Tick[];
  yTicks: Tick[];
  presets: PlacedPoint[];
  /** The current run's marker, or null when there is none or it cannot be placed yet. */
  current: PlacedPoint | null;
  /** Why the current run has no marker although it exists (its x or y is not known yet). */
  currentNote: string | null;
  /** Dots of the frontier, left to right (empty with fewer than two). */
  frontier: Array<{ x: number; y: number }>;
  better: 'higher' | 'lower';
}

/** Approximate width of a label in the 14 px sans-serif the plot uses. */
const labelWidth = (text: string): number => text.length * 7.4 + 4;
const LABEL_HEIGHT = 17;
/** Dots closer than this (user units) on both axes are drawn as one. */
const SAME_SPOT = 5;

/**
 * Presets that no other preset beats on both axes: at least as good on each and better on one.
 *
 * @example
 * frontierOf([{ x: 1, y: 0.2 }, { x: 2, y: 0.1 }, { x: 0.5, y: 0.1 }], 'higher'); // the first two
 */
export function frontierOf<T extends { x: number; y: number }>(points: readonly T[], better: 'higher' | 'lower'): T[] {
  const s = better === 'higher' ? 1 : -1;
  const beats = (q: T, p: T): boolean => s * q.x >= s * p.x && q.y >= p.y && (s * q.x > s * p.x || q.y > p.y);
  return points.filter((p) => !points.some((q) => q !== p && beats(q, p))).sort((a, b) => a.x - b.x);
}

/** The plot's layout for the presets, the current run and the chosen x metric. */
export function frontierLayout(presets: readonly PresetPoint[], current: PresetPoint | null, metric: XMetric, size: FrontierSize = DEFAULT_SIZE): FrontierLayout {
  const m = X_METRICS[metric];
  const plot = { left: size.margin.left, top: size.margin.top, right: size.width - size.margin.right, bottom: size.height - size.margin.bottom };
  const usable = presets.filter((p) => isKnown(p[metric]) && isKnown(p.interdictionRate));
  const currentPlaced = current !== null && isKnown(current[metric]) && isKnown(current.interdictionRate);
  const all = currentPlaced ? [...usable, current] : usable;

  // x: the data plus a margin, not stretched to round numbers (a cluster at 12,000 would otherwise
  // share the axis with an empty 0-10,000); y: from 0, so rates are compared honestly, with a
  // sliver below 0 so a run at 0 % is not drawn on the frame.
  const xs = all.map((p) => p[metric]);
  let [x0, x1] = xs.length > 0 ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const pad = x1 > x0 ? (x1 - x0) * 0.08 : Math.max(Math.abs(x0) * 0.1, 1);
  [x0, x1] = [Math.max(0, x0 - pad), x1 + pad];
  const yTop = Math.max(0.05, ...all.map((p) => p.interdictionRate * 1.12));
  const [, y1] = niceDomain(0, Math.min(1, yTop), 5);
  const y0 = -0.03 * y1;

  const px = (v: number): number => plot.left + ((v - x0) / (x1 - x0)) * (plot.right - plot.left);
  const py = (v: number): number => plot.bottom - ((v - y0) / (y1 - y0)) * (plot.bottom - plot.top);

  // Presets on the same spot share a dot; their names are joined in one label.
  const groups: PlacedPoint[] = [];
  for (const p of usable) {
    const x = px(p[metric]);
    const y = py(p.interdictionRate);
    const same = groups.find((g) => Math.abs(g.x - x) < SAME_SPOT && Math.abs(g.y - y) < SAME_SPOT);
    if (same) same.names.push(p.name);
    else groups.push({ names: [p.name], x, y, label: '', labelX: 0, labelY: 0, anchor: 'start', leader: false });
  }
  for (const g of groups) g.label = g.names.join(', ');

  let currentMark: PlacedPoint | null = null;
  if (currentPlaced) {
    currentMark = { names: [current.name], x: px(current[metric]), y: py(current.interdictionRate), label: current.name, labelX: 0, labelY: 0, anchor: 'start', leader: false };
  }
  // The current run's label first, then the presets' from the top down, so labels keep the dots' order.
  const byHeight = [...groups].sort((a, b) => a.y - b.y);
  placeLabels(currentMark ? [currentMark, ...byHeight] : byHeight, plot);

  let currentNote: string | null = null;
  if (current !== null && !currentPlaced) {
    currentNote = !isKnown(current.interdictionRate)
      ? `${current.name}: no contraband has left the facility yet, so it has no interdiction rate to plot.`
      : `${current.name}: its ${m.name} is known when the run ends.`;
  }

  const frontier = frontierOf(usable.map((p) => ({ x: p[metric], y: p.interdictionRate })), m.better).map((p) => ({ x: px(p.x), y: py(p.y) }));
  return {
    plot,
    xLabel: m.axisLabel,
    yLabel: 'Interdiction rate (%)',
    xTicks: niceTicks(x0, x1, 5).map((v) => ({ pos: px(v), text: m.tick(v) })),
    yTicks: niceTicks(0, y1, 5).map((v) => ({ pos: py(v), text: formatPercent(v) })),
    presets: groups,
    current: currentMark,
    currentNote,
    frontier: frontier.length >= 2 ? frontier : [],
    better: m.better,
  };
}

interface Box { x0: number; x1: number; y0: number; y1: number }
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Puts each label beside its dot (right, or left near the right edge), then, in order, moves it
 * down (or, at the bottom, up) until it clears the dots and the labels already placed.
 */
function placeLabels(marks: PlacedPoint[], plot: FrontierLayout['plot']): void {
  const placed: Box[] = marks.map((mk) => ({ x0: mk.x - 7, x1: mk.x + 7, y0: mk.y - 7, y1: mk.y + 7 }));
  for (const mk of marks) {
    const w = labelWidth(mk.label);
    mk.anchor = mk.x + 12 + w > plot.right ? 'end' : 'start';
    const bx0 = mk.anchor === 'start' ? mk.x + 10 : mk.x - 10 - w;
    const box = (y: number): Box => ({ x0: bx0, x1: bx0 + w, y0: y - LABEL_HEIGHT + 4, y1: y + 4 });
    const blocker = (y: number): Box | undefined => placed.find((b) => overlaps(b, box(y)));
    const wanted = mk.y + 5;
    let y = wanted;
    for (let b = blocker(y), tries = 0; b && tries < 40; b = blocker(y), tries++) y = b.y1 + LABEL_HEIGHT - 3;
    if (y > plot.bottom - 2) {
      y = wanted;
      for (let b = blocker(y), tries = 0; b && tries < 40; b = blocker(y), tries++) y = b.y0 - 5;
    }
    mk.labelX = mk.anchor === 'start' ? mk.x + 10 : mk.x - 10;
    mk.labelY = y;
    mk.leader = Math.abs(y - wanted) > 6;
    placed.push(box(y));
  }
}

/**
 * Where everything goes on a sweep's frontier chart, as a pure function of the frontier: the axes
 * (ranges over every point's 95% interval, round ticks), each point's dot, its whiskers on both
 * axes (clipped to the plot, with the side that was cut noted), its Pareto mark and label, and
 * the dashed line through the Pareto-optimal points. `FrontierChart.ts` draws it; tests check it
 * in Node.
 *
 * The y axis (interdiction rate) starts at 0, so rates are compared honestly; the x axis spans the
 * data with a margin, not stretched to 0 (points at 12,000 parcels/h would otherwise be squeezed
 * against the right edge of an empty 0–10,000).
 */
import type { Frontier, FrontierX } from '../../experiments/index.js';
import { niceDomain, niceTicks } from '../charts/niceTicks.js';
import { formatPercent, formatTick } from '../metrics/formatNumber.js';

/** Axis titles with units, and which way is better, for each x the chart offers. */
export const X_AXES: Readonly<Record<FrontierX, { name: string; title: string; better: 'higher' | 'lower' }>> = {
  releasedPerHour: { name: 'Released per hour', title: 'Parcels released per hour (parcels/h)', better: 'higher' },
  screeningDelayParcelHours: { name: 'Screening delay', title: 'Screening delay (parcel-hours)', better: 'lower' },
  pulledDwellP95Hours: { name: "Pulled parcels' time, 95th percentile", title: "Pulled parcels' time, 95th percentile (h)", better: 'lower' },
  officerHours: { name: 'Officer-hours', title: 'Officer-hours on duty (officer-h)', better: 'lower' },
  dollars: { name: 'Cost', title: 'Cost of officer time ($)', better: 'lower' },
};

export const Y_TITLE = 'Interdiction rate (%)';

/** Chart size and margins, SVG user units (the chart draws one unit per CSS pixel). */
export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The default size: a results column beside the form. */
export const CHART_SIZE: ChartSize = { width: 720, height: 430, margin: { top: 24, right: 28, bottom: 60, left: 72 } };

/**
 * The size for a container `width` CSS pixels wide: drawn at one unit per pixel, so the text
 * keeps its size in a narrow side panel instead of shrinking with a scaled-down picture.
 *
 * @example
 * chartSizeFor(400); // { width: 400, height: 320, ... }
 */
export function chartSizeFor(width: number): ChartSize {
  const w = Math.round(Math.min(960, Math.max(320, width)));
  return { width: w, height: Math.round(Math.min(460, Math.max(300, w * 0.6))), margin: CHART_SIZE.margin };
}

export interface ChartTick { pos: number; text: string }

/** One point, placed. */
export interface PlacedSweepPoint {
  /** The sweep point's index. */
  point: number;
  pareto: boolean;
  x: number;
  y: number;
  /** Horizontal whisker ends (x positions), or null without an interval. */
  whiskerX: [number, number] | null;
  /** Vertical whisker ends (y positions), or null without an interval. */
  whiskerY: [number, number] | null;
  /** Whisker ends cut at the plot's edge (low, high), drawn without an end cap. */
  clippedX: [boolean, boolean];
  clippedY: [boolean, boolean];
  /**
   * "P3" for a Pareto-optimal point, "P1, P3" for Pareto points drawn on the same spot (the label
   * goes on the first of them), '' for the others.
   */
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface SweepChartLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  xTitle: string;
  yTitle: string;
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  /** Points with both means known, dominated ones first (so Pareto points are drawn on top). */
  points: PlacedSweepPoint[];
  /** Pareto-optimal points left to right (empty with fewer than two). */
  paretoLine: { x: number; y: number }[];
  better: 'higher' | 'lower';
  /** Points left out because a mean is unknown (no finished run). */
  omitted: number;
}

/**
 * The layout of `frontier`'s points.
 *
 * @example
 * const l = sweepChartLayout(computeFrontier(result.points, 'officerHours'));
 * l.points.filter((p) => p.pareto).map((p) => p.label); // ['P0', 'P4', ...]
 */
export function sweepChartLayout(frontier: Frontier, size: ChartSize = CHART_SIZE): SweepChartLayout {
  const { width, height, margin } = size;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const axis = X_AXES[frontier.x];
  const known = frontier.points.filter((p) => Number.isFinite(p.x.mean) && Number.isFinite(p.y.mean));
  const hw = (h: number): number => (Number.isFinite(h) ? h : 0);

  let x0 = Math.min(...known.map((p) => p.x.mean - hw(p.x.halfWidth)));
  let x1 = Math.max(...known.map((p) => p.x.mean + hw(p.x.halfWidth)));
  if (known.length === 0) [x0, x1] = [0, 1];
  const pad = x1 > x0 ? (x1 - x0) * 0.08 : Math.max(Math.abs(x0) * 0.05, 1);
  const nonNegative = known.every((p) => p.x.mean >= 0);
  [x0, x1] = [x0 - pad, x1 + pad];
  if (nonNegative) x0 = Math.max(0, x0);
  const yTop = Math.max(0.05, ...known.map((p) => (p.y.mean + hw(p.y.halfWidth)) * 1.06));
  const [, y1] = niceDomain(0, Math.min(1, yTop), 5);
  const y0 = -0.02 * y1;

  const px = (v: number): number => plot.left + ((v - x0) / (x1 - x0)) * (plot.right - plot.left);
  const py = (v: number): number => plot.bottom - ((v - y0) / (y1 - y0)) * (plot.bottom - plot.top);
  const clampX = (v: number): number => Math.min(plot.right, Math.max(plot.left, v));
  const clampY = (v: number): number => Math.min(plot.bottom, Math.max(plot.top, v));

  const placed = known.map((p): PlacedSweepPoint => {
    const x = px(p.x.mean);
    const y = py(p.y.mean);
    const hasX = Number.isFinite(p.x.halfWidth) && p.x.halfWidth > 0;
    const hasY = Number.isFinite(p.y.halfWidth) && p.y.halfWidth > 0;
    const rawX: [number, number] = [px(p.x.mean - p.x.halfWidth), px(p.x.mean + p.x.halfWidth)];
    const rawY: [number, number] = [py(p.y.mean - p.y.halfWidth), py(p.y.mean + p.y.halfWidth)];
    return {
      point: p.point, pareto: p.pareto, x, y,
      whiskerX: hasX ? [clampX(rawX[0]), clampX(rawX[1])] : null,
      whiskerY: hasY ? [clampY(rawY[0]), clampY(rawY[1])] : null,
      clippedX: [hasX && rawX[0] < plot.left, hasX && rawX[1] > plot.right],
      clippedY: [hasY && rawY[0] > plot.bottom, hasY && rawY[1] < plot.top],
      label: '', labelX: x, labelY: y, labelAnchor: 'start',
    };
  });
  const pareto = placed.filter((p) => p.pareto).sort((a, b) => a.x - b.x || a.y - b.y);
  placeLabels(pareto, placed, plot);
  return {
    plot,
    xTitle: axis.title,
    yTitle: Y_TITLE,
    xTicks: niceTicks(x0, x1, Math.max(3, Math.round((plot.right - plot.left) / 110))).filter((v) => v >= x0 && v <= x1).map((v) => ({ pos: px(v), text: formatTick(v) })),
    yTicks: niceTicks(0, y1, 5).map((v) => ({ pos: py(v), text: formatPercent(v) })),
    points: [...placed.filter((p) => !p.pareto), ...pareto],
    paretoLine: pareto.length >= 2 ? pareto.map((p) => ({ x: p.x, y: p.y })) : [],
    better: axis.better,
    omitted: frontier.points.length - known.length,
  };
}

/** Dots closer than this (user units) on both axes share one label. */
const SAME_SPOT = 6;
/** Approximate size of a label in the chart's 13 px bold type. */
const labelWidth = (text: string): number => text.length * 8 + 2;
const LABEL_HEIGHT = 14;

interface Box { x0: number; x1: number; y0: number; y1: number }
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Labels the Pareto-optimal points: those on one spot share a label ("P1, P3"); each label takes
 * the first place around its dot (above right, below right, above left, below left, then further
 * out) that stays in the plot and clears every dot and the labels already placed.
 */
function placeLabels(pareto: PlacedSweepPoint[], all: PlacedSweepPoint[], plot: SweepChartLayout['plot']): void {
  const taken: Box[] = all.map((p) => ({ x0: p.x - 6, x1: p.x + 6, y0: p.y - 6, y1: p.y + 6 }));
  const owners: PlacedSweepPoint[] = [];
  for (const p of pareto) {
    const owner = owners.find((o) => Math.abs(o.x - p.x) < SAME_SPOT && Math.abs(o.y - p.y) < SAME_SPOT);
    if (owner) owner.label += `, P${p.point}`;
    else {
      p.label = `P${p.point}`;
      owners.push(p);
    }
  }
  const offsets: [number, number, 'start' | 'end'][] = [
    [9, -9, 'start'], [9, 19, 'start'], [-9, -9, 'end'], [-9, 19, 'end'], [9, -25, 'start'], [-9, -25, 'end'], [9, 35, 'start'], [-9, 35, 'end'],
  ];
  for (const p of owners) {
    const w = labelWidth(p.label);
    const boxAt = ([dx, dy, anchor]: [number, number, 'start' | 'end']): Box => {
      const x0 = anchor === 'start' ? p.x + dx : p.x + dx - w;
      return { x0, x1: x0 + w, y0: p.y + dy - LABEL_HEIGHT + 3, y1: p.y + dy + 3 };
    };
    const inside = (b: Box): boolean => b.x0 >= plot.left && b.x1 <= plot.right && b.y0 >= plot.top && b.y1 <= plot.bottom;
    const choice = offsets.find((o) => inside(boxAt(o)) && !taken.some((t) => overlaps(t, boxAt(o)))) ?? offsets.find((o) => inside(boxAt(o))) ?? offsets[0];
    p.labelX = p.x + choice[0];
    p.labelY = p.y + choice[1];
    p.labelAnchor = choice[2];
    taken.push(boxAt(choice));
  }
}

/**
 * Where everything goes on a frontier chart, as plain data: the plot area, both axes (titles,
 * round ticks), each point's dot and 95% whiskers (cut at the plot's edge, with the cut ends
 * noted, and cut at what the metric can be, 0 or 100%, marked), which points are Pareto-optimal and the line through them, and every label placed so
 * none overlaps another. The app's presets plot, the experiments chart and the memo's SVG all draw
 * from it, so the three agree; each only decides its marks' look. Pure, so tests check it in Node.
 *
 * Points on one spot share one label ("P1, P3"; "baseline, short-staffed"). A chart may add the
 * current run: it is compared with the others but is not one of them, so it never counts in the
 * Pareto test; it is drawn on top and labelled first.
 */
import { axisScale, type Tick } from './axisScale.js';
import type { Estimate } from './frontier.js';
import { axisTitle, type Axis, type Better } from './frontierAxes.js';
import { dotBox, placeLabels, type Box, type LabelFont, type PlotBox } from './labelPlacement.js';
import { clipInterval, metricBounds, type Bounds } from './metricBounds.js';
import { paretoFlags } from './paretoFront.js';

/** Chart size and margins, SVG user units. */
export interface FrontierSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The default size (the memo's, and the experiments chart's before it knows its container). */
export const FRONTIER_SIZE: FrontierSize = { width: 720, height: 430, margin: { top: 24, right: 28, bottom: 60, left: 72 } };

/** One thing to draw. */
export interface FrontierMark {
  /** The caller's id (a sweep point's index, a preset's place in its list). */
  id: number;
  x: Estimate;
  y: Estimate;
  /** Its label ('' for none). */
  label: string;
  /** The current run: drawn last, labelled first, left out of the Pareto test. */
  current?: boolean;
}

/** How a chart draws its marks, as far as placing them needs to know. */
export interface MarkStyle {
  font: LabelFont;
  /** The space a dot keeps clear around its centre, and the current run's (a larger marker). */
  dotRadius: number;
  currentRadius: number;
  /** Label every mark, or only the Pareto-optimal ones (and the current run). */
  labels: 'all' | 'pareto';
}

/** A mark, placed. */
export interface PlacedMark {
  id: number;
  pareto: boolean;
  current: boolean;
  x: number;
  y: number;
  /** Horizontal whisker ends (x positions), or null without an interval. */
  whiskerX: [number, number] | null;
  /** Vertical whisker ends (y positions), or null without an interval. */
  whiskerY: [number, number] | null;
  /** Whisker ends cut at the plot's edge (low, high): drawn without an end cap. */
  clippedX: [boolean, boolean];
  clippedY: [boolean, boolean];
  /** Whisker ends cut where the metric's range ends (below 0, above 100%): marked with a dagger. */
  boundX: [boolean, boolean];
  boundY: [boolean, boolean];
  /** The label, '' for none (or when another mark on the same spot carries it). */
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  labelBox: Box | null;
  /** A line from the dot to its label, when the label had to move away. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface FrontierGeometry {
  width: number;
  height: number;
  plot: PlotBox;
  xTitle: string;
  yTitle: string;
  /** Which way along x is better (up is always better). */
  better: Better;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Marks with both means known, in drawing order: others, then Pareto-optimal left to right, then the current run. */
  marks: PlacedMark[];
  /** The Pareto-optimal marks' centres left to right (empty with fewer than two). */
  paretoLine: { x: number; y: number }[];
  /** Marks left out because a mean is not known (no finished run yet). */
  omitted: number;
  /** True when some whisker is cut at its metric's bound, so the chart should say what the dagger means. */
  boundCut: boolean;
}

/** Dots closer than this (user units) on both axes share one label. */
const SAME_SPOT = 6;
/** About one x tick per this many user units of plot width. */
const X_TICK_SPACING = 110;

/**
 * The geometry of `marks` on axes `xAxis` and `yAxis`.
 *
 * @example
 * const g = frontierGeometry(FRONTIER_X.officerHours, FRONTIER_Y.interdictionRate, marks, FRONTIER_SIZE, style);
 * g.marks.filter((m) => m.pareto).map((m) => m.label); // ['P0', 'P4', ...]
 */
export function frontierGeometry(xAxis: Axis, yAxis: Axis, marks: readonly FrontierMark[], size: FrontierSize, style: MarkStyle): FrontierGeometry {
  const { width, height, margin } = size;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const known = marks.filter((m) => Number.isFinite(m.x.mean) && Number.isFinite(m.y.mean));
  const xs = axisScale(xAxis, known.map((m) => m.x), plot.left, plot.right, Math.max(3, Math.round((plot.right - plot.left) / X_TICK_SPACING)));
  const ys = axisScale(yAxis, known.map((m) => m.y), plot.bottom, plot.top, 5);
  const ranked = known.filter((m) => !m.current);
  const flags = paretoFlags(ranked, xAxis.better, yAxis.better);
  const pareto = new Set(ranked.filter((_, i) => flags[i]));

  const axes = { kx: xAxis.displayScale, ky: yAxis.displayScale, bx: metricBounds(xAxis.metric), by: metricBounds(yAxis.metric) };
  const placed = known.map((m) => place(m, pareto.has(m), axes, xs.at, ys.at, plot, style));
  const front = placed.filter((p) => p.pareto).sort((a, b) => a.x - b.x || a.y - b.y);
  labelMarks(placed, front.length >= 2 ? lineBoxes(front) : [], plot, style);
  return {
    width, height, plot,
    xTitle: axisTitle(xAxis),
    yTitle: axisTitle(yAxis),
    better: xAxis.better,
    xTicks: xs.ticks,
    yTicks: ys.ticks,
    marks: [...placed.filter((p) => !p.pareto && !p.current), ...front, ...placed.filter((p) => p.current)],
    paretoLine: front.length >= 2 ? front.map((p) => ({ x: p.x, y: p.y })) : [],
    omitted: marks.length - known.length,
    boundCut: placed.some((p) => [...p.boundX, ...p.boundY].some(Boolean)),
  };
}

/** A mark's dot and whiskers; its label comes later. */
function place(
  m: FrontierMark, pareto: boolean, axes: { kx: number; ky: number; bx: Bounds; by: Bounds },
  px: (v: number) => number, py: (v: number) => number, plot: PlotBox, style: MarkStyle,
): PlacedMark {
  const { kx, ky } = axes;
  const clampX = (v: number): number => Math.min(plot.right, Math.max(plot.left, v));
  const clampY = (v: number): number => Math.min(plot.bottom, Math.max(plot.top, v));
  const hasX = Number.isFinite(m.x.halfWidth) && m.x.halfWidth > 0;
  const hasY = Number.isFinite(m.y.halfWidth) && m.y.halfWidth > 0;
  // First cut at what the metric can be (a rate is never below 0), then at the plot's edge.
  const cx = clipInterval(m.x.mean - m.x.halfWidth, m.x.mean + m.x.halfWidth, axes.bx);
  const cy = clipInterval(m.y.mean - m.y.halfWidth, m.y.mean + m.y.halfWidth, axes.by);
  const rawX: [number, number] = [px(cx.low * kx), px(cx.high * kx)];
  const rawY: [number, number] = [py(cy.low * ky), py(cy.high * ky)];
  const x = px(m.x.mean * kx);
  const y = py(m.y.mean * ky);
  const labelled = m.current === true || style.labels === 'all' || pareto;
  return {
    id: m.id, pareto, current: m.current === true, x, y,
    whiskerX: hasX ? [clampX(rawX[0]), clampX(rawX[1])] : null,
    whiskerY: hasY ? [clampY(rawY[0]), clampY(rawY[1])] : null,
    clippedX: [hasX && rawX[0] < plot.left, hasX && rawX[1] > plot.right],
    clippedY: [hasY && rawY[0] > plot.bottom, hasY && rawY[1] < plot.top],
    boundX: [hasX && cx.clippedLow, hasX && cx.clippedHigh],
    boundY: [hasY && cy.clippedLow, hasY && cy.clippedHigh],
    label: labelled ? m.label : '', labelX: x, labelY: y, labelAnchor: 'start', labelBox: null, leader: null,
  };
}

/**
 * Joins the labels of marks on one spot onto the first of them, then places the labels clear of
 * every dot and of the Pareto line: the current run's first, then the others from the top down
 * (so labels keep the dots' order).
 */
function labelMarks(placed: PlacedMark[], line: Box[], plot: PlotBox, style: MarkStyle): void {
  const owners: PlacedMark[] = [];
  for (const p of placed) {
    if (p.label === '' || p.current) continue;
    const owner = owners.find((o) => Math.abs(o.x - p.x) < SAME_SPOT && Math.abs(o.y - p.y) < SAME_SPOT);
    if (owner) {
      owner.label += `, ${p.label}`;
      p.label = '';
    } else owners.push(p);
  }
  const radius = (p: PlacedMark): number => (p.current ? style.currentRadius : style.dotRadius);
  const order = [...placed.filter((p) => p.current && p.label !== ''), ...owners.sort((a, b) => a.y - b.y || a.x - b.x)];
  const requests = order.map((p) => ({ x: p.x, y: p.y, radius: radius(p), text: p.label, beside: p.whiskerX === null }));
  const labels = placeLabels(requests, [...placed.map((p) => dotBox(p.x, p.y, radius(p))), ...line], plot, style.font);
  order.forEach((p, i) => {
    const l = labels[i];
    Object.assign(p, { labelX: l.x, labelY: l.y, labelAnchor: l.anchor, labelBox: l.box, leader: l.leader });
  });
}

/** The Pareto line as small boxes every few units along it, for labels to keep clear of. */
function lineBoxes(front: readonly { x: number; y: number }[]): Box[] {
  const step = 4;
  const out: Box[] = [];
  for (let i = 1; i < front.length; i++) {
    const [a, b] = [front[i - 1], front[i]];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 0; k <= n; k++) out.push(dotBox(a.x + ((b.x - a.x) * k) / n, a.y + ((b.y - a.y) * k) / n, 1));
  }
  return out;
}

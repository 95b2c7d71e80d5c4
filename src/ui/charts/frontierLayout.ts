/**
 * The presets plot's side of the shared frontier geometry (`experiments/frontierGeometry.ts`):
 * each preset's point, named, and the current run's marker; presets on one spot share a label,
 * and the dashed line joins the presets no other beats on both axes. Adds what only this plot
 * says: why the current run has no marker yet.
 */
import { FRONTIER_X, FRONTIER_Y, frontierGeometry, type FrontierGeometry, type FrontierMark, type FrontierSize, type FrontierX, type MarkStyle } from '../../experiments/index.js';
import type { PresetPoint } from '../../experiments/presetPoints.js';
import { isKnown } from '../metrics/formatNumber.js';

/** The plot's size in SVG user units; it scales with its container. The side panel is about 400 CSS
 *  pixels wide, so user units are close to pixels and the 14 px labels stay readable on a projector. */
export const DEFAULT_SIZE: FrontierSize = { width: 400, height: 300, margin: { top: 14, right: 14, bottom: 56, left: 58 } };

/** The current run's mark id (presets are numbered from 0 in the order given), and run B's beside it. */
export const CURRENT = -1;
export const COMPANION = -2;
/** The last sweep's Pareto-optimal points are marks SWEEP, SWEEP − 1, ... (left out of the presets' Pareto test). */
export const SWEEP = -100;

/** Names in 14 px type; preset dots of radius 6 (and a white edge), the current run's ring and cross-hair reach 17. */
const STYLE: MarkStyle = { font: { charWidth: 7.4, pad: 4, ascent: 13, descent: 4 }, dotRadius: 7, currentRadius: 17, labels: 'all' };

export interface FrontierLayout extends FrontierGeometry {
  /** Why the current run has no marker although it exists (its x or y is not known yet). */
  currentNote: string | null;
}

/**
 * The plot's layout for the presets, the current run and the chosen x metric.
 *
 * @example
 * const l = frontierLayout(presetPoints, metrics.point('this run'), 'officerHours');
 * l.marks.find((m) => m.current)?.label; // 'this run'
 */
export function frontierLayout(
  presets: readonly PresetPoint[], current: PresetPoint | null, metric: FrontierX, size: FrontierSize = DEFAULT_SIZE,
  companion: PresetPoint | null = null, sweep: readonly PresetPoint[] = [],
): FrontierLayout {
  const mark = (p: PresetPoint, id: number): FrontierMark =>
    ({ id, x: { mean: p[metric], halfWidth: p.halfWidths?.[metric] ?? NaN }, y: { mean: p.interdictionRate, halfWidth: p.halfWidths?.interdictionRate ?? NaN }, label: p.name, current: id < 0 });
  const marks = presets.map(mark);
  if (current !== null) marks.push(mark(current, CURRENT));
  // Run B's ring carries its letter inside (FrontierPlot), so it needs no label to place.
  if (companion !== null) marks.push({ ...mark(companion, COMPANION), label: '' });
  // The sweep's points are joined by a line and named once in the note, not each by a label.
  sweep.forEach((p, i) => marks.push({ ...mark(p, SWEEP - i), label: '' }));
  let currentNote: string | null = null;
  if (current !== null && !(isKnown(current[metric]) && isKnown(current.interdictionRate))) {
    currentNote = !isKnown(current.interdictionRate)
      ? `${current.name}: no contraband has left the facility (none seized, missed or detained), so there is no interdiction rate to plot.`
      // The delay accrues hour by hour (known after the first hour); the others only at the end.
      : metric === 'screeningDelayParcelHours'
        ? `${current.name}: its screening delay is counted hour by hour, from the end of the first hour.`
        : `${current.name}: its ${FRONTIER_X[metric].name.toLowerCase()} is known when the run ends.`;
  }
  return { ...frontierGeometry(FRONTIER_X[metric], FRONTIER_Y.interdictionRate, marks, size, STYLE), currentNote };
}

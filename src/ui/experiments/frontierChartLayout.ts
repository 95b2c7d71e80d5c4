/**
 * The experiments chart's side of the shared frontier geometry (`experiments/frontierGeometry.ts`):
 * its size, which follows its container, and its marks (13 px bold labels on the Pareto-optimal
 * points only). `FrontierChart.ts` draws the result; the geometry itself is tested in Node.
 */
import {
  FRONTIER_SIZE, FRONTIER_X, FRONTIER_Y, frontierGeometry, type Frontier, type FrontierGeometry, type FrontierSize, type MarkStyle,
} from '../../experiments/index.js';

/** The x axes the chart offers, with their names for the switch: the shared axis table. */
export const X_AXES = FRONTIER_X;

/** Chart size and margins, SVG user units (the chart draws one unit per CSS pixel). */
export type ChartSize = FrontierSize;

/** The default size: a results column beside the form. */
export const CHART_SIZE: ChartSize = FRONTIER_SIZE;

/** Labels "P3" in 13 px bold; dots of radius 6 (Pareto) and 5. */
const STYLE: MarkStyle = { font: { charWidth: 8, pad: 2, ascent: 11, descent: 3 }, dotRadius: 6, currentRadius: 6, labels: 'pareto' };

/**
 * The size for a container `width` CSS pixels wide: drawn at one unit per pixel, so the text
 * keeps its size in a narrow side panel instead of shrinking with a scaled-down picture.
 *
 * @example
 * chartSizeFor(400); // { width: 400, height: 300, ... }
 */
export function chartSizeFor(width: number): ChartSize {
  const w = Math.round(Math.min(960, Math.max(320, width)));
  return { width: w, height: Math.round(Math.min(460, Math.max(300, w * 0.6))), margin: CHART_SIZE.margin };
}

/**
 * The geometry of `frontier`'s points, each labelled "P<n>" when Pareto-optimal.
 *
 * @example
 * const g = sweepChartLayout(computeFrontier(result.points, 'officerHours'));
 * g.marks.filter((m) => m.pareto).map((m) => m.label); // ['P0', 'P4', ...]
 */
export function sweepChartLayout(frontier: Frontier, size: ChartSize = CHART_SIZE): FrontierGeometry {
  const marks = frontier.points.map((p) => ({ id: p.point, x: p.x, y: p.y, label: `P${p.point}` }));
  return frontierGeometry(FRONTIER_X[frontier.x], FRONTIER_Y[frontier.y], marks, size, STYLE);
}

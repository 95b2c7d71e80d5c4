/**
 * The frontier chart as a standalone SVG string, for the printable memo: each sweep point with
 * 95% whiskers on both axes, the Pareto-optimal points filled, labelled and joined by a line, the
 * others hollow and grey. Every point has an SVG <title>, which browsers show as a tooltip: the
 * point's parameters and both estimates. Pure string building (no DOM), so it runs in Node and in
 * a worker; every text is escaped.
 *
 * It draws the same geometry (`frontierGeometry.ts`) and shared parts (`frontierNodes.ts`) as the
 * app's experiments chart, in the palette's colours. The Pareto points differ by fill and label as
 * well as colour, so the chart survives a black-and-white printer.
 */
import { PAPER } from '../palette/index.js';
import { escapeHtml } from './escape.js';
import type { Frontier } from './frontier.js';
import { FRONTIER_X, FRONTIER_Y, axisMetricLabel, type Axis } from './frontierAxes.js';
import { FRONTIER_SIZE, frontierGeometry, type MarkStyle, type PlacedMark } from './frontierGeometry.js';
import { OTHER_COLOUR, PARETO_COLOUR, frontierFrame, leaderLine, markLabel, paretoLine, whiskers } from './frontierNodes.js';
import { formatEstimate } from './metricLabels.js';
import { svgMarkup, svgNode, type SvgNode } from './svgNode.js';

/** The memo's marks: 12 px semi-bold labels, dots of radius 5 (Pareto) and 4. */
const STYLE: MarkStyle = { font: { charWidth: 7.5, pad: 2, ascent: 10, descent: 3 }, dotRadius: 6, currentRadius: 6, labels: 'pareto' };

/**
 * The chart. `describe(point)` gives the parameters of a point for its tooltip.
 *
 * @example
 * frontierSvg(result.frontier, (i) => pointLabel(result.grid, gridPoints(result.grid)[i]));
 * // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 430" ...>...</svg>'
 */
export function frontierSvg(frontier: Frontier, describe: (point: number) => string): string {
  const ax: Axis = FRONTIER_X[frontier.x];
  const ay: Axis = FRONTIER_Y[frontier.y];
  const marks = frontier.points.map((p) => ({ id: p.point, x: p.x, y: p.y, label: `P${p.point}` }));
  const g = frontierGeometry(ax, ay, marks, FRONTIER_SIZE, STYLE);
  const byId = new Map(frontier.points.map((p) => [p.point, p]));
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-labelledby="frontier-title" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<title id="frontier-title">${escapeHtml(`${ay.label} against ${ax.label.toLowerCase()}, ${g.marks.length} points, Pareto-optimal points filled`)}</title>`);
  for (const node of [...frontierFrame(g), ...paretoLine(g)]) out.push(svgMarkup(node));
  for (const m of g.marks) {
    const p = byId.get(m.id)!;
    const tip = `P${m.id}${m.pareto ? ' (Pareto-optimal)' : ''}: ${describe(m.id)}\n` +
      `${ax.label}: ${formatEstimate(p.x.mean, p.x.halfWidth, axisMetricLabel(ax))}\n${ay.label}: ${formatEstimate(p.y.mean, p.y.halfWidth, axisMetricLabel(ay))}`;
    out.push(svgMarkup(pointNode(m, tip)));
  }
  out.push('</svg>');
  return out.join('\n');
}

/** A point: its tooltip, whiskers, dot and (Pareto-optimal points) label. */
function pointNode(m: PlacedMark, tip: string): SvgNode {
  const colour = m.pareto ? PARETO_COLOUR : OTHER_COLOUR;
  return svgNode('g', { class: m.pareto ? 'point pareto' : 'point' }, [
    svgNode('title', {}, tip),
    ...whiskers(m, colour, 'whisker'),
    ...leaderLine(m),
    svgNode('circle', { cx: m.x, cy: m.y, r: m.pareto ? 5 : 4, fill: m.pareto ? PARETO_COLOUR : PAPER.background, stroke: colour, 'stroke-width': 1.5 }),
    ...markLabel(m, { fill: PARETO_COLOUR, 'font-weight': 600 }),
  ]);
}

/**
 * The parts every frontier drawing shares, as SVG nodes built from its geometry: grid, ticks,
 * frame, axis titles and the "better" hint; the dashed line through the Pareto-optimal points;
 * a point's whiskers with end caps; its label, haloed; a label's leader line. Colours are set as attributes from the
 * palette, so the memo (no stylesheet) looks like the app; class names let the app's CSS set sizes.
 */
import { OKABE_ITO, PAPER } from '../palette/index.js';
import type { FrontierGeometry, PlacedMark } from './frontierGeometry.js';
import { CLIPPED_MARK } from './metricBounds.js';
import { attrText, svgNode, type SvgAttrs, type SvgNode } from './svgNode.js';

/** The colour of Pareto-optimal points, their labels and the line through them. */
export const PARETO_COLOUR = OKABE_ITO.blue;
/** The colour of the other points. */
export const OTHER_COLOUR = PAPER.other;
/** Half-length of a whisker's end cap, user units. */
const CAP = 4;

/**
 * Grid lines, tick labels, the plot's frame, both axis titles and the corner that says which way
 * is better. Hidden from screen readers: each chart says the same in words.
 *
 * @example
 * frontierFrame(geometry).map(svgMarkup).join('');
 */
export function frontierFrame(g: FrontierGeometry): SvgNode[] {
  const { left, right, top, bottom } = g.plot;
  const hidden = { 'aria-hidden': 'true' };
  const out: SvgNode[] = [];
  for (const t of g.yTicks) {
    out.push(svgNode('line', { x1: left, x2: right, y1: t.pos, y2: t.pos, class: 'ix-grid', stroke: PAPER.grid, ...hidden }));
    out.push(svgNode('text', { x: left - 8, y: t.pos + 5, 'text-anchor': 'end', class: 'ix-tick', fill: PAPER.axis, ...hidden }, t.text));
  }
  for (const t of g.xTicks) {
    out.push(svgNode('line', { x1: t.pos, x2: t.pos, y1: top, y2: bottom, class: 'ix-grid', stroke: PAPER.grid, ...hidden }));
    out.push(svgNode('text', { x: t.pos, y: bottom + 20, 'text-anchor': 'middle', class: 'ix-tick', fill: PAPER.axis, ...hidden }, t.text));
  }
  out.push(svgNode('rect', { x: left, y: top, width: right - left, height: bottom - top, class: 'ix-frame', fill: 'none', stroke: PAPER.frame, ...hidden }));
  const title = { 'text-anchor': 'middle', class: 'ix-axis-label', 'font-weight': 600, fill: PAPER.ink, ...hidden };
  out.push(svgNode('text', { x: (left + right) / 2, y: bottom + 48, ...title }, g.xTitle));
  out.push(svgNode('text', { x: 0, y: 0, transform: `translate(18 ${(top + bottom) / 2}) rotate(-90)`, ...title }, g.yTitle));
  const higher = g.better === 'higher';
  out.push(svgNode('text', {
    x: higher ? right - 8 : left + 8, y: top + 18, 'text-anchor': higher ? 'end' : 'start', class: 'ix-better', 'font-style': 'italic', fill: PAPER.muted, ...hidden,
  }, higher ? 'better ↗' : '↖ better'));
  return out;
}

/** The dashed line through the Pareto-optimal points, left to right; nothing with fewer than two. */
export function paretoLine(g: FrontierGeometry): SvgNode[] {
  if (g.paretoLine.length < 2) return [];
  return [svgNode('polyline', {
    points: g.paretoLine.map((p) => `${attrText(p.x)},${attrText(p.y)}`).join(' '),
    class: 'ix-pareto-line', fill: 'none', stroke: PARETO_COLOUR, 'stroke-width': 2, 'stroke-dasharray': '6 4', 'aria-hidden': 'true',
  })];
}

/**
 * A point's 95% whiskers on both axes, with end caps where the interval ends inside the plot, and
 * a dagger beside an end cut at what the metric can be (the chart's note says what it means).
 */
export function whiskers(m: PlacedMark, colour: string, className: string): SvgNode[] {
  const line = (x1: number, y1: number, x2: number, y2: number): SvgNode => svgNode('line', { x1, y1, x2, y2, stroke: colour, 'stroke-width': 1.5, class: className });
  const dagger = (x: number, y: number): SvgNode =>
    svgNode('text', { x, y, 'text-anchor': 'middle', class: 'ix-clip-mark', fill: colour, 'font-size': 12, 'aria-hidden': 'true' }, CLIPPED_MARK);
  const out: SvgNode[] = [];
  if (m.whiskerX) {
    const [a, b] = m.whiskerX;
    out.push(line(a, m.y, b, m.y));
    [a, b].forEach((x, i) => m.clippedX[i] || out.push(line(x, m.y - CAP, x, m.y + CAP)));
    [a, b].forEach((x, i) => m.boundX[i] && out.push(dagger(x, m.y - CAP - 3)));
  }
  if (m.whiskerY) {
    const [a, b] = m.whiskerY;
    out.push(line(m.x, a, m.x, b));
    [a, b].forEach((y, i) => m.clippedY[i] || out.push(line(m.x - CAP, y, m.x + CAP, y)));
    [a, b].forEach((y, i) => m.boundY[i] && out.push(dagger(m.x + CAP + 6, y + 4)));
  }
  return out;
}

/**
 * A mark's label, with a white halo so it stays legible over grid lines and whiskers; nothing for
 * an unlabelled mark. `attrs` gives the chart's class, colour and weight.
 */
export function markLabel(m: PlacedMark, attrs: SvgAttrs): SvgNode[] {
  if (m.label === '') return [];
  return [svgNode('text', {
    x: m.labelX, y: m.labelY, 'text-anchor': m.labelAnchor,
    'paint-order': 'stroke', stroke: PAPER.background, 'stroke-width': 4, 'stroke-linejoin': 'round', ...attrs,
  }, m.label)];
}

/** The thin line from a dot to a label that had to move away from it; nothing otherwise. */
export function leaderLine(m: PlacedMark): SvgNode[] {
  if (!m.leader) return [];
  const { x1, y1, x2, y2 } = m.leader;
  return [svgNode('line', { x1, y1, x2, y2, class: 'ix-leader', stroke: PAPER.leader, 'stroke-width': 1 })];
}

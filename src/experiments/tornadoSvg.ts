/**
 * The tornado chart as SVG data (`SvgNode`): one bar per uncertain input, largest swing on top,
 * spanning the metric's value with that input at its low percentile (blue, the part left or
 * right of the centre line that the low setting reaches) and at its high percentile
 * (vermillion), the others at their medians; a dashed line marks every input at its median.
 * Each row is labelled with the input's name and the two values it was set to, and each bar with
 * its two ends. The memo prints it as markup (`svgMarkup`) and the app draws the same nodes as
 * elements (`ui/svg.ts`), so the two cannot drift apart. The low and high parts differ in
 * lightness and position as well as hue, so the chart survives a black-and-white printer.
 */
import { OKABE_ITO, PAPER } from '../palette/index.js';
import { metricLabel, formatFixed, decimalsFor, unitText } from './metricLabels.js';
import { niceTicks, tickText } from './niceTicks.js';
import { svgNode, type SvgNode } from './svgNode.js';
import type { MetricTornado } from './tornado.js';

const WIDTH = 680;
const LEFT = 210;
const RIGHT = 24;
const TOP = 46;
const ROW = 38;
const BOTTOM = 44;
const BAR = 18;

/**
 * The chart of one metric's tornado. `of` names what is measured ("baseline", "B − A"); `low`
 * and `high` are the percentiles the inputs were set to.
 *
 * @example
 * svgMarkup(tornadoChart('contraband.interdictionRate', result.tornado.metrics['contraband.interdictionRate'], 'baseline', 0.1, 0.9));
 */
export function tornadoChart(metric: string, t: MetricTornado, of: string, low: number, high: number): SvgNode {
  const m = metricLabel(metric);
  const k = m.scale;
  const values = [t.central, ...t.bars.flatMap((b) => [b.atLow, b.atHigh])].filter(Number.isFinite).map((v) => v * k);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.06;
  const ticks = niceTicks(lo - pad, hi + pad, 5);
  const x0 = Math.min(ticks[0], lo - pad);
  const x1 = Math.max(ticks[ticks.length - 1], hi + pad);
  const at = (v: number) => LEFT + ((v - x0) / (x1 - x0)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + t.bars.length * ROW + BOTTOM;
  const plotBottom = TOP + t.bars.length * ROW;
  const d = decimalsFor((hi - lo) / 20, hi);
  const num = (v: number) => formatFixed(v * k, d);
  const title = `${m.label}${of ? ` (${of})` : ''}: each input from its ${pct(low)} to its ${pct(high)} percentile, the others at their medians`;
  const nodes: SvgNode[] = [
    svgNode('title', {}, title),
    svgNode('text', { x: 8, y: 18, 'font-weight': 600, fill: PAPER.ink }, `${m.label}${of ? ` (${of})` : ''}${unitText(m)}`),
    svgNode('text', { x: 8, y: 34, fill: PAPER.muted, 'font-size': 11 }, `Each input at its ${pct(low)} (blue) and ${pct(high)} (vermillion) percentile; dashed: all at their medians`),
  ];
  for (const v of ticks) {
    nodes.push(svgNode('line', { x1: at(v), x2: at(v), y1: TOP - 4, y2: plotBottom, stroke: PAPER.grid }));
    nodes.push(svgNode('text', { x: at(v), y: plotBottom + 16, 'text-anchor': 'middle', fill: PAPER.axis, 'font-size': 11 }, tickText(v)));
  }
  nodes.push(svgNode('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: plotBottom, y2: plotBottom, stroke: PAPER.axis }));
  nodes.push(svgNode('text', { x: (LEFT + WIDTH - RIGHT) / 2, y: plotBottom + 34, 'text-anchor': 'middle', fill: PAPER.axis, 'font-size': 12 }, `${m.label}${unitText(m)}`));
  const c = t.central * k;
  t.bars.forEach((b, i) => {
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    const lowX = at(b.atLow * k);
    const highX = at(b.atHigh * k);
    const mid = at(c);
    const part = (from: number, to: number, fill: string, cls: string) =>
      svgNode('rect', { class: cls, x: Math.min(from, to), y, width: Math.max(1, Math.abs(to - from)), height: BAR, fill });
    const swing = `${b.swing >= 0 ? '+' : ''}${num(b.swing)} (${num(b.swingLow)} to ${num(b.swingHigh)})`;
    nodes.push(svgNode('g', { class: 'tornado-bar' }, [
      svgNode('title', {}, `${b.input}: ${fmtInput(b.lowValue)} gives ${num(b.atLow)}${unitText(m)}, ${fmtInput(b.highValue)} gives ${num(b.atHigh)}${unitText(m)}; swing ${swing}`),
      svgNode('text', { x: LEFT - 8, y: y + 7, 'text-anchor': 'end', fill: PAPER.ink, 'font-size': 12, 'font-weight': 600 }, b.input),
      svgNode('text', { x: LEFT - 8, y: y + 21, 'text-anchor': 'end', fill: PAPER.muted, 'font-size': 11 }, `${fmtInput(b.lowValue)} to ${fmtInput(b.highValue)}`),
      part(mid, lowX, OKABE_ITO.skyBlue, 'low'),
      part(mid, highX, OKABE_ITO.vermillion, 'high'),
      svgNode('text', endText(lowX, highX, y), num(b.atLow)),
      svgNode('text', endText(highX, lowX, y), num(b.atHigh)),
    ]));
  });
  nodes.push(svgNode('line', { x1: at(c), x2: at(c), y1: TOP - 6, y2: plotBottom, stroke: PAPER.ink, 'stroke-dasharray': '4 3' }));
  return svgNode('svg', {
    xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img',
    'font-family': 'system-ui, sans-serif', 'font-size': 12, class: 'tornado',
  }, nodes);
}

/** A bar end's label, outside the bar on its own side. */
function endText(x: number, other: number, y: number): Record<string, string | number> {
  const outside = x <= other ? { x: x - 4, 'text-anchor': 'end' } : { x: x + 4, 'text-anchor': 'start' };
  return { ...outside, y: y + BAR / 2 + 4, fill: PAPER.axis, 'font-size': 10 };
}

function pct(p: number): string {
  const n = Math.round(p * 100);
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** An input's value, to three significant digits. */
export function fmtInput(v: number): string {
  return String(Number(v.toPrecision(3)));
}

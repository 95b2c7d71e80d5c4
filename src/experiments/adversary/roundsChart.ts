/**
 * The rounds chart: the interdiction rate of each round with its 95% interval, from the static
 * round 0 through the smugglers' adapting rounds to the defender's re-tune and after. Built as
 * `SvgNode` data, so the memo prints it as markup (`roundsSvg`) and the app draws the very same
 * nodes as DOM elements (`ui/svg.ts`). Shapes as well as colours tell the stages apart (a square
 * for the static round, dots for adapting rounds, a diamond for the re-tune), so the chart reads
 * in black and white; whiskers stop at 0 and 100% with a dagger where the interval reaches past.
 */
import { OKABE_ITO, PAPER } from '../../palette/index.js';
import { CLIPPED_MARK } from '../metricBounds.js';
import { niceDomain, niceTicks, tickText } from '../niceTicks.js';
import { svgMarkup, svgNode, type SvgNode } from '../svgNode.js';
import type { AdversaryRound, Stage } from './adversaryResult.js';

/** The chart's size in SVG units (the page scales it). */
export const ROUNDS_SIZE = { width: 720, height: 360 } as const;
const M = { left: 64, right: 20, top: 28, bottom: 58 };

/** Colour and words of each stage. */
export const STAGE_STYLE: Record<Stage, { colour: string; words: string }> = {
  static: { colour: OKABE_ITO.black, words: 'Static: smugglers as the scenario assumes' },
  adapting: { colour: OKABE_ITO.vermillion, words: 'Smugglers adapt' },
  're-tuned': { colour: OKABE_ITO.blue, words: 'Targeting re-tuned' },
  'adapting again': { colour: OKABE_ITO.reddishPurple, words: 'Smugglers adapt to the re-tune' },
};

/** A round's label on the x axis: its number, "R" for the re-tune. */
export function roundLabel(r: AdversaryRound): string {
  return r.stage === 're-tuned' ? 'R' : String(r.round);
}

const pct = (x: number) => `${tickText(Number((x * 100).toPrecision(4)))}%`;

/**
 * The chart's nodes (one <g>), for `rounds` so far; `total` rounds fixes the x axis while they
 * are still coming in.
 *
 * @example
 * roundsChartNodes(result.played, result.played.length); // [frame, whiskers, line, points, legend]
 */
export function roundsChartNodes(rounds: readonly AdversaryRound[], total = rounds.length): SvgNode[] {
  const { width, height } = ROUNDS_SIZE;
  const plot = { x0: M.left, x1: width - M.right, y0: M.top, y1: height - M.bottom };
  const n = Math.max(total, rounds.length, 2);
  const x = (i: number) => plot.x0 + ((i + 0.5) / n) * (plot.x1 - plot.x0);
  const highs = rounds.map((r) => r.interdiction.mean + (Number.isFinite(r.interdiction.halfWidth) ? r.interdiction.halfWidth : 0));
  // A share cannot pass 100%: the axis stops there, and whiskers reaching past it are cut (with a dagger).
  const [, top] = niceDomain(0, Math.min(1, Math.max(0.05, ...highs)), 5);
  const y = (v: number) => plot.y1 - (Math.max(0, Math.min(top, v)) / top) * (plot.y1 - plot.y0);
  const out: SvgNode[] = [];
  for (const t of niceTicks(0, top, 5)) {
    out.push(svgNode('line', { x1: plot.x0, x2: plot.x1, y1: y(t), y2: y(t), stroke: PAPER.grid }));
    out.push(svgNode('text', { x: plot.x0 - 8, y: y(t) + 4, 'text-anchor': 'end', fill: PAPER.axis }, pct(t)));
  }
  out.push(svgNode('line', { x1: plot.x0, x2: plot.x1, y1: plot.y1, y2: plot.y1, stroke: PAPER.axis }));
  out.push(svgNode('text', { x: 16, y: (plot.y0 + plot.y1) / 2, transform: `rotate(-90 16 ${(plot.y0 + plot.y1) / 2})`, 'text-anchor': 'middle', fill: PAPER.ink }, 'Interdiction rate'));
  out.push(svgNode('text', { x: (plot.x0 + plot.x1) / 2, y: height - 12, 'text-anchor': 'middle', fill: PAPER.ink }, 'Round (R: targeting re-tuned)'));
  for (let i = 0; i < n; i++) {
    const r = rounds[i];
    out.push(svgNode('text', { x: x(i), y: plot.y1 + 18, 'text-anchor': 'middle', fill: PAPER.axis }, r ? roundLabel(r) : String(i)));
  }
  if (rounds.length > 1) {
    const d = rounds.map((r, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(r.interdiction.mean).toFixed(1)}`).join('');
    out.push(svgNode('path', { d, fill: 'none', stroke: PAPER.frame, 'stroke-width': 1.5 }));
  }
  rounds.forEach((r, i) => out.push(roundMark(r, x(i), y)));
  return [svgNode('g', { class: 'rounds-chart', 'font-size': 12, 'font-family': 'system-ui, sans-serif' }, out)];
}

function roundMark(r: AdversaryRound, cx: number, y: (v: number) => number): SvgNode {
  const { colour } = STAGE_STYLE[r.stage];
  const s = r.interdiction;
  const parts: SvgNode[] = [];
  const hw = Number.isFinite(s.halfWidth) ? s.halfWidth : 0;
  const low = s.mean - hw;
  const high = s.mean + hw;
  if (hw > 0) {
    parts.push(svgNode('line', { x1: cx, x2: cx, y1: y(low), y2: y(high), stroke: colour, 'stroke-width': 1.5 }));
    for (const v of [Math.max(0, low), Math.min(1, high)]) parts.push(svgNode('line', { x1: cx - 5, x2: cx + 5, y1: y(v), y2: y(v), stroke: colour, 'stroke-width': 1.5 }));
    if (low < 0) parts.push(svgNode('text', { x: cx + 7, y: y(0) - 2, fill: colour }, CLIPPED_MARK));
    if (high > 1) parts.push(svgNode('text', { x: cx + 7, y: y(1) + 10, fill: colour }, CLIPPED_MARK));
  }
  const cy = y(s.mean);
  if (r.stage === 'static') parts.push(svgNode('rect', { x: cx - 5, y: cy - 5, width: 10, height: 10, fill: colour }));
  else if (r.stage === 're-tuned') parts.push(svgNode('path', { d: `M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`, fill: colour }));
  else parts.push(svgNode('circle', { cx, cy, r: 5, fill: r.stage === 'adapting again' ? PAPER.background : colour, stroke: colour, 'stroke-width': 2 }));
  const tip = `Round ${roundLabel(r)} (${STAGE_STYLE[r.stage].words.toLowerCase()}): interdiction ${pct(s.mean)} ± ${pct(hw)} (95% interval), ${s.n} runs`;
  parts.push(svgNode('title', {}, tip));
  return svgNode('g', { class: 'round', 'data-round': r.round, 'data-stage': r.stage }, parts);
}

/**
 * The chart as standalone SVG markup, for the memo and docs.
 *
 * @example
 * writeFileSync('rounds.svg', roundsSvg(result.played));
 */
export function roundsSvg(rounds: readonly AdversaryRound[]): string {
  const { width, height } = ROUNDS_SIZE;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Interdiction rate by round, with 95% intervals" font-family="system-ui, sans-serif" font-size="12">`;
  return [head, `<rect width="${width}" height="${height}" fill="${PAPER.background}"/>`, ...roundsChartNodes(rounds).map(svgMarkup), '</svg>'].join('\n');
}

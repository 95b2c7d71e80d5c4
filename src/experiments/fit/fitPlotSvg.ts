/**
 * The goodness-of-fit plot: for each fitted contraband type, the observed seizures day by day
 * (dots) against what the fit expects (line), with the band a Poisson count with that mean falls
 * in 95% of the time. Days whose dot sits outside the band much more often than one in twenty
 * say the model's day-to-day variation is too small (see the dispersion in the report). A
 * standalone SVG: no scripts, no fonts beyond the system's, every text escaped by `svgMarkup`.
 */
import { niceTicks } from '../niceTicks.js';
import { svgMarkup, svgNode, type SvgNode } from '../svgNode.js';
import type { FitResult } from './fitModel.js';

const WIDTH = 760;
const PANEL = 170;
const LEFT = 56;
const RIGHT = 16;
const TOP = 48;
const GAP = 44;

/** The smallest k with P(Poisson(mean) ≤ k) ≥ p. */
export function poissonQuantile(mean: number, p: number): number {
  if (mean <= 0) return 0;
  let k = 0;
  let term = Math.exp(-mean);
  let cdf = term;
  while (cdf < p && k < 10_000) {
    k++;
    term *= mean / k;
    cdf += term;
  }
  return k;
}

function panel(result: FitResult, t: number, top: number): SvgNode[] {
  const days = result.days;
  const n = days.length;
  const upper = days.map((d) => poissonQuantile(d.expected[t], 0.975));
  const lower = days.map((d) => poissonQuantile(d.expected[t], 0.025));
  const ticks = niceTicks(0, Math.max(1, ...upper, ...days.map((d) => d.observed[t])), 4);
  const yMax = ticks[ticks.length - 1];
  const plotW = WIDTH - LEFT - RIGHT;
  const x = (d: number) => LEFT + (n === 1 ? plotW / 2 : (plotW * d) / (n - 1));
  const y = (v: number) => top + PANEL - (PANEL * v) / yMax;
  const band = [...upper.map((u, d) => `${x(d).toFixed(1)},${y(u).toFixed(1)}`), ...lower.map((l, d) => `${x(d).toFixed(1)},${y(l).toFixed(1)}`).reverse()].join(' ');
  const line = days.map((d, i) => `${x(i).toFixed(1)},${y(d.expected[t]).toFixed(1)}`).join(' ');
  const outside = days.filter((d, i) => d.observed[t] > upper[i] || d.observed[t] < lower[i]).length;
  return [
    svgNode('text', { x: LEFT, y: top - 8, 'font-size': 13, 'font-weight': 'bold' },
      `${result.data.types[t]}: seizures a day (${outside} of ${n} days outside the band)`),
    svgNode('polygon', { points: band, fill: '#9ecae1', 'fill-opacity': 0.45, stroke: 'none' }),
    ...ticks.flatMap((v) => [
      svgNode('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y(v), y2: y(v), stroke: '#ddd' }),
      svgNode('text', { x: LEFT - 6, y: y(v) + 4, 'font-size': 11, 'text-anchor': 'end' }, String(v)),
    ]),
    svgNode('polyline', { points: line, fill: 'none', stroke: '#08519c', 'stroke-width': 1.5 }),
    ...days.map((d, i) => svgNode('circle', { cx: x(i), cy: y(d.observed[t]), r: 2.5, fill: '#d94801' })),
    svgNode('text', { x: LEFT, y: top + PANEL + 14, 'font-size': 11 }, days[0].date),
    svgNode('text', { x: WIDTH - RIGHT, y: top + PANEL + 14, 'font-size': 11, 'text-anchor': 'end' }, days[n - 1].date),
  ];
}

/**
 * The plot as a tree of SVG nodes (null when the fit has no days to show): the app draws it as
 * elements, the memo writes it as text, so both show the same drawing.
 *
 * @example
 * plot.append(svgElement(fitPlotNode(result)!));
 */
export function fitPlotNode(result: FitResult): SvgNode | null {
  if (result.days.length === 0) return null;
  const types = result.data.types.length;
  const height = TOP + types * (PANEL + GAP);
  const panels = result.data.types.flatMap((_, t) => panel(result, t, TOP + t * (PANEL + GAP)));
  return svgNode('svg', {
    xmlns: 'http://www.w3.org/2000/svg', width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`,
    'font-family': 'system-ui, sans-serif', role: 'img', 'aria-label': 'Observed and fitted seizures a day, by contraband type',
  }, [
    svgNode('rect', { x: 0, y: 0, width: WIDTH, height, fill: 'white' }),
    svgNode('text', { x: LEFT, y: 16, 'font-size': 12 }, 'Dots: seizures observed each day. Line: the fitted mean. Band: where 95% of days should fall.'),
    ...panels,
  ]);
}

/**
 * The plot as SVG markup (empty string when the fit has no days to show).
 *
 * @example
 * writeFileSync('report-fit.svg', fitPlotSvg(result));
 */
export function fitPlotSvg(result: FitResult): string {
  const node = fitPlotNode(result);
  return node === null ? '' : svgMarkup(node);
}

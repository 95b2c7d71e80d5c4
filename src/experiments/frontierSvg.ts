/**
 * The frontier chart as a standalone SVG string, for the printable memo: each sweep point with
 * 95% whiskers on both axes, the Pareto-optimal points filled, labelled and joined by a line, the
 * others hollow and grey. Every point has an SVG <title>, which browsers show as a tooltip: the
 * point's parameters and both estimates. Pure string building (no DOM), so it runs in Node and in
 * a worker; every text is escaped.
 *
 * Colours are from the Okabe-Ito palette (distinguishable with colour-blindness) and the Pareto
 * points differ by fill and label as well as colour, so the chart survives a black-and-white
 * printer.
 */
import { OKABE_ITO, PAPER } from '../palette/index.js';
import { escapeHtml } from './escape.js';
import { FRONTIER_X, FRONTIER_Y, type Axis, type Frontier, type FrontierPoint } from './frontier.js';
import { formatEstimate, formatFixed, type MetricLabel } from './metricLabels.js';

const W = 720;
const H = 440;
const M = { left: 78, right: 24, top: 20, bottom: 56 };
const BLUE = OKABE_ITO.blue;
const GREY = PAPER.frame;

/**
 * The chart. `describe(point)` gives the parameters of a point for its tooltip.
 *
 * @example
 * frontierSvg(result.frontier, (i) => pointLabel(result.grid, gridPoints(result.grid)[i]));
 * // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 440" ...>...</svg>'
 */
export function frontierSvg(frontier: Frontier, describe: (point: number) => string): string {
  const ax: Axis = FRONTIER_X[frontier.x];
  const ay: Axis = FRONTIER_Y[frontier.y];
  const pts = frontier.points.filter((p) => Number.isFinite(p.x.mean) && Number.isFinite(p.y.mean));
  const xs = scale(pts.map((p) => p.x), ax.displayScale, M.left, W - M.right);
  const ys = scale(pts.map((p) => p.y), ay.displayScale, H - M.bottom, M.top);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="frontier-title" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<title id="frontier-title">${escapeHtml(`${ay.label} against ${ax.label.toLowerCase()}, ${pts.length} points, Pareto-optimal points filled`)}</title>`);
  for (const t of xs.ticks) {
    out.push(`<line x1="${n(xs.at(t))}" x2="${n(xs.at(t))}" y1="${M.top}" y2="${H - M.bottom}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${n(xs.at(t))}" y="${H - M.bottom + 16}" text-anchor="middle">${escapeHtml(formatFixed(t, xs.decimals))}</text>`);
  }
  for (const t of ys.ticks) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${n(ys.at(t))}" y2="${n(ys.at(t))}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${M.left - 6}" y="${n(ys.at(t) + 4)}" text-anchor="end">${escapeHtml(formatFixed(t, ys.decimals))}</text>`);
  }
  out.push(`<rect x="${M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}" fill="none" stroke="#444"/>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 14}" text-anchor="middle" font-weight="600">${escapeHtml(axisTitle(ax))}</text>`);
  out.push(`<text transform="translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle" font-weight="600">${escapeHtml(axisTitle(ay))}</text>`);
  const pareto = pts.filter((p) => p.pareto).sort((a, b) => a.x.mean - b.x.mean);
  if (pareto.length > 1) {
    const line = pareto.map((p) => `${n(xs.at(p.x.mean * ax.displayScale))},${n(ys.at(p.y.mean * ay.displayScale))}`).join(' ');
    out.push(`<polyline points="${line}" fill="none" stroke="${BLUE}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
  }
  // Dominated points first, so the Pareto points are drawn on top of them; whiskers are clipped
  // to the plot (see scale()).
  out.push(`<clipPath id="frontier-plot"><rect x="${M.left}" y="${M.top - 12}" width="${W - M.left - M.right + 12}" height="${H - M.top - M.bottom + 12}"/></clipPath>`);
  out.push('<g clip-path="url(#frontier-plot)">');
  for (const p of [...pts.filter((q) => !q.pareto), ...pareto]) out.push(pointMarkup(p, ax, ay, xs.at, ys.at, describe(p.point)));
  out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}

function pointMarkup(p: FrontierPoint, ax: Axis, ay: Axis, sx: (v: number) => number, sy: (v: number) => number, about: string): string {
  const x = p.x.mean * ax.displayScale;
  const y = p.y.mean * ay.displayScale;
  const colour = p.pareto ? BLUE : GREY;
  const parts: string[] = [`<g class="${p.pareto ? 'point pareto' : 'point'}">`];
  const tip = `P${p.point}${p.pareto ? ' (Pareto-optimal)' : ''}: ${about}\n${ax.label}: ${formatEstimate(p.x.mean, p.x.halfWidth, asLabel(ax))}\n${ay.label}: ${formatEstimate(p.y.mean, p.y.halfWidth, asLabel(ay))}`;
  parts.push(`<title>${escapeHtml(tip)}</title>`);
  if (Number.isFinite(p.x.halfWidth) && p.x.halfWidth > 0) {
    const h = p.x.halfWidth * ax.displayScale;
    parts.push(`<line x1="${n(sx(x - h))}" x2="${n(sx(x + h))}" y1="${n(sy(y))}" y2="${n(sy(y))}" stroke="${colour}"/>`);
  }
  if (Number.isFinite(p.y.halfWidth) && p.y.halfWidth > 0) {
    const h = p.y.halfWidth * ay.displayScale;
    parts.push(`<line x1="${n(sx(x))}" x2="${n(sx(x))}" y1="${n(sy(y - h))}" y2="${n(sy(y + h))}" stroke="${colour}"/>`);
  }
  parts.push(`<circle cx="${n(sx(x))}" cy="${n(sy(y))}" r="${p.pareto ? 5 : 4}" fill="${p.pareto ? BLUE : 'white'}" stroke="${colour}" stroke-width="1.5"/>`);
  if (p.pareto) parts.push(`<text x="${n(sx(x) + 7)}" y="${n(sy(y) - 7)}" fill="${BLUE}" font-weight="600">P${p.point}</text>`);
  parts.push('</g>');
  return parts.join('');
}

function asLabel(a: Axis): MetricLabel {
  return { metric: a.metric, label: a.label, unit: a.unit, scale: a.displayScale };
}

function axisTitle(a: Axis): string {
  const unit = a.unit === '' ? '' : ` (${a.unit})`;
  return `${a.label}${unit}, ${a.better} is better`;
}

/** A linear scale over the estimates' intervals (display units), with "nice" ticks. */
function scale(estimates: { mean: number; halfWidth: number }[], factor: number, from: number, to: number) {
  let lo = Infinity;
  let hi = -Infinity;
  // Counts, rates and hours: when no mean is negative, the axis stops at 0 and a whisker reaching
  // below it is clipped (an interval of a count can dip below 0; the count cannot).
  const nonNegative = estimates.every((e) => !(e.mean < 0));
  for (const e of estimates) {
    const h = Number.isFinite(e.halfWidth) ? e.halfWidth : 0;
    lo = Math.min(lo, (e.mean - h) * factor);
    hi = Math.max(hi, (e.mean + h) * factor);
  }
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) [lo, hi] = [lo - Math.max(1, Math.abs(lo) * 0.05), hi + Math.max(1, Math.abs(hi) * 0.05)];
  const pad = (hi - lo) * 0.06;
  [lo, hi] = [lo - pad, hi + pad];
  if (nonNegative) lo = Math.max(0, lo);
  const step = niceStep((hi - lo) / 6);
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return { at: (v: number) => from + ((v - lo) / (hi - lo)) * (to - from), ticks, decimals: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) };
}

/** 1, 2 or 5 times a power of ten, the nearest at or above `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/** Coordinates with two decimals: enough for a screen or a printer, and short. */
function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

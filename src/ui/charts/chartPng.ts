/**
 * Pictures of charts for a slide or a brief: a PNG at twice the chart's size on screen, on a white
 * background (never transparent), with the chart's title above the plot, its legend below when
 * the legend is HTML (the time charts'), and a line naming the run. The plot is the one the page
 * draws: an SVG chart (the trade-off plot, the sweep's frontier) is serialised with its computed
 * styles and drawn through an Image at twice its size; a uPlot chart hands over a canvas it drew
 * at twice its size (`TimeChart.picture`). Each chart gets a small "Save as PNG" button whose
 * accessible name says which chart it saves.
 */
import { PAPER } from '../../palette/index.js';
import { h, uniqueId } from '../dom.js';
import { saveBlob } from '../download.js';

/** Pixels per CSS pixel of a saved picture. */
export const PNG_SCALE = 2;

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const PAD = 16;
const TITLE = { font: `600 18px ${FAMILY}`, line: 24 };
const LEGEND = { font: `14px ${FAMILY}`, line: 22, swatch: 24 };
const FOOTER = { font: `12px ${FAMILY}`, line: 18 };

/** A legend entry drawn under the plot. */
export interface PngLegendItem {
  label: string;
  colour: string;
  /** A line's dash pattern (CSS pixels), or a filled box for bars. */
  dash?: readonly number[];
  bar?: boolean;
}

/** A plot drawn at `PNG_SCALE`, and its size on screen (CSS pixels). */
export interface PlotPicture {
  image: CanvasImageSource;
  width: number;
  height: number;
}

/** What a saved picture shows. */
export interface PngParts {
  title: string;
  plot: PlotPicture;
  legend?: readonly PngLegendItem[];
  /** Words under everything naming the run, e.g. "Interdict · baseline, seed 1" (wrapped to the width). */
  footer: string;
}

/**
 * The picture as a PNG: title, plot, legend and footer on white, at `PNG_SCALE`.
 *
 * @example
 * const blob = await composePng({ title: 'Seizures', plot: await svgPicture(svg), footer: 'Interdict · baseline, seed 1' });
 */
export async function composePng(p: PngParts): Promise<Blob> {
  const width = Math.ceil(p.plot.width) + 2 * PAD;
  const measure = context(document.createElement('canvas'));
  measure.font = TITLE.font;
  const titleLines = wrapLines((t) => measure.measureText(t).width, p.title, width - 2 * PAD);
  measure.font = LEGEND.font;
  const legend = layoutLegend(p.legend ?? [], (t) => measure.measureText(t).width, width - 2 * PAD);
  const legendHeight = legend.length === 0 ? 0 : 8 + (Math.max(...legend.map((l) => l.row)) + 1) * LEGEND.line;
  measure.font = FOOTER.font;
  const footerLines = wrapLines((t) => measure.measureText(t).width, p.footer, width - 2 * PAD);
  const plotTop = PAD + titleLines.length * TITLE.line + 8;
  const footerTop = plotTop + p.plot.height + legendHeight + 8;
  const height = Math.ceil(footerTop + footerLines.length * FOOTER.line + PAD);

  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const ctx = context(canvas);
  ctx.scale(PNG_SCALE, PNG_SCALE);
  // Paper, not transparency: a PNG pasted on a dark slide must still show its axes.
  ctx.fillStyle = PAPER.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = PAPER.ink;
  ctx.font = TITLE.font;
  titleLines.forEach((line, i) => ctx.fillText(line, PAD, PAD + (i + 0.8) * TITLE.line));
  ctx.drawImage(p.plot.image, PAD, plotTop, p.plot.width, p.plot.height);
  ctx.font = LEGEND.font;
  const legendTop = plotTop + p.plot.height + 8;
  for (const l of legend) drawLegendItem(ctx, l.item, PAD + l.x, legendTop + l.row * LEGEND.line);
  ctx.font = FOOTER.font;
  ctx.fillStyle = PAPER.muted;
  footerLines.forEach((line, i) => ctx.fillText(line, PAD, footerTop + (i + 0.75) * FOOTER.line));
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not make a PNG'))), 'image/png'));
}

/**
 * An SVG chart as an image at `PNG_SCALE`: a copy with every element's computed colours, strokes
 * and fonts written on it (an SVG drawn as an image sees no style sheet), sized to twice the SVG's
 * size on screen so its text and lines are drawn sharp, not enlarged.
 *
 * @example
 * const plot = await svgPicture(document.querySelector('.ix-frontier-svg')!);
 */
export async function svgPicture(svg: SVGSVGElement): Promise<PlotPicture> {
  const box = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i] as SVGElement;
    for (const prop of STYLE_PROPERTIES) target.style.setProperty(prop, style.getPropertyValue(prop));
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(box.width * PNG_SCALE));
  copy.setAttribute('height', String(box.height * PNG_SCALE));
  copy.removeAttribute('class');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { image, width: box.width, height: box.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The style an SVG chart's look depends on. */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin', 'paint-order', 'opacity',
  'visibility', 'display', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
];

/**
 * Words in lines no wider than `maxWidth` (a word longer than that gets a line of its own).
 *
 * @example
 * wrapLines((t) => t.length, 'Interdiction rate against screening delay', 20); // ['Interdiction rate', 'against screening', 'delay']
 */
export function wrapLines(width: (text: string) => number, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && width(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Legend entries placed left to right in rows no wider than `maxWidth`.
 *
 * @example
 * layoutLegend([{ label: 'Seized', colour: '#000' }], (t) => 8 * t.length, 400); // [{ item, x: 0, row: 0 }]
 */
export function layoutLegend(items: readonly PngLegendItem[], width: (text: string) => number, maxWidth: number): { item: PngLegendItem; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return items.map((item) => {
    const w = LEGEND.swatch + 6 + width(item.label);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      row++;
    }
    const placed = { item, x, row };
    x += w + 18;
    return placed;
  });
}

function drawLegendItem(ctx: CanvasRenderingContext2D, item: PngLegendItem, x: number, top: number): void {
  const mid = top + LEGEND.line / 2;
  ctx.save();
  if (item.bar) {
    ctx.fillStyle = item.colour;
    ctx.fillRect(x + 5, mid - 7, 14, 14);
  } else {
    ctx.strokeStyle = item.colour;
    ctx.lineWidth = 3;
    ctx.setLineDash([...(item.dash ?? [])]);
    ctx.beginPath();
    ctx.moveTo(x, mid);
    ctx.lineTo(x + LEGEND.swatch, mid);
    ctx.stroke();
  }
  ctx.restore();
  ctx.fillStyle = PAPER.ink;
  ctx.fillText(item.label, x + LEGEND.swatch + 6, mid + 5);
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('this browser cannot draw on a canvas');
  return ctx;
}

/**
 * A "Save as PNG" button for one chart, named by the chart's title element (`titleId`), so its
 * accessible name, "Save as PNG Seizures and contraband seized", says which chart it saves even
 * after the title changes with the axis shown. Disabled while saving.
 *
 * @example
 * caption.append(pngButton(title.id, async () => ({ parts, name: chartPngName('tradeoff', 'baseline', 1) })));
 */
export function pngButton(titleId: string, picture: () => Promise<{ parts: PngParts; name: string }>): HTMLButtonElement {
  const id = uniqueId('ix-png');
  const button = h('button', { type: 'button', id, className: 'ix-button ix-png-button', attrs: { 'aria-labelledby': `${id} ${titleId}` } }, 'Save as PNG');
  button.addEventListener('click', () => {
    button.disabled = true;
    void picture()
      .then(async ({ parts, name }) => saveBlob(await composePng(parts), name))
      .catch((e: unknown) => console.warn('Saving the chart as PNG failed:', e))
      .finally(() => (button.disabled = false));
  });
  return button;
}

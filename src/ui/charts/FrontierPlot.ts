/**
 * The headline plot: interdiction rate (y) against throughput, delay, staff time or cost (x), one dot
 * per preset and a ring for the current run, so changing staffing or targeting visibly moves the
 * run against the presets. Drawn as SVG rather than with uPlot: eight labelled points need text
 * placement and a highlighted marker more than speed, and SVG text stays sharp on a projector.
 * The SVG scales with its container (viewBox), and a hidden table gives the same numbers in words.
 *
 * @example
 * const plot = new FrontierPlot(document.querySelector('#frontier')!);
 * plot.setPresetPoints(points);                 // from computePresetPoints, in a worker
 * plot.setCurrent(metrics.point('this run'));   // live, then final
 */
import type { PresetPoint } from '../../experiments/presetPoints.js';
import { formatPercent, isKnown, NOT_AVAILABLE } from '../metrics/formatNumber.js';
import { DEFAULT_SIZE, X_METRICS, frontierLayout, type FrontierLayout, type PlacedPoint, type XMetric } from './frontierLayout.js';
import { OKABE_ITO } from '../../palette/index.js';
import './charts.css';

const SVG = 'http://www.w3.org/2000/svg';
const PRESET_COLOUR = OKABE_ITO.blue;
const CURRENT_COLOUR = OKABE_ITO.vermillion;

export class FrontierPlot {
  private readonly svg: SVGSVGElement;
  private readonly title: HTMLHeadingElement;
  private readonly desc: HTMLParagraphElement;
  private readonly select: HTMLSelectElement;
  private readonly note: HTMLParagraphElement;
  private readonly table: HTMLTableElement;
  private presets: PresetPoint[] = [];
  private current: PresetPoint | null = null;
  private metric: XMetric = 'releasedPerHour';

  constructor(root: HTMLElement) {
    const id = `${root.id || 'ix-frontier'}-${Math.random().toString(36).slice(2, 8)}`;
    root.classList.add('ix-frontier');
    root.replaceChildren();
    const figure = document.createElement('figure');
    figure.className = 'ix-chart';
    const caption = document.createElement('figcaption');
    this.title = document.createElement('h3');
    this.title.className = 'ix-chart-title';
    this.title.id = `${id}-title`;
    this.desc = document.createElement('p');
    this.desc.className = 'ix-chart-desc';
    const label = document.createElement('label');
    label.className = 'ix-frontier-switch';
    label.textContent = 'Compare interdiction with ';
    this.select = document.createElement('select');
    for (const [value, info] of Object.entries(X_METRICS)) this.select.add(new Option(info.name, value));
    this.select.addEventListener('change', () => this.setXMetric(this.select.value as XMetric));
    label.append(this.select);
    caption.append(this.title, this.desc, label);

    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('viewBox', `0 0 ${DEFAULT_SIZE.width} ${DEFAULT_SIZE.height}`);
    this.svg.setAttribute('class', 'ix-frontier-svg');
    // The picture is decorative for a screen reader: the table below carries the same numbers.
    this.svg.setAttribute('aria-hidden', 'true');
    this.svg.setAttribute('focusable', 'false');
    this.note = document.createElement('p');
    this.note.className = 'ix-frontier-note';
    const hidden = document.createElement('div');
    hidden.className = 'ix-visually-hidden';
    this.table = document.createElement('table');
    hidden.append(this.table);
    figure.setAttribute('aria-labelledby', this.title.id);
    figure.append(caption, this.svg, this.note, hidden);
    root.append(figure);
    this.render();
  }

  /** The presets' points (from `computePresetPoints`); an empty list shows only the current run. */
  setPresetPoints(points: PresetPoint[]): void {
    this.presets = [...points];
    this.render();
  }

  /** The current run's point, live or final; null removes the marker. */
  setCurrent(point: PresetPoint | null): void {
    this.current = point;
    this.render();
  }

  /** Switches the x axis. */
  setXMetric(m: XMetric): void {
    this.metric = m;
    this.select.value = m;
    this.render();
  }

  private render(): void {
    const info = X_METRICS[this.metric];
    const layout = frontierLayout(this.presets, this.current, this.metric);
    this.title.textContent = `Interdiction rate against ${info.name}`;
    this.desc.textContent = `Each dot is a preset, run with the same seed; the ring with a cross-hair is this run. ` +
      `Better is up and to the ${info.better === 'higher' ? 'right' : 'left'}. The dashed line joins the presets no other preset beats on both.`;
    this.note.textContent = this.presets.length === 0 ? 'The presets are still being computed…' : layout.currentNote ?? '';
    this.svg.replaceChildren(...this.drawAxes(layout), ...this.drawFrontier(layout), ...layout.presets.map((p) => this.drawPoint(p, false)),
      ...(layout.current ? [this.drawPoint(layout.current, true)] : []));
    this.renderTable();
  }

  private drawAxes(l: FrontierLayout): SVGElement[] {
    const { left, right, top, bottom } = l.plot;
    const out: SVGElement[] = [];
    for (const t of l.yTicks) {
      out.push(svg('line', { x1: left, x2: right, y1: t.pos, y2: t.pos, class: 'ix-grid' }));
      out.push(svg('text', { x: left - 8, y: t.pos + 5, 'text-anchor': 'end', class: 'ix-tick' }, t.text));
    }
    for (const t of l.xTicks) {
      out.push(svg('line', { x1: t.pos, x2: t.pos, y1: top, y2: bottom, class: 'ix-grid' }));
      out.push(svg('text', { x: t.pos, y: bottom + 20, 'text-anchor': 'middle', class: 'ix-tick' }, t.text));
    }
    out.push(svg('rect', { x: left, y: top, width: right - left, height: bottom - top, class: 'ix-frame' }));
    out.push(svg('text', { x: (left + right) / 2, y: bottom + 46, 'text-anchor': 'middle', class: 'ix-axis-label' }, l.xLabel));
    out.push(svg('text', { x: 0, y: 0, transform: `translate(18 ${(top + bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle', class: 'ix-axis-label' }, l.yLabel));
    const hint = l.better === 'higher' ? 'better ↗' : '↖ better';
    out.push(svg('text', { x: l.better === 'higher' ? right - 8 : left + 8, y: top + 18, 'text-anchor': l.better === 'higher' ? 'end' : 'start', class: 'ix-better' }, hint));
    return out;
  }

  private drawFrontier(l: FrontierLayout): SVGElement[] {
    if (l.frontier.length < 2) return [];
    return [svg('polyline', { points: l.frontier.map((p) => `${p.x},${p.y}`).join(' '), class: 'ix-frontier-line' })];
  }

  private drawPoint(p: PlacedPoint, isCurrent: boolean): SVGElement {
    const g = svg('g', { class: isCurrent ? 'ix-point ix-current' : 'ix-point' });
    if (p.leader) g.append(svg('line', { x1: p.x, y1: p.y, x2: p.labelX + (p.anchor === 'start' ? -3 : 3), y2: p.labelY - 5, class: 'ix-leader' }));
    if (isCurrent) {
      // A thick ring around the spot, with a cross-hair: distinct in shape, not only in colour, and a preset dot under it stays visible.
      g.append(svg('circle', { cx: p.x, cy: p.y, r: 11, fill: 'none', stroke: CURRENT_COLOUR, 'stroke-width': 3.5 }));
      for (const [dx, dy] of [[0, -1], [0, 1], [-1, 0], [1, 0]]) {
        g.append(svg('line', { x1: p.x + dx * 11, y1: p.y + dy * 11, x2: p.x + dx * 17, y2: p.y + dy * 17, stroke: CURRENT_COLOUR, 'stroke-width': 3 }));
      }
    } else {
      g.append(svg('circle', { cx: p.x, cy: p.y, r: 6, fill: PRESET_COLOUR, stroke: '#fff', 'stroke-width': 1.5 }));
    }
    g.append(svg('text', { x: p.labelX + (isCurrent ? (p.anchor === 'start' ? 8 : -8) : 0), y: p.labelY, 'text-anchor': p.anchor, class: isCurrent ? 'ix-point-label ix-current-label' : 'ix-point-label' }, p.label));
    return g;
  }

  private renderTable(): void {
    const info = X_METRICS[this.metric];
    const caption = document.createElement('caption');
    caption.textContent = `Interdiction rate and ${info.name} of each preset${this.current ? ', and of this run' : ''}.`;
    const rows: string[][] = [['Run', 'Interdiction rate', info.axisLabel]];
    const cell = (p: PresetPoint): string[] => [
      p.name,
      isKnown(p.interdictionRate) ? formatPercent(p.interdictionRate) : NOT_AVAILABLE,
      isKnown(p[this.metric]) ? info.format(p[this.metric]) : NOT_AVAILABLE,
    ];
    for (const p of this.presets) rows.push(cell(p));
    if (this.current) rows.push(cell(this.current));
    const [head, ...body] = rows.map((r, i) => {
      const tr = document.createElement('tr');
      r.forEach((text, j) => {
        const c = document.createElement(i === 0 || j === 0 ? 'th' : 'td');
        if (c instanceof HTMLTableCellElement && c.tagName === 'TH') c.scope = i === 0 ? 'col' : 'row';
        c.textContent = text;
        tr.append(c);
      });
      return tr;
    });
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    tbody.append(...body);
    this.table.replaceChildren(caption, thead, tbody);
  }
}

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

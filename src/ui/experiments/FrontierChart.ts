/**
 * The sweep's frontier chart: interdiction rate against a chosen measure of flow or cost
 * (released per hour, screening delay, pulled parcels' time, officer-hours or dollars), one dot
 * per sweep point with 95% whiskers on both axes, Pareto-optimal points filled, labelled P<n> and
 * joined by a dashed line. Hovering or focusing a point (every point is in the tab order) shows
 * its parameters and estimates; a click, Enter or Space opens it as a live run through the host.
 * A table under the chart gives every point in words, for screen readers and for reading exact
 * values.
 *
 * Drawn as SVG from a pure layout (`frontierChartLayout.ts`) that scales with its container.
 *
 * @example
 * const chart = new FrontierChart(root, { open: (i) => host.openRun(...pointRun(result, i)), axisChanged: (x) => exports.setAxis(x) });
 * chart.show(result);
 */
import { computeFrontier, formatEstimate, FRONTIER_X, FRONTIER_Y, type Axis, type Frontier, type FrontierX, type MetricLabel, type SweepResult } from '../../experiments/index.js';
import { OKABE_ITO, PAPER } from '../../palette/index.js';
import { h } from '../dom.js';
import { CHART_SIZE, X_AXES, chartSizeFor, sweepChartLayout, type ChartSize, type PlacedSweepPoint, type SweepChartLayout } from './frontierChartLayout.js';
import { parameterText, pointTooltip, tooltipText } from './pointTooltip.js';

const SVG = 'http://www.w3.org/2000/svg';
const PARETO = OKABE_ITO.blue;
const OTHER = PAPER.other;
/** Half-length of a whisker's end cap, user units. */
const CAP = 4;

export interface FrontierChartHandlers {
  /** A point was clicked (or activated with the keyboard). */
  open(point: number): void;
  /** The x axis was switched. */
  axisChanged(x: FrontierX): void;
}

export class FrontierChart {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly desc: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly svg: SVGSVGElement;
  private readonly wrap: HTMLElement;
  private readonly tip: HTMLElement;
  private readonly note: HTMLElement;
  private readonly table: HTMLTableElement;
  private result: SweepResult | null = null;
  private x: FrontierX = 'releasedPerHour';
  private size: ChartSize = CHART_SIZE;
  private readonly resize: ResizeObserver;

  constructor(root: HTMLElement, private readonly handlers: FrontierChartHandlers) {
    this.title = h('h3', { id: 'xp-frontier-title', className: 'ix-xp-title' });
    this.desc = h('p', { className: 'ix-xp-desc' });
    this.select = h('select', { id: 'xp-frontier-x', className: 'ix-select' });
    for (const [value, axis] of Object.entries(X_AXES)) this.select.add(new Option(axis.name, value));
    this.select.addEventListener('change', () => {
      this.x = this.select.value as FrontierX;
      this.render();
      this.handlers.axisChanged(this.x);
    });
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('viewBox', `0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}`);
    this.svg.setAttribute('class', 'ix-xp-svg');
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-labelledby', 'xp-frontier-title');
    this.tip = h('div', { id: 'xp-tooltip', className: 'ix-xp-tooltip', hidden: true, attrs: { 'aria-hidden': 'true' } });
    this.wrap = h('div', { className: 'ix-xp-plot' });
    this.wrap.append(this.svg, this.tip);
    this.note = h('p', { className: 'ix-xp-note' });
    this.table = h('table', { id: 'xp-points-table', className: 'ix-xp-table' });
    this.element = h('figure', { className: 'ix-xp-frontier', id: 'xp-frontier', attrs: { 'aria-labelledby': 'xp-frontier-title' } },
      h('figcaption', {}, this.title, this.desc,
        h('label', { className: 'ix-xp-switch', htmlFor: 'xp-frontier-x' }, 'Horizontal axis: ', this.select)),
      this.wrap,
      legend(),
      this.note,
      h('details', { className: 'ix-xp-details' }, h('summary', {}, 'Every point as a table'), this.table));
    this.wrap.addEventListener('mouseleave', () => this.hideTip());
    root.append(this.element);
    // Redraw at the container's width (one SVG unit per pixel), when it changes by a few pixels.
    this.resize = new ResizeObserver(() => {
      const width = this.wrap.clientWidth;
      if (width > 0 && Math.abs(chartSizeFor(width).width - this.size.width) > 8) {
        this.size = chartSizeFor(width);
        this.render();
      }
    });
    this.resize.observe(this.wrap);
  }

  /** Stops watching the container's size. */
  destroy(): void {
    this.resize.disconnect();
  }

  /** The x axis shown. */
  get axis(): FrontierX {
    return this.x;
  }

  /** Shows a sweep's points. */
  show(result: SweepResult): void {
    this.result = result;
    this.render();
  }

  private render(): void {
    const result = this.result;
    if (result === null) return;
    const frontier = computeFrontier(result.points, this.x, 'interdictionRate');
    const layout = sweepChartLayout(frontier, this.size);
    this.svg.setAttribute('viewBox', `0 0 ${this.size.width} ${this.size.height}`);
    const axis = X_AXES[this.x];
    const R = result.grid.replications;
    this.title.textContent = `Interdiction rate against ${axis.name.toLowerCase()}`;
    const runs = result.complete ? `the mean of ${R} runs` : `the mean of its finished runs (up to ${R})`;
    this.desc.textContent = `Each dot is a sweep point, ${runs}; whiskers are 95% confidence intervals on both axes. ` +
      `Better is up and to the ${axis.better === 'higher' ? 'right' : 'left'}. Filled, labelled points are Pareto-optimal: no other point ` +
      'beats them on both axes. Hover over or tab to a point for its parameters; click it (or press Enter) to watch it as a live run.';
    this.hideTip();
    this.svg.replaceChildren(...this.axes(layout), ...this.frontierLine(layout), ...layout.points.map((p) => this.point(p, result, frontier)));
    const pareto = frontier.points.filter((p) => p.pareto).length;
    this.note.textContent = [
      `${layout.points.length} point${layout.points.length === 1 ? '' : 's'}, ${pareto} Pareto-optimal.`,
      layout.omitted > 0 ? `${layout.omitted} point${layout.omitted === 1 ? ' has' : 's have'} no finished run and ${layout.omitted === 1 ? 'is' : 'are'} not drawn.` : '',
    ].filter(Boolean).join(' ');
    this.renderTable(result, frontier);
  }

  private axes(l: SweepChartLayout): SVGElement[] {
    const { left, right, top, bottom } = l.plot;
    const out: SVGElement[] = [];
    for (const t of l.yTicks) {
      out.push(svg('line', { x1: left, x2: right, y1: t.pos, y2: t.pos, class: 'ix-xp-grid' }));
      out.push(svg('text', { x: left - 8, y: t.pos + 5, 'text-anchor': 'end', class: 'ix-xp-tick' }, t.text));
    }
    for (const t of l.xTicks) {
      out.push(svg('line', { x1: t.pos, x2: t.pos, y1: top, y2: bottom, class: 'ix-xp-grid' }));
      out.push(svg('text', { x: t.pos, y: bottom + 20, 'text-anchor': 'middle', class: 'ix-xp-tick' }, t.text));
    }
    out.push(svg('rect', { x: left, y: top, width: right - left, height: bottom - top, class: 'ix-xp-frame' }));
    out.push(svg('text', { x: (left + right) / 2, y: bottom + 48, 'text-anchor': 'middle', class: 'ix-xp-axis-label' }, l.xTitle));
    out.push(svg('text', { x: 0, y: 0, transform: `translate(18 ${(top + bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle', class: 'ix-xp-axis-label' }, l.yTitle));
    const higher = l.better === 'higher';
    out.push(svg('text', { x: higher ? right - 8 : left + 8, y: top + 18, 'text-anchor': higher ? 'end' : 'start', class: 'ix-xp-better' }, higher ? 'better ↗' : '↖ better'));
    for (const node of out) node.setAttribute('aria-hidden', 'true');
    return out;
  }

  private frontierLine(l: SweepChartLayout): SVGElement[] {
    if (l.paretoLine.length < 2) return [];
    const line = svg('polyline', { points: l.paretoLine.map((p) => `${p.x},${p.y}`).join(' '), class: 'ix-xp-pareto-line', stroke: PARETO });
    line.setAttribute('aria-hidden', 'true');
    return [line];
  }

  private point(p: PlacedSweepPoint, result: SweepResult, frontier: Frontier): SVGElement {
    const colour = p.pareto ? PARETO : OTHER;
    const fp = frontier.points.find((q) => q.point === p.point);
    const tooltip = fp ? pointTooltip(result, fp, this.x) : null;
    const g = svg('g', {
      class: p.pareto ? 'ix-xp-point ix-xp-pareto' : 'ix-xp-point', tabindex: 0, role: 'button',
      'data-point': p.point, 'aria-label': tooltip ? tooltipText(tooltip) : `Point ${p.point}`,
    });
    if (p.whiskerX) {
      const [a, b] = p.whiskerX;
      g.append(svg('line', { x1: a, x2: b, y1: p.y, y2: p.y, stroke: colour, class: 'ix-xp-whisker' }));
      [a, b].forEach((x, i) => p.clippedX[i] || g.append(svg('line', { x1: x, x2: x, y1: p.y - CAP, y2: p.y + CAP, stroke: colour, class: 'ix-xp-whisker' })));
    }
    if (p.whiskerY) {
      const [a, b] = p.whiskerY;
      g.append(svg('line', { x1: p.x, x2: p.x, y1: a, y2: b, stroke: colour, class: 'ix-xp-whisker' }));
      [a, b].forEach((y, i) => p.clippedY[i] || g.append(svg('line', { x1: p.x - CAP, x2: p.x + CAP, y1: y, y2: y, stroke: colour, class: 'ix-xp-whisker' })));
    }
    // A larger invisible target, so a point is easy to hover and click.
    g.append(svg('circle', { cx: p.x, cy: p.y, r: 12, fill: 'transparent', class: 'ix-xp-hit' }));
    g.append(svg('circle', { cx: p.x, cy: p.y, r: p.pareto ? 6 : 5, fill: p.pareto ? PARETO : '#ffffff', stroke: colour, 'stroke-width': 2, class: 'ix-xp-dot' }));
    if (p.label) g.append(svg('text', { x: p.labelX, y: p.labelY, 'text-anchor': p.labelAnchor, class: 'ix-xp-label', fill: PARETO }, p.label));
    const show = (): void => {
      if (tooltip) this.showTip(g, tooltip.title, [...tooltip.parameters], [...tooltip.values], tooltip.note, tooltip.action);
    };
    g.addEventListener('mouseenter', show);
    g.addEventListener('focus', show);
    g.addEventListener('blur', () => this.hideTip());
    g.addEventListener('click', () => this.handlers.open(p.point));
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.handlers.open(p.point);
      }
    });
    return g;
  }

  private showTip(g: SVGElement, title: string, parameters: string[], values: string[], note: string | null, action: string): void {
    this.tip.replaceChildren(
      h('strong', {}, title),
      h('ul', { className: 'ix-xp-tip-params' }, ...parameters.map((t) => h('li', {}, t))),
      h('ul', { className: 'ix-xp-tip-values' }, ...values.map((t) => h('li', {}, t))),
      ...(note ? [h('p', { className: 'ix-xp-tip-note' }, note)] : []),
      h('p', { className: 'ix-xp-tip-action' }, action),
    );
    this.tip.hidden = false;
    const dot = g.querySelector('.ix-xp-dot')?.getBoundingClientRect() ?? g.getBoundingClientRect();
    const box = this.wrap.getBoundingClientRect();
    const cx = dot.left + dot.width / 2 - box.left;
    const cy = dot.top + dot.height / 2 - box.top;
    const w = this.tip.offsetWidth;
    const hgt = this.tip.offsetHeight;
    const left = cx + 16 + w > box.width ? Math.max(0, cx - 16 - w) : cx + 16;
    const top = Math.min(Math.max(0, cy - hgt / 2), Math.max(0, box.height - hgt));
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${top}px`;
  }

  private hideTip(): void {
    this.tip.hidden = true;
  }

  private renderTable(result: SweepResult, frontier: Frontier): void {
    const ax: Axis = FRONTIER_X[this.x];
    const ay: Axis = FRONTIER_Y.interdictionRate;
    const params = result.grid.parameters;
    const head = ['Point', ...params.map((p) => p.name), ay.label, ax.label, 'Pareto-optimal', 'Runs'];
    const rows = frontier.points.map((fp) => {
      const point = result.points[fp.point];
      return [
        `P${fp.point}`,
        ...params.map((p) => parameterText(point.parameters[p.name], 'scale' in p)),
        formatEstimate(fp.y.mean, fp.y.halfWidth, asLabel(ay)),
        formatEstimate(fp.x.mean, fp.x.halfWidth, asLabel(ax)),
        fp.pareto ? 'yes' : '',
        String(point.runs),
      ];
    });
    const tr = (cells: string[], header: boolean) => h('tr', {}, ...cells.map((c, i) => {
      const cell = h(header || i === 0 ? 'th' : 'td', {}, c);
      if (header) cell.setAttribute('scope', 'col');
      else if (i === 0) cell.setAttribute('scope', 'row');
      if (i > params.length && i < head.length - 2) cell.className = 'ix-xp-num';
      return cell;
    }));
    this.table.replaceChildren(
      h('caption', {}, `Each point's mean with the half-width of its 95% interval (±).`),
      h('thead', {}, tr(head, true)),
      h('tbody', {}, ...rows.map((r) => tr(r, false))));
  }
}

/** The chart's key: what filled and hollow dots, whiskers and the dashed line mean. */
function legend(): HTMLElement {
  const swatch = (...children: SVGElement[]): SVGSVGElement => {
    const s = document.createElementNS(SVG, 'svg');
    s.setAttribute('viewBox', '0 0 28 16');
    s.setAttribute('width', '28');
    s.setAttribute('height', '16');
    s.setAttribute('aria-hidden', 'true');
    s.append(...children);
    return s;
  };
  const item = (icon: SVGSVGElement, text: string) => h('li', {}, icon, text);
  return h('ul', { className: 'ix-xp-legend', attrs: { 'aria-label': 'Key to the chart' } },
    item(swatch(svg('circle', { cx: 14, cy: 8, r: 6, fill: PARETO, stroke: PARETO, 'stroke-width': 2 })), 'Pareto-optimal point (P = point number)'),
    item(swatch(svg('circle', { cx: 14, cy: 8, r: 5, fill: '#fff', stroke: OTHER, 'stroke-width': 2 })), 'Other point'),
    item(swatch(
      svg('line', { x1: 3, x2: 25, y1: 8, y2: 8, stroke: OTHER, 'stroke-width': 1.5 }),
      svg('line', { x1: 3, x2: 3, y1: 4, y2: 12, stroke: OTHER, 'stroke-width': 1.5 }),
      svg('line', { x1: 25, x2: 25, y1: 4, y2: 12, stroke: OTHER, 'stroke-width': 1.5 })), '95% confidence interval'),
    item(swatch(svg('line', { x1: 2, x2: 26, y1: 8, y2: 8, stroke: PARETO, 'stroke-width': 2, 'stroke-dasharray': '5 3' })), 'Frontier through the Pareto-optimal points'));
}

function asLabel(a: Axis): MetricLabel {
  return { metric: a.metric, label: a.label, unit: a.unit, scale: a.displayScale };
}

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

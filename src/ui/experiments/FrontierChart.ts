/**
 * The sweep's frontier chart: interdiction rate against a chosen measure of flow or cost
 * (released per hour, screening delay, pulled parcels' time, officer-hours or dollars), one dot
 * per sweep point with 95% whiskers on both axes, Pareto-optimal points filled, labelled P<n> and
 * joined by a dashed line. Hovering or focusing a point (every point is in the tab order) shows
 * its parameters and estimates; a click, Enter or Space opens it as a live run through the host.
 * A table under the chart gives every point in words, for screen readers and for reading exact
 * values.
 *
 * Drawn as SVG from the shared frontier geometry (`frontierChartLayout.ts`), at its container's
 * width; the axes, the Pareto line and the whiskers are the parts the memo's SVG draws too.
 *
 * @example
 * const chart = new FrontierChart(root, { open: (i) => host.openRun(...pointRun(result, i)), axisChanged: (x) => exports.setAxis(x) });
 * chart.show(result);
 */
import {
  CLIPPED_NOTE, axisMetricLabel, computeFrontier, formatBoundedEstimate, frontierFrame, leaderLine, markLabel, paretoLine, whiskers, FRONTIER_X, FRONTIER_Y,
  OTHER_COLOUR as OTHER, PARETO_COLOUR as PARETO, type Axis, type Frontier, type FrontierX, type PlacedMark, type SweepResult,
} from '../../experiments/index.js';
import { PAPER } from '../../palette/index.js';
import { h } from '../dom.js';
import { svg, svgElement } from '../svg.js';
import { CHART_SIZE, X_AXES, chartSizeFor, sweepChartLayout, type ChartSize } from './frontierChartLayout.js';
import { parameterText, pointTooltip, tooltipText } from './pointTooltip.js';
import { pngButton, svgPicture } from '../charts/chartPng.js';
import { chartPngName } from '../charts/pngName.js';

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
    this.svg = svg('svg', { viewBox: `0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}`, class: 'ix-xp-svg', role: 'group', 'aria-labelledby': 'xp-frontier-title' });
    this.tip = h('div', { id: 'xp-tooltip', className: 'ix-xp-tooltip', hidden: true, attrs: { 'aria-hidden': 'true' } });
    this.wrap = h('div', { className: 'ix-xp-plot' });
    this.wrap.append(this.svg, this.tip);
    this.note = h('p', { className: 'ix-xp-note' });
    this.table = h('table', { id: 'xp-points-table', className: 'ix-xp-table' });
    const save = pngButton(this.title.id, async () => {
      const r = this.result;
      const base = r?.grid.base.scenario.name ?? 'sweep';
      const seed = r?.grid.seed ?? 0;
      const runs = r ? `${r.points.length} points × ${r.grid.replications} runs, seeds ${seed} to ${seed + r.grid.replications - 1}` : '';
      return {
        name: chartPngName('sweep-frontier', base, seed),
        parts: { title: this.title.textContent ?? '', plot: await svgPicture(this.svg), footer: `Interdict · sweep of ${base}, ${runs}. ${this.note.textContent ?? ''}` },
      };
    });
    this.element = h('figure', { className: 'ix-xp-frontier', id: 'xp-frontier', attrs: { 'aria-labelledby': 'xp-frontier-title' } },
      h('figcaption', {}, this.title, this.desc,
        h('div', { className: 'ix-chart-controls' },
          h('label', { className: 'ix-xp-switch', htmlFor: 'xp-frontier-x' }, 'Horizontal axis: ', this.select), save)),
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
      'beats them beyond the 95% intervals (a lead smaller than the whiskers does not count). Hover over or tab to a point for its ' +
      'parameters; click it (or press Enter) to watch it as a live run.';
    this.hideTip();
    this.svg.replaceChildren(...[...frontierFrame(layout), ...paretoLine(layout)].map(svgElement), ...layout.marks.map((p) => this.point(p, result, frontier)));
    const pareto = frontier.points.filter((p) => p.pareto).length;
    this.note.textContent = [
      `${layout.marks.length} point${layout.marks.length === 1 ? '' : 's'}, ${pareto} Pareto-optimal.`,
      layout.omitted > 0 ? `${layout.omitted} point${layout.omitted === 1 ? ' has' : 's have'} no finished run and ${layout.omitted === 1 ? 'is' : 'are'} not drawn.` : '',
      layout.boundCut ? CLIPPED_NOTE : '',
    ].filter(Boolean).join(' ');
    this.renderTable(result, frontier);
  }

  private point(p: PlacedMark, result: SweepResult, frontier: Frontier): SVGElement {
    const colour = p.pareto ? PARETO : OTHER;
    const fp = frontier.points.find((q) => q.point === p.id);
    const tooltip = fp ? pointTooltip(result, fp, this.x) : null;
    const g = svg('g', {
      class: p.pareto ? 'ix-xp-point ix-xp-pareto' : 'ix-xp-point', tabindex: 0, role: 'button',
      'data-point': p.id, 'aria-label': tooltip ? tooltipText(tooltip) : `Point ${p.id}`,
    });
    g.append(...[...whiskers(p, colour, 'ix-xp-whisker'), ...leaderLine(p)].map(svgElement));
    // A larger invisible target, so a point is easy to hover and click.
    g.append(svg('circle', { cx: p.x, cy: p.y, r: 12, fill: 'transparent', class: 'ix-xp-hit' }));
    g.append(svg('circle', { cx: p.x, cy: p.y, r: p.pareto ? 6 : 5, fill: p.pareto ? PARETO : PAPER.background, stroke: colour, 'stroke-width': 2, class: 'ix-xp-dot' }));
    g.append(...markLabel(p, { class: 'ix-xp-label', fill: PARETO }).map(svgElement));
    const show = (): void => {
      if (tooltip) this.showTip(g, tooltip.title, [...tooltip.parameters], [...tooltip.values], tooltip.note, tooltip.action);
    };
    g.addEventListener('mouseenter', show);
    g.addEventListener('focus', show);
    g.addEventListener('blur', () => this.hideTip());
    g.addEventListener('click', () => this.handlers.open(p.id));
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.handlers.open(p.id);
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
        formatBoundedEstimate(fp.y.mean, fp.y.halfWidth, axisMetricLabel(ay)),
        formatBoundedEstimate(fp.x.mean, fp.x.halfWidth, axisMetricLabel(ax)),
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
      h('caption', {}, `Each point's mean with the half-width of its 95% interval (±); an interval cut at what the measure can be is written out, its cut end marked †.`),
      h('thead', {}, tr(head, true)),
      h('tbody', {}, ...rows.map((r) => tr(r, false))));
  }
}

/** The chart's key: what filled and hollow dots, whiskers and the dashed line mean. */
function legend(): HTMLElement {
  const swatch = (...children: SVGElement[]): SVGSVGElement => {
    const s = svg('svg', { viewBox: '0 0 28 16', width: 28, height: 16, 'aria-hidden': 'true' });
    s.append(...children);
    return s;
  };
  const item = (icon: SVGSVGElement, text: string) => h('li', {}, icon, text);
  return h('ul', { className: 'ix-xp-legend', attrs: { 'aria-label': 'Key to the chart' } },
    item(swatch(svg('circle', { cx: 14, cy: 8, r: 6, fill: PARETO, stroke: PARETO, 'stroke-width': 2 })), 'Pareto-optimal point (P = point number)'),
    item(swatch(svg('circle', { cx: 14, cy: 8, r: 5, fill: PAPER.background, stroke: OTHER, 'stroke-width': 2 })), 'Other point'),
    item(swatch(
      svg('line', { x1: 3, x2: 25, y1: 8, y2: 8, stroke: OTHER, 'stroke-width': 1.5 }),
      svg('line', { x1: 3, x2: 3, y1: 4, y2: 12, stroke: OTHER, 'stroke-width': 1.5 }),
      svg('line', { x1: 25, x2: 25, y1: 4, y2: 12, stroke: OTHER, 'stroke-width': 1.5 })), '95% confidence interval'),
    item(swatch(svg('line', { x1: 2, x2: 26, y1: 8, y2: 8, stroke: PARETO, 'stroke-width': 2, 'stroke-dasharray': '6 4' })), 'Frontier through the Pareto-optimal points'),
    item(swatch(svg('text', { x: 14, y: 13, 'text-anchor': 'middle', fill: OTHER, 'font-size': 14 }, '†')), 'Interval cut at 0 or 100%'));
}

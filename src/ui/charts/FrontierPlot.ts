/**
 * The headline plot: interdiction rate (y) against throughput, delay, staff time or cost (x), one dot
 * per preset and a ring for the current run, so changing staffing or targeting visibly moves the
 * run against the presets. Drawn as SVG rather than with uPlot: eight labelled points need text
 * placement and a highlighted marker more than speed, and SVG text stays sharp on a projector.
 * The SVG scales with its container (viewBox), and a hidden table gives the same numbers in words.
 * It draws the shared frontier geometry (`frontierLayout.ts`), with the axes and the dashed line
 * the experiments chart and the memo draw too; the named dots and the ring are its own.
 *
 * @example
 * const plot = new FrontierPlot(document.querySelector('#frontier')!);
 * plot.setPresetPoints(points);                 // from computePresetPoints, in a worker
 * plot.setCurrent(metrics.point('this run'));   // live, then final
 */
import { CLIPPED_NOTE, FRONTIER_X, axisTitle, frontierFrame, leaderLine, markLabel, paretoLine, whiskers, type Axis, type FrontierX, type PlacedMark } from '../../experiments/index.js';
import type { PresetPoint } from '../../experiments/presetPoints.js';
import { OKABE_ITO, PAPER } from '../../palette/index.js';
import { formatDecimal, formatPercent, isKnown, NOT_AVAILABLE } from '../metrics/formatNumber.js';
import { h } from '../dom.js';
import { svg, svgElement } from '../svg.js';
import { PRESET_FIGURE_RUNS } from '../points/presetFigures.js';
import { COMPANION, DEFAULT_SIZE, frontierLayout, SWEEP } from './frontierLayout.js';
import { sweepFrontierPoints, sweepNote } from './sweepPoints.js';
import type { SweepResult } from '../../experiments/index.js';
import { pngButton, svgPicture } from './chartPng.js';
import { chartPngName } from './pngName.js';
import type { RunName } from './TimeChart.js';
import { perDayNote } from './perDayNote.js';
import './charts.css';

const PRESET_COLOUR = OKABE_ITO.blue;
const CURRENT_COLOUR = OKABE_ITO.vermillion;
/** Run B beside this run: another hue and a dashed ring, so the two differ in shape as well as colour. */
const COMPANION_COLOUR = OKABE_ITO.reddishPurple;
/** The last sweep's frontier: another hue, and squares rather than dots. */
const SWEEP_COLOUR = OKABE_ITO.bluishGreen;

export class FrontierPlot {
  private readonly svg: SVGSVGElement;
  private readonly title: HTMLHeadingElement;
  private readonly desc: HTMLParagraphElement;
  private readonly select: HTMLSelectElement;
  private readonly note: HTMLParagraphElement;
  private readonly table: HTMLTableElement;
  private presets: PresetPoint[] = [];
  private current: PresetPoint | null = null;
  private companion: PresetPoint | null = null;
  /** The last sweep of the Experiments panel, whose frontier is drawn over the presets. */
  private sweep: SweepResult | null = null;
  /** What the ring stands for against the dots (perDayNote), or '' without a ring. */
  private currentScale = '';
  // Delay is the cost of screening the plot is about (issue: the trade-off must be visible); released per
  // hour mostly follows how much mail arrives.
  private metric: FrontierX = 'screeningDelayParcelHours';

  /** `runName` names the run shown, for the plot's saved picture. */
  constructor(root: HTMLElement, runName: RunName = () => ({ preset: 'run', seed: 0 })) {
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
    for (const [value, axis] of Object.entries(FRONTIER_X)) this.select.add(new Option(axis.name.toLowerCase(), value, false, value === this.metric));
    this.select.addEventListener('change', () => this.setXMetric(this.select.value as FrontierX));
    label.append(this.select);
    const save = pngButton(this.title.id, async () => {
      const run = runName();
      return {
        name: chartPngName('tradeoff', run.preset, run.seed),
        parts: { title: this.title.textContent ?? '', plot: await svgPicture(this.svg), footer: `Interdict · ${this.desc.textContent ?? ''} This run: ${run.preset}, seed ${run.seed}.` },
      };
    });
    caption.append(this.title, this.desc, label);

    // The picture is decorative for a screen reader: the table below carries the same numbers.
    this.svg = svg('svg', { viewBox: `0 0 ${DEFAULT_SIZE.width} ${DEFAULT_SIZE.height}`, class: 'ix-frontier-svg', 'aria-hidden': 'true', focusable: 'false' });
    this.note = document.createElement('p');
    this.note.className = 'ix-frontier-note';
    const hidden = document.createElement('div');
    hidden.className = 'ix-visually-hidden';
    this.table = document.createElement('table');
    hidden.append(this.table);
    figure.setAttribute('aria-labelledby', this.title.id);
    // The button shares the note's line under the plot, so the plot keeps its height on a 720-pixel screen.
    const foot = document.createElement('div');
    foot.className = 'ix-chart-foot';
    foot.append(this.note, save);
    figure.append(caption, this.svg, foot, hidden);
    root.append(figure);
    this.render();
  }

  /** The presets' points (from `computePresetPoints`); an empty list shows only the current run. */
  setPresetPoints(points: PresetPoint[]): void {
    this.presets = [...points];
    this.render();
  }

  /**
   * The current run's point, live or final, after `days` simulated days; null removes the marker.
   * Delay, officer-hours and cost are shown per day, like the presets' points. The delay is
   * accrued hour by hour, so a live point passes the days its completed hours cover
   * (`delayDays`): each figure is divided by the time it was counted over.
   */
  setCurrent(point: PresetPoint | null, days = 1, options: { delayDays?: number; finished?: boolean } = {}): void {
    this.currentScale = point === null ? '' : perDayNote(days, options.finished ?? true, PRESET_FIGURE_RUNS);
    this.current = point === null ? null : perDay(point, days, options.delayDays ?? days);
    this.render();
  }

  /** The last sweep (null: none): its Pareto-optimal points, joined by a line, on this plot's axes. */
  setSweep(result: SweepResult | null): void {
    this.sweep = result;
    this.render();
  }

  /** Run B's point beside this run's (same seed, another scenario), per day likewise; null removes it. */
  setCompanion(point: PresetPoint | null, days = 1): void {
    this.companion = point === null ? null : perDay(point, days);
    this.render();
  }

  /** Switches the x axis. */
  setXMetric(m: FrontierX): void {
    this.metric = m;
    this.select.value = m;
    this.render();
  }

  private render(): void {
    const info = FRONTIER_X[this.metric];
    const sweep = this.sweep === null ? [] : sweepFrontierPoints(this.sweep, this.metric);
    const layout = frontierLayout(this.presets, this.current, this.metric, DEFAULT_SIZE, this.companion, sweep);
    this.title.textContent = `Interdiction rate against ${info.name.toLowerCase()}`;
    this.desc.textContent = `Dots: presets, the mean of ${PRESET_FIGURE_RUNS.replications} runs of ${PRESET_FIGURE_RUNS.days} days with 95% whiskers; ` +
      `ring: this run. Per simulated day. Better: up and to the ${info.better === 'higher' ? 'right' : 'left'}.`;
    const sweepWords = this.sweep === null ? null : sweepNote(this.sweep, sweep.length);
    this.note.textContent = [layout.currentNote ?? this.currentScale, sweepWords, layout.boundCut ? CLIPPED_NOTE : null].filter((t) => t !== null && t !== '').join(' ');
    const sweepMarks = layout.marks.filter((m) => m.id <= SWEEP).sort((a, b) => a.x - b.x);
    const sweepLine = sweepMarks.length > 1
      ? [svg('polyline', { points: sweepMarks.map((m) => `${m.x},${m.y}`).join(' '), fill: 'none', stroke: SWEEP_COLOUR, 'stroke-width': 2.5, class: 'ix-sweep-line' })]
      : [];
    this.svg.replaceChildren(...[...frontierFrame(layout), ...paretoLine(layout)].map(svgElement), ...sweepLine, ...layout.marks.map((m) => this.drawPoint(m)));
    this.renderTable();
  }

  private drawPoint(p: PlacedMark): SVGElement {
    if (p.id <= SWEEP) return svg('rect', { x: p.x - 4.5, y: p.y - 4.5, width: 9, height: 9, fill: SWEEP_COLOUR, stroke: PAPER.background, 'stroke-width': 1.5, class: 'ix-sweep-point' });
    const b = p.id === COMPANION;
    const g = svg('g', { class: b ? 'ix-point ix-companion' : p.current ? 'ix-point ix-current' : 'ix-point' });
    // The ring's values, per day, for tests and tools that read the page (the table says them in words).
    const values = b ? this.companion : p.current ? this.current : null;
    if (values !== null) {
      g.setAttribute('data-x-value', String(values[this.metric]));
      g.setAttribute('data-y-value', String(values.interdictionRate));
    }
    g.append(...leaderLine(p).map(svgElement));
    if (p.current) {
      // A thick ring around the spot, with a cross-hair: distinct in shape, not only in colour, and a preset dot under it stays visible.
      const colour = b ? COMPANION_COLOUR : CURRENT_COLOUR;
      g.append(svg('circle', { cx: p.x, cy: p.y, r: 11, fill: 'none', stroke: colour, 'stroke-width': 3.5, ...(b ? { 'stroke-dasharray': '5 3' } : {}) }));
      for (const [dx, dy] of [[0, -1], [0, 1], [-1, 0], [1, 0]]) {
        g.append(svg('line', { x1: p.x + dx * 11, y1: p.y + dy * 11, x2: p.x + dx * 17, y2: p.y + dy * 17, stroke: colour, 'stroke-width': 3 }));
      }
      if (b) g.append(svg('text', { x: p.x, y: p.y + 4.5, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: PAPER.companionText, class: 'ix-point-label' }, 'B'));
    } else {
      g.append(...whiskers(p, PRESET_COLOUR, 'ix-whisker').map(svgElement));
      g.append(svg('circle', { cx: p.x, cy: p.y, r: 6, fill: PRESET_COLOUR, stroke: PAPER.background, 'stroke-width': 1.5 }));
    }
    const label = p.current ? { class: 'ix-point-label ix-current-label', fill: PAPER.currentText } : { class: 'ix-point-label', fill: PAPER.ink };
    g.append(...markLabel(p, label).map(svgElement));
    return g;
  }

  private renderTable(): void {
    const info = FRONTIER_X[this.metric];
    const caption = `Interdiction rate and ${info.name.toLowerCase()} of each preset${this.current ? ', and of this run' : ''}${this.companion ? ' and run B' : ''}.`;
    const rows: string[][] = [['Run', 'Interdiction rate', axisTitle(info)]];
    const cell = (p: PresetPoint): string[] => [
      p.name,
      isKnown(p.interdictionRate) ? formatPercent(p.interdictionRate) : NOT_AVAILABLE,
      isKnown(p[this.metric]) ? plainValue(p[this.metric], info) : NOT_AVAILABLE,
    ];
    for (const p of this.presets) rows.push(cell(p));
    if (this.current) rows.push(cell(this.current));
    if (this.companion) rows.push(cell(this.companion));
    if (this.sweep) for (const p of sweepFrontierPoints(this.sweep, this.metric)) rows.push(cell(p));
    // Column heads, then one row per run headed by its name.
    const row = (r: string[], i: number): HTMLTableRowElement => h('tr', {}, ...r.map((text, j) =>
      i === 0 || j === 0 ? h('th', { scope: i === 0 ? 'col' : 'row' }, text) : h('td', {}, text)));
    const [head, ...body] = rows.map(row);
    this.table.replaceChildren(h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, ...body));
  }
}

/** A value with the axis's unit: "12,257 parcels/h", "$27,600". */
function plainValue(v: number, a: Axis): string {
  return a.axisUnit === '$' ? `$${formatDecimal(v)}` : `${formatDecimal(v)} ${a.axisUnit}`;
}

/** A point with its delay, officer-hours and cost divided by the days each covers (the delay is
 *  accrued hour by hour, so a live point's covers only its completed hours: `delayDays`). */
function perDay(point: PresetPoint, days: number, delayDays = days): PresetPoint {
  const d = days > 0 ? days : 1;
  return {
    ...point,
    screeningDelayParcelHours: delayDays > 0 ? point.screeningDelayParcelHours / delayDays : Number.NaN,
    officerHours: point.officerHours / d,
    dollars: point.dollars / d,
  };
}

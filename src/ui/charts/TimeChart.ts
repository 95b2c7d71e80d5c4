/**
 * One chart over simulated time: a `<figure>` with a heading, a "Save as PNG" button, a one-line
 * reading guide, the uPlot canvas and a visually hidden table of the latest and highest values
 * (the text alternative). It reads its arrays from a shared HourSeries; `refresh()` hands them to
 * uPlot again after rows were appended. Fonts, line widths and ticks are sized to read on a
 * projector; a saved picture draws the same chart again off screen with every size doubled.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { PAPER, withAlpha } from '../../palette/index.js';
import { metricInfo } from '../glossary.js';
import { tickText } from '../../experiments/niceTicks.js';
import { NOT_AVAILABLE } from '../metrics/formatNumber.js';
import type { AxisDef, ChartDef, SeriesDef } from './chartDefs.js';
import { chartSummary } from './chartSummary.js';
import { PNG_SCALE, pngButton, type PlotPicture, type PngLegendItem, type PngParts } from './chartPng.js';
import { chartPngName } from './pngName.js';
import { COLUMN_KEYS, type HourSeries } from './HourSeries.js';
import { HOUR_INCRS, hourTickLabel, timeAxisRange } from './hourTicks.js';
import './charts.css';

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Fonts at `k` times the size on screen (2 for a saved picture). */
const font = (k: number) => `${14 * k}px ${FAMILY}`;
const labelFont = (k: number) => `600 ${14 * k}px ${FAMILY}`;
const AXIS_COLOUR = PAPER.axis;
const grid = (k: number) => ({ stroke: PAPER.grid, width: k });
const ticks = (k: number) => ({ stroke: PAPER.grid, width: k, size: 10 * k });

/** The run a chart shows, for its picture's file name and footer. */
export type RunName = () => { preset: string; seed: number };

/** Whole-number tick steps for counts: a seizure axis never shows "0.5 parcels/h". */
const COUNT_INCRS = Array.from({ length: 8 }, (_, k) => [1, 2, 5].map((m) => m * 10 ** k)).flat();

/** Axis tick text for a kind of axis. */
function axisTickText(kind: AxisDef['kind'], v: number): string {
  return kind === 'share' ? `${tickText(v * 100)}%` : tickText(v);
}

/** The value range of an axis: from 0, to a little above the data (or a fixed top for shares). */
function axisRange(axis: AxisDef): uPlot.Scale.Range {
  return (_u, _min, max) => {
    if (axis.max !== undefined) return [0, axis.max];
    const top = Number.isFinite(max) && max > 0 ? max * 1.12 : axis.kind === 'count' ? 1 : 0.1;
    return [0, axis.kind === 'share' ? Math.min(1, Math.max(0.05, top)) : axis.kind === 'count' ? Math.max(1, top) : top];
  };
}

/** The CSS border style closest to a series' dash pattern, for its legend sample. */
function legendDash(s: SeriesDef | undefined): string {
  if (!s?.dash || s.dash.length === 0) return 'solid';
  return s.dash[0] <= 3 ? 'dotted' : 'dashed';
}

/** A change made during the run, marked on the time axis: its time in hours and its number. */
export interface ChartMarker {
  hour: number;
  label: string;
}

export class TimeChart {
  readonly figure: HTMLElement;
  private markers: readonly ChartMarker[] = [];
  private previous: HourSeries | null = null;
  private readonly plot: uPlot;
  private readonly table: HTMLTableElement;
  private readonly data: uPlot.AlignedData;
  private readonly measure = document.createElement('canvas').getContext('2d');

  constructor(
    parent: HTMLElement, readonly def: ChartDef, private readonly series: HourSeries, width: number, height: number, idPrefix: string,
    private readonly runName: RunName = () => ({ preset: 'run', seed: 0 }),
  ) {
    this.figure = document.createElement('figure');
    this.figure.className = `ix-chart ix-chart-${def.id}`;
    const title = document.createElement('h3');
    title.className = 'ix-chart-title';
    title.id = `${idPrefix}-${def.id}-title`;
    title.textContent = def.title;
    const desc = document.createElement('p');
    desc.className = 'ix-chart-desc';
    desc.textContent = def.description;
    const caption = document.createElement('figcaption');
    const head = document.createElement('div');
    head.className = 'ix-chart-head';
    head.append(title, pngButton(title.id, async () => this.pngParts()));
    caption.append(head, desc);
    const plotBox = document.createElement('div');
    plotBox.className = 'ix-chart-plot';
    // The canvas says nothing to a screen reader; the table below says it in words.
    plotBox.setAttribute('aria-hidden', 'true');
    const hidden = document.createElement('div');
    hidden.className = 'ix-visually-hidden';
    this.table = document.createElement('table');
    hidden.append(this.table);
    this.figure.setAttribute('aria-labelledby', title.id);
    this.figure.append(caption, plotBox, hidden);
    parent.append(this.figure);

    this.data = [series.x, ...def.series.map((s) => series.columns[s.column])] as uPlot.AlignedData;
    this.plot = new uPlot(this.options(width, height), this.data, plotBox);
    this.renderTable();
  }

  /**
   * Redraws from the series' arrays (after rows were appended) and updates the text alternative.
   * `relabel` recomputes the axes too: uPlot keeps a time axis's labels while its range is the
   * same, and a new run's opening hour changes the labels without changing the range.
   */
  refresh(relabel = false): void {
    this.plot.setData(this.data, true);
    if (relabel) this.plot.redraw(false, true);
    this.renderTable();
  }

  /** Marks changes made during the run with dashed vertical lines, numbered as in the list of changes. */
  setMarkers(markers: readonly ChartMarker[]): void {
    this.markers = markers;
    this.plot.redraw(false, false);
  }

  /** Draws the previous run's lines faintly under this run's (null: none). */
  setPrevious(previous: HourSeries | null): void {
    this.previous = previous;
    this.plot.redraw(false, false);
  }

  setSize(width: number, height: number): void {
    this.plot.setSize({ width, height });
  }

  destroy(): void {
    this.plot.destroy();
    this.figure.remove();
  }

  /**
   * The plot drawn again off screen at `PNG_SCALE` (every size doubled, so text and lines are sharp),
   * for a saved picture; its legend is drawn by the picture, not by uPlot.
   */
  async picture(): Promise<PlotPicture> {
    const { width, height } = this.plot;
    const box = document.createElement('div');
    box.style.cssText = 'position: fixed; left: -100000px; top: 0;';
    document.body.append(box);
    const opts = this.options(width * PNG_SCALE, height * PNG_SCALE, PNG_SCALE);
    // uPlot draws in a microtask after it is made; the draw hook hands over the drawn chart.
    const copy = await new Promise<uPlot>((resolve) => {
      const hooks = { draw: [...(opts.hooks?.draw ?? []), (u: uPlot) => resolve(u)] };
      return new uPlot({ ...opts, legend: { show: false }, hooks }, this.data, box);
    });
    try {
      // Copied out, so the off-screen chart can go.
      const image = document.createElement('canvas');
      image.width = copy.ctx.canvas.width;
      image.height = copy.ctx.canvas.height;
      image.getContext('2d')?.drawImage(copy.ctx.canvas, 0, 0);
      return { image, width, height };
    } finally {
      copy.destroy();
      box.remove();
    }
  }

  /** The legend of a saved picture: each series' colour, dash or bar, and label. */
  pngLegend(): PngLegendItem[] {
    return this.def.series.map((s) => ({ label: s.label, colour: s.colour, dash: s.dash, bar: s.kind === 'bars' }));
  }

  private async pngParts(): Promise<{ name: string; parts: PngParts }> {
    const run = this.runName();
    return {
      name: chartPngName(this.def.id, run.preset, run.seed),
      parts: { title: this.def.title, plot: await this.picture(), legend: this.pngLegend(), footer: `Interdict · ${run.preset}, seed ${run.seed}` },
    };
  }

  private options(width: number, height: number, k = 1): uPlot.Options {
    const def = this.def;
    const axes: uPlot.Axis[] = [
      {
        scale: 'x', label: 'Simulated time', font: font(k), labelFont: labelFont(k), stroke: AXIS_COLOUR, grid: grid(k), ticks: ticks(k),
        incrs: [...HOUR_INCRS], space: 56 * k, size: 52 * k, labelSize: 24 * k, gap: 5 * k,
        values: (_u, splits, _i, _space, incr) => splits.map((h) => hourTickLabel(h, incr, this.series.openingHour)),
      },
      this.axis(def.left, 'left', 3, k),
    ];
    if (def.right) axes.push(this.axis(def.right, 'right', 1, k));
    return {
      width, height,
      scales: {
        x: { time: false, range: () => timeAxisRange(this.series.lastHour, this.series.lengthHours) },
        left: { range: axisRange(def.left) },
        ...(def.right ? { right: { range: axisRange(def.right) } } : {}),
      },
      series: [
        { label: 'Time', value: (_u, v) => (v == null ? NOT_AVAILABLE : this.series.clockText(v)) },
        ...def.series.map((s) => this.seriesOptions(s, k)),
      ],
      axes,
      legend: {
        show: true,
        live: false,
        // Line series get a line sample (see charts.css), dashed or dotted like the line; bars a filled box.
        markers: {
          width: 3,
          stroke: (_u, i) => (i === 0 ? 'transparent' : def.series[i - 1].colour),
          dash: (_u, i) => legendDash(def.series[i - 1]),
          fill: (_u, i) => (i > 0 && def.series[i - 1].kind === 'bars' ? withAlpha(def.series[i - 1].colour, 0.85) : 'transparent'),
        },
      },
      // Dragging to zoom would fight the live updates; hovering still shows values in the legend.
      cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 9 } },
      padding: [12 * k, (def.right ? 8 : 30) * k, 0, 4 * k],
      hooks: { drawAxes: [(u) => this.drawPrevious(u, k)], draw: [(u) => this.drawMarkers(u, k)] },
    };
  }

  /** The previous run's series as thin dotted lines in each series' colour, faint, under this run's; `k` times larger in a saved picture. */
  private drawPrevious(u: uPlot, k: number): void {
    const prev = this.previous;
    if (prev === null || prev.length === 0) return;
    const ctx = u.ctx;
    const ratio = (devicePixelRatio || 1) * k;
    ctx.save();
    ctx.beginPath();
    ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
    ctx.clip();
    ctx.lineWidth = 2 * ratio;
    ctx.setLineDash([2 * ratio, 3 * ratio]);
    for (const s of this.def.series) {
      const values = prev.columns[s.column];
      ctx.strokeStyle = withAlpha(s.colour, 0.55);
      ctx.beginPath();
      let drawing = false;
      for (let i = 1; i < prev.x.length; i++) {
        const v = values[i];
        if (v === null) {
          drawing = false;
          continue;
        }
        const x = u.valToPos(prev.x[i], 'x', true);
        const y = u.valToPos(v, s.axis, true);
        if (drawing) ctx.lineTo(x, y);
        else ctx.moveTo(x, y);
        drawing = true;
      }
      ctx.stroke();
    }
    ctx.restore();
  }

  /** Dashed lines at the changes made during the run, numbered; `k` times larger in a saved picture. */
  private drawMarkers(u: uPlot, k: number): void {
    if (this.markers.length === 0) return;
    const ctx = u.ctx;
    const { top, height } = u.bbox;
    const ratio = (devicePixelRatio || 1) * k;
    ctx.save();
    ctx.strokeStyle = PAPER.axis;
    ctx.fillStyle = PAPER.axis;
    ctx.lineWidth = 1.5 * ratio;
    ctx.setLineDash([6 * ratio, 4 * ratio]);
    ctx.font = `600 ${12 * ratio}px ${FAMILY}`;
    ctx.textBaseline = 'top';
    for (const m of this.markers) {
      // A marker's hour is on the run's clock; the x axis counts from the opening.
      const x = Math.round(u.valToPos(this.series.xOfRunHour(m.hour), 'x', true));
      if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
      ctx.fillText(m.label, x + 3 * ratio, top + 2 * ratio);
    }
    ctx.restore();
  }

  private axis(a: AxisDef, scale: 'left' | 'right', side: 1 | 3, k: number): uPlot.Axis {
    return {
      scale, side, label: a.label, font: font(k), labelFont: labelFont(k), stroke: AXIS_COLOUR, labelSize: 24 * k, space: 36 * k, gap: 5 * k,
      grid: scale === 'left' ? grid(k) : { show: false }, ticks: ticks(k),
      ...(a.kind === 'count' ? { incrs: COUNT_INCRS } : {}),
      values: (_u, splits) => splits.map((v) => axisTickText(a.kind, v)),
      // Room for the widest tick label, so "12,000" is never clipped.
      size: (_u, values) => {
        if (!this.measure || !values) return 56 * k;
        this.measure.font = font(k);
        return Math.ceil(Math.max(0, ...values.map((v) => this.measure!.measureText(v ?? '').width))) + 18 * k;
      },
    };
  }

  private seriesOptions(s: SeriesDef, k: number): uPlot.Series {
    const info = metricInfo(COLUMN_KEYS[s.column]);
    const base: uPlot.Series = {
      label: s.label, scale: s.axis, stroke: s.colour, spanGaps: false,
      value: (_u, v) => info.format(v),
    };
    if (s.kind === 'bars') {
      // Bars end at their x: the row for 05:00-06:00 is drawn over that hour.
      return { ...base, class: 'ix-bars', width: 0, fill: withAlpha(s.colour, 0.85), paths: uPlot.paths.bars!({ align: -1, size: [0.8, Infinity], gap: k }), points: { show: false } };
    }
    return {
      ...base, width: 2.5 * k, dash: s.dash ? s.dash.map((d) => d * k) : undefined,
      fill: s.fill ? withAlpha(s.colour, 0.12) : undefined,
      points: { size: 6 * k, space: 30 * k },
    };
  }

  private renderTable(): void {
    const summary = chartSummary(this.def, this.series);
    const caption = document.createElement('caption');
    caption.textContent = summary.caption;
    const head = document.createElement('tr');
    for (const h of ['Series', 'Latest', 'Highest so far']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.append(th);
    }
    const rows = summary.rows.map((r) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = r.label;
      tr.append(th);
      for (const text of [r.latest, r.highest]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    });
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    tbody.append(...rows);
    this.table.replaceChildren(caption, thead, tbody);
  }
}

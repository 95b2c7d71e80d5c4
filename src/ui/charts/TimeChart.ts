/**
 * One chart over simulated time: a `<figure>` with a heading, a one-line reading guide, the uPlot
 * canvas and a visually hidden table of the latest and highest values (the text alternative).
 * It reads its arrays from a shared HourSeries; `refresh()` hands them to uPlot again after rows
 * were appended. Fonts, line widths and ticks are sized to read on a projector.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { PAPER, withAlpha } from '../../palette/index.js';
import { metricInfo } from '../glossary.js';
import { tickText } from '../../experiments/niceTicks.js';
import { NOT_AVAILABLE } from '../metrics/formatNumber.js';
import type { AxisDef, ChartDef, SeriesDef } from './chartDefs.js';
import { chartSummary } from './chartSummary.js';
import { COLUMN_KEYS, type HourSeries } from './HourSeries.js';
import { HOUR_INCRS, hourTickLabel, timeAxisRange } from './hourTicks.js';
import './charts.css';

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const FONT = `14px ${FAMILY}`;
const LABEL_FONT = `600 14px ${FAMILY}`;
const AXIS_COLOUR = PAPER.axis;
const GRID = { stroke: PAPER.grid, width: 1 };

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
  private readonly plot: uPlot;
  private readonly table: HTMLTableElement;
  private readonly data: uPlot.AlignedData;
  private readonly measure = document.createElement('canvas').getContext('2d');

  constructor(parent: HTMLElement, readonly def: ChartDef, private readonly series: HourSeries, width: number, height: number, idPrefix: string) {
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
    caption.append(title, desc);
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

  setSize(width: number, height: number): void {
    this.plot.setSize({ width, height });
  }

  destroy(): void {
    this.plot.destroy();
    this.figure.remove();
  }

  private options(width: number, height: number): uPlot.Options {
    const def = this.def;
    const axes: uPlot.Axis[] = [
      {
        scale: 'x', label: 'Simulated time', font: FONT, labelFont: LABEL_FONT, stroke: AXIS_COLOUR, grid: GRID, ticks: GRID,
        incrs: [...HOUR_INCRS], space: 56, size: 52, labelSize: 24,
        values: (_u, splits, _i, _space, incr) => splits.map((h) => hourTickLabel(h, incr, this.series.openingHour)),
      },
      this.axis(def.left, 'left', 3),
    ];
    if (def.right) axes.push(this.axis(def.right, 'right', 1));
    return {
      width, height,
      scales: {
        x: { time: false, range: () => timeAxisRange(this.series.lastHour, this.series.lengthHours) },
        left: { range: axisRange(def.left) },
        ...(def.right ? { right: { range: axisRange(def.right) } } : {}),
      },
      series: [
        { label: 'Time', value: (_u, v) => (v == null ? NOT_AVAILABLE : this.series.clockText(v)) },
        ...def.series.map((s) => this.seriesOptions(s)),
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
      padding: [12, def.right ? 8 : 30, 0, 4],
      hooks: { draw: [(u) => this.drawMarkers(u)] },
    };
  }

  private drawMarkers(u: uPlot): void {
    if (this.markers.length === 0) return;
    const ctx = u.ctx;
    const { top, height } = u.bbox;
    const ratio = devicePixelRatio || 1;
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

  private axis(a: AxisDef, scale: 'left' | 'right', side: 1 | 3): uPlot.Axis {
    return {
      scale, side, label: a.label, font: FONT, labelFont: LABEL_FONT, stroke: AXIS_COLOUR, labelSize: 24, space: 36,
      grid: scale === 'left' ? GRID : { show: false }, ticks: GRID,
      ...(a.kind === 'count' ? { incrs: COUNT_INCRS } : {}),
      values: (_u, splits) => splits.map((v) => axisTickText(a.kind, v)),
      // Room for the widest tick label, so "12,000" is never clipped.
      size: (_u, values) => {
        if (!this.measure || !values) return 56;
        this.measure.font = FONT;
        return Math.ceil(Math.max(0, ...values.map((v) => this.measure!.measureText(v ?? '').width))) + 18;
      },
    };
  }

  private seriesOptions(s: SeriesDef): uPlot.Series {
    const info = metricInfo(COLUMN_KEYS[s.column]);
    const base: uPlot.Series = {
      label: s.label, scale: s.axis, stroke: s.colour, spanGaps: false,
      value: (_u, v) => info.format(v),
    };
    if (s.kind === 'bars') {
      // Bars end at their x: the row for 05:00-06:00 is drawn over that hour.
      return { ...base, class: 'ix-bars', width: 0, fill: withAlpha(s.colour, 0.85), paths: uPlot.paths.bars!({ align: -1, size: [0.8, Infinity], gap: 1 }), points: { show: false } };
    }
    return {
      ...base, width: 2.5, dash: s.dash ? [...s.dash] : undefined,
      fill: s.fill ? withAlpha(s.colour, 0.12) : undefined,
      points: { size: 6, space: 30 },
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

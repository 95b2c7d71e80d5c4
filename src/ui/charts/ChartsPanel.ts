/**
 * The four charts of a run over simulated time (seizures and the share seized, releases, backlog
 * and time to release, station utilization), fed incrementally with HourRows. Appending is cheap: rows are
 * pushed onto shared arrays at once, and the charts redraw from them at most four times a second,
 * however often rows arrive (a run at full speed delivers hundreds of hours a second).
 *
 * @example
 * const charts = new ChartsPanel(document.querySelector('#charts')!);
 * worker.onmessage = ({ data }) => { if (data.type === 'frame') charts.append(data.newRows); };
 * window.addEventListener('resize', () => charts.resize(chartsRoot.clientWidth));
 */
import type { HourRow } from '../../model/index.js';
import { CHART_DEFS } from './chartDefs.js';
import { HourSeries } from './HourSeries.js';
import { TimeChart, type ChartMarker, type RunName } from './TimeChart.js';

/** Shortest time between redraws, ms: four a second reads as live without costing frames. */
const MIN_REDRAW_MS = 250;
/** Charts sit two abreast from this width (CSS pixels) up, one above the other below it. */
const TWO_COLUMNS_FROM = 880;
const GAP = 24;

export class ChartsPanel {
  private readonly root: HTMLElement;
  private readonly series = new HourSeries();
  private readonly charts: TimeChart[];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastDraw = -Infinity;
  /** Says in words what the dashed lines mark, when there are changes made during the run. */
  private readonly markerNote: HTMLElement;
  /** Says that the faint dotted lines are the previous run, once there is one. */
  private readonly previousNote: HTMLElement;

  /** `runName` names the run shown, for the charts' saved pictures. */
  constructor(root: HTMLElement, runName?: RunName) {
    this.root = root;
    root.classList.add('ix-charts');
    root.replaceChildren();
    const idPrefix = `${root.id || 'ix-charts'}-${Math.random().toString(36).slice(2, 8)}`;
    const { width, height } = this.layout(root.clientWidth || 1200);
    this.markerNote = document.createElement('p');
    this.markerNote.className = 'ix-chart-markers';
    this.markerNote.id = `${idPrefix}-markers`;
    this.markerNote.hidden = true;
    this.previousNote = document.createElement('p');
    this.previousNote.className = 'ix-chart-markers ix-chart-previous';
    this.previousNote.hidden = true;
    root.append(this.markerNote, this.previousNote);
    this.charts = CHART_DEFS.map((def) => new TimeChart(root, def, this.series, width, height, idPrefix, runName));
  }

  /** Marks changes made during the run on every chart (time in hours, words for the note). */
  setMarkers(changes: readonly { hour: number; words: string }[]): void {
    const markers: ChartMarker[] = changes.map((c, i) => ({ hour: c.hour, label: String(i + 1) }));
    for (const c of this.charts) c.setMarkers(markers);
    this.markerNote.hidden = changes.length === 0;
    this.markerNote.textContent = changes.length === 0 ? ''
      : `Dashed lines mark the changes made during the run: ${changes.map((c, i) => `${i + 1}, ${c.words}`).join('; ')}.`;
  }

  /** Adds completed hours (in order); the charts redraw within a quarter of a second. */
  append(rows: HourRow[]): void {
    if (rows.length === 0) return;
    this.series.append(rows);
    this.schedule();
  }

  /**
   * Where the run sits on its clock (a snapshot's `statsStart` and `endTime`, seconds): the charts
   * start at the opening and span the run's length. A change empties them (a new run).
   */
  setSpan(statsStart: number, endTime: number): void {
    if (this.series.setSpan(statsStart, endTime)) {
      this.cancel();
      this.lastDraw = performance.now();
      for (const c of this.charts) c.refresh(true);
    }
  }

  /** Empties every chart, ready for a new run; the run so far (if any) stays, faint, as the previous run. */
  reset(): void {
    if (this.series.length > 0) {
      const previous = this.series.copy();
      for (const c of this.charts) c.setPrevious(previous);
      this.previousNote.hidden = false;
      this.previousNote.textContent = `Faint dotted lines: the previous run (${previous.length} hours), to compare with this one.`;
    }
    this.series.clear();
    this.cancel();
    this.draw();
  }

  /** Lays the charts out for the panel's new width, in CSS pixels. */
  resize(width: number): void {
    const { width: w, height } = this.layout(width);
    for (const c of this.charts) c.setSize(w, height);
  }

  destroy(): void {
    this.cancel();
    for (const c of this.charts) c.destroy();
    this.root.classList.remove('ix-charts');
  }

  /** Chart size for a panel width: two columns when they fit, a height that keeps axes legible. */
  private layout(panelWidth: number): { width: number; height: number } {
    const columns = panelWidth >= TWO_COLUMNS_FROM ? 2 : 1;
    this.root.style.setProperty('--ix-chart-columns', String(columns));
    const width = Math.max(280, Math.floor((panelWidth - GAP * (columns - 1)) / columns));
    return { width, height: Math.round(Math.min(320, Math.max(240, width * 0.45))) };
  }

  /**
   * Redraws one chart per task, the next chart in the next task: under software rendering each
   * chart's canvas costs about 15 ms to draw and flush, and four in one task made a "long task"
   * (over 50 ms) of every redraw (measured with scripts/measure-browser.ts at max speed).
   */
  private schedule(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastDraw + MIN_REDRAW_MS - performance.now());
    const next = (i: number, ms: number): void => {
      this.timer = setTimeout(() => {
        if (i === 0) this.lastDraw = performance.now();
        this.charts[i]!.refresh();
        if (i + 1 < this.charts.length) next(i + 1, 0);
        else this.timer = null;
      }, ms);
    };
    next(0, wait);
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private draw(): void {
    this.lastDraw = performance.now();
    for (const c of this.charts) c.refresh();
  }
}

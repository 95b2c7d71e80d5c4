/**
 * The headline numbers of the current run, as plain DOM: parcels, contraband, flow and staff,
 * cost, the compliance sample, and a table of the queue stations. Each number carries its unit and an info button whose tooltip
 * (from METRICS) explains it; the button is keyboard reachable, the tooltip is its accessible
 * description, and Escape dismisses it. The numbers themselves come from the pure functions in
 * `liveMetrics.ts`; this class only lays them out and keeps the officer-hour integral between
 * snapshots (view state, docs/architecture.md rule 7).
 *
 * @example
 * const panel = new MetricsPanel(document.querySelector('#metrics')!);
 * worker.onmessage = ({ data }) => {
 *   if (data.type === 'frame') panel.update(data.snapshot, rows);
 *   if (data.type === 'finished') panel.finish(data.results);
 * };
 */
import type { FacilitySnapshot, HourRow, RunResults } from '../../model/index.js';
import { pointFromResults, type PresetPoint } from '../../experiments/presetPoints.js';
import { formatSimClock } from '../format/simClock.js';
import { metricInfo } from '../glossary.js';
import { finishedView, livePoint, liveView, tickOfficerClock, type HeadlineView, type OfficerClock } from './liveMetrics.js';
import { readingText } from './readingText.js';
import { summaryText } from './summaryText.js';
import './metrics.css';

/** 'stations.xray.queueNow' -> 'stations.*.queueNow': the column heading's entry. */
function columnKey(key: string, station: string): string {
  return key.replace(`.${station}.`, '.*.').replace(new RegExp(`\\.${station}$`), '.*');
}

export class MetricsPanel {
  private readonly root: HTMLElement;
  private readonly status: HTMLParagraphElement;
  private readonly body: HTMLDivElement;
  private readonly announcer: HTMLParagraphElement;
  private readonly idPrefix: string;
  private readonly values = new Map<string, HTMLElement>();
  private shape = '';
  private view: HeadlineView | null = null;
  private clock: OfficerClock | null = null;
  private snapshot: FacilitySnapshot | null = null;
  private rows: readonly HourRow[] = [];
  private results: RunResults | null = null;
  /** The run's name as the header writes it (app/runTitle.ts). */
  private title = '';

  constructor(root: HTMLElement) {
    this.root = root;
    this.idPrefix = `${root.id || 'ix-metrics'}-${Math.random().toString(36).slice(2, 8)}`;
    root.classList.add('ix-metrics');
    root.replaceChildren();
    this.status = el('p', 'ix-metrics-status');
    this.body = el('div', 'ix-metrics-body');
    // Announced once per finished run, not every frame: a live region that changes 60 times a second is noise.
    this.announcer = el('p', 'ix-visually-hidden');
    this.announcer.setAttribute('aria-live', 'polite');
    root.append(this.status, this.body, this.announcer);
    root.addEventListener('click', (e) => this.onClick(e));
    root.addEventListener('keydown', (e) => this.onKey(e));
    root.addEventListener('focusout', (e) => (e.target as HTMLElement).closest?.('.ix-tipped')?.classList.remove('ix-dismissed'));
    this.reset();
  }

  /** Shows a run in progress: the snapshot, and every hourly row completed so far. `running`
   *  is false while the run is paused (or not yet started). */
  update(snapshot: FacilitySnapshot, rows: HourRow[], running = true): void {
    this.clock = tickOfficerClock(this.clock, snapshot);
    this.snapshot = snapshot;
    this.rows = rows;
    this.results = null;
    this.render(liveView(snapshot, rows, this.clock.hours));
    const state = running ? 'running' : snapshot.time > snapshot.statsStart ? 'paused' : 'ready';
    this.status.textContent = `${formatSimClock(snapshot.time, snapshot.statsStart)} — ${state}. Numbers so far; ≈ marks an estimate.`;
  }

  /** Shows a finished run's exact numbers, and announces the summary once. */
  finish(results: RunResults): void {
    this.results = results;
    this.render(finishedView(results));
    // The days of statistics (a live run's warm-up is not part of it), and the run's name as the header has it.
    const name = this.title || `${results.scenario}, seed ${results.seed}`;
    this.status.textContent = `Finished: ${name}, ${metricInfo('days').format(results.simulatedHours / 24)}.`;
    this.announcer.textContent = this.summaryText();
  }

  /** The run's name as the header writes it (app/runTitle.ts), for "Finished: ...". */
  setTitle(title: string): void {
    this.title = title;
  }

  /** Back to the empty state, before a new run. */
  reset(): void {
    this.clock = null;
    this.snapshot = null;
    this.rows = [];
    this.results = null;
    this.view = null;
    this.shape = '';
    this.values.clear();
    this.body.replaceChildren();
    this.status.textContent = 'No run yet. Press play to start one.';
    this.announcer.textContent = '';
  }

  /** A calm one-paragraph summary of what the panel shows, for screen readers. */
  summaryText(): string {
    return this.view ? summaryText(this.view) : 'No run yet.';
  }

  /** The current run as a point of the yield–throughput plot (live until finished), or null. */
  point(name: string): PresetPoint | null {
    if (this.results) return pointFromResults(name, this.results);
    if (this.snapshot && this.clock) return livePoint(name, this.snapshot, this.rows, this.clock.hours);
    return null;
  }

  private render(view: HeadlineView): void {
    this.view = view;
    const shape = [view.phase, ...view.groups.flatMap((g) => g.readings.map((r) => r.key)), ...view.stations.flatMap((s) => s.readings.map((r) => r.key))].join('|');
    if (shape !== this.shape) this.build(view, shape);
    const all = [...view.groups.flatMap((g) => g.readings), ...view.stations.flatMap((s) => s.readings)];
    for (const r of all) {
      const cell = this.values.get(r.key);
      if (cell) setValue(cell, readingText(r, view.phase));
    }
  }

  /** Builds the panel's elements for a new set of numbers (a new phase); values are filled in after. */
  private build(view: HeadlineView, shape: string): void {
    this.shape = shape;
    this.values.clear();
    const groups = el('div', 'ix-metrics-groups');
    for (const g of view.groups) {
      const section = el('section', `ix-metrics-group ix-metrics-${g.id}`);
      const h = el('h3', 'ix-metrics-heading', g.title);
      h.id = `${this.idPrefix}-${g.id}`;
      section.setAttribute('aria-labelledby', h.id);
      const dl = el('dl', 'ix-metric-list');
      for (const r of g.readings) {
        const info = metricInfo(r.key);
        const item = el('div', 'ix-metric');
        const dt = el('dt', 'ix-metric-label ix-tipped');
        // The group heading gives the context, so the short label; the button's name says it in full.
        dt.append(el('span', '', info.short), ...this.infoButton(r.key, info.label, info.explain));
        const dd = el('dd', 'ix-metric-value');
        this.values.set(r.key, dd);
        item.append(dt, dd);
        dl.append(item);
      }
      section.append(h, dl);
      groups.append(section);
    }
    this.body.replaceChildren(groups, this.stationTable(view));
  }

  private stationTable(view: HeadlineView): HTMLElement {
    const table = el('table', 'ix-stations');
    table.append(el('caption', '', view.phase === 'live' ? 'Stations now' : 'Stations over the run'));
    const head = el('tr');
    head.append(th('col', 'Station'));
    const first = view.stations[0];
    for (const r of first?.readings ?? []) {
      const info = metricInfo(columnKey(r.key, first.name));
      const cell = th('col', '');
      cell.classList.add('ix-tipped');
      cell.append(el('span', '', info.short), ...this.infoButton(columnKey(r.key, first.name), info.short, info.explain));
      head.append(cell);
    }
    const body = el('tbody');
    for (const s of view.stations) {
      const tr = el('tr');
      tr.append(th('row', s.label));
      for (const r of s.readings) {
        const td = el('td', 'ix-metric-value');
        this.values.set(r.key, td);
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(el('thead'), body);
    table.tHead!.append(head);
    return table;
  }

  /** The info button and its tooltip, which is the button's accessible description. */
  private infoButton(key: string, label: string, explain: string): [HTMLButtonElement, HTMLElement] {
    const tip = el('span', 'ix-tip', explain);
    tip.id = `${this.idPrefix}-tip-${key.replace(/[^A-Za-z0-9]/g, '-')}`;
    tip.setAttribute('role', 'tooltip');
    const button = el('button', 'ix-info', 'i');
    button.type = 'button';
    button.setAttribute('aria-label', `About ${label}`);
    button.setAttribute('aria-describedby', tip.id);
    button.setAttribute('aria-expanded', 'false');
    return [button, tip];
  }

  /** A click pins a tooltip open (for touch screens); another click, or Escape, closes it. */
  private onClick(e: Event): void {
    const button = (e.target as HTMLElement).closest?.('.ix-info');
    for (const open of this.root.querySelectorAll('.ix-info[aria-expanded="true"]')) {
      if (open !== button) open.setAttribute('aria-expanded', 'false');
    }
    if (!button) return;
    button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
    button.closest('.ix-tipped')?.classList.remove('ix-dismissed');
  }

  /** Escape hides the tooltip being shown (WCAG 1.4.13) without moving focus. */
  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    for (const open of this.root.querySelectorAll('.ix-info[aria-expanded="true"]')) open.setAttribute('aria-expanded', 'false');
    (e.target as HTMLElement).closest?.('.ix-tipped')?.classList.add('ix-dismissed');
  }
}

/**
 * Writes "12,257 parcels/h" as a number and a quieter unit, touching the DOM only when the text
 * changed (update() runs every frame).
 */
function setValue(cell: HTMLElement, text: string): void {
  if (cell.dataset.text === text) return;
  cell.dataset.text = text;
  const m = /^(≈ )?(\S+)(?: (.+))?$/.exec(text);
  if (!m || !m[3]) {
    cell.textContent = text;
    return;
  }
  cell.replaceChildren(el('span', 'ix-num', `${m[1] ?? ''}${m[2]}`), ' ', el('span', 'ix-unit', m[3]));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function th(scope: 'col' | 'row', text: string): HTMLTableCellElement {
  const cell = el('th', '', text);
  cell.scope = scope;
  return cell;
}

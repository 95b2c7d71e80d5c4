/**
 * The export buttons under a result: CSV and JSON (the experiments core's `resultCsv` and
 * `resultJson`, the same bytes as the command line's `--csv` and `--out`), the scenario memo as a
 * printable page (the core's `memoHtml`, opened in a new tab from a Blob URL, to print or save as
 * PDF) and as Markdown. A sweep's exports use the horizontal axis the chart shows, like the CLI's
 * `--frontier-x`. A partial result's files carry PARTIAL and their run count in the name
 * (`exportFileName`), and the bar says so beside the buttons.
 *
 * @example
 * const bar = new ExportBar(root);
 * bar.show(result);
 * bar.setAxis('officerHours');
 */
import { computeFrontier, memoHtml, memoMarkdown, resultCsv, resultJson, type FrontierX } from '../../experiments/index.js';
import { h } from '../dom.js';
import { exportFileName, partialLabel, type ExportKind, type PanelResult } from './exportNames.js';

/** How long a download's Blob URL is kept, ms: long enough for the browser to start saving it. */
const REVOKE_MS = 60_000;

export class ExportBar {
  readonly element: HTMLElement;
  private readonly note: HTMLElement;
  private readonly message: HTMLElement;
  private result: PanelResult | null = null;
  private axis: FrontierX = 'releasedPerHour';
  private readonly urls = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(root: HTMLElement) {
    const button = (id: string, text: string, kind: ExportKind, describe: string) => {
      const b = h('button', { id, type: 'button', className: 'ix-button', title: describe }, text);
      b.addEventListener('click', () => this.export(kind));
      return b;
    };
    this.note = h('p', { id: 'xp-partial', className: 'ix-xp-partial', hidden: true });
    this.message = h('p', { className: 'ix-hint', attrs: { 'aria-live': 'polite' } });
    this.element = h('div', { className: 'ix-xp-exports', id: 'xp-exports', hidden: true },
      h('span', { className: 'ix-xp-exports-label' }, 'Export'),
      button('xp-export-csv', 'CSV', 'csv', 'Every metric of every point (or scenario) with its 95% interval, one row per metric: for a spreadsheet, R or pandas'),
      button('xp-export-json', 'JSON', 'json', 'The complete, exact result, as the command line writes it'),
      button('xp-export-memo', 'Memo (print)', 'memo-html', 'A printable page for a policy brief: assumptions, seeds, results with intervals; opens in a new tab'),
      button('xp-export-md', 'Memo (Markdown)', 'memo-md', 'The same memo as Markdown text'),
      this.note,
      this.message);
    root.append(this.element);
  }

  /** Offers exports of `result`. */
  show(result: PanelResult): void {
    this.result = result;
    this.element.hidden = false;
    const partial = partialLabel(result);
    this.note.hidden = partial === null;
    this.note.textContent = partial === null ? '' :
      `${partial}: every file name says PARTIAL; the JSON also says "complete": false and the memo opens with a warning.`;
    this.message.textContent = '';
  }

  /** Hides the exports (no result yet, or a new experiment running). */
  clear(): void {
    this.result = null;
    this.element.hidden = true;
  }

  /** The frontier axis a sweep's exports use. */
  setAxis(x: FrontierX): void {
    this.axis = x;
  }

  /** Revokes every Blob URL still held. */
  destroy(): void {
    for (const t of this.timers) clearTimeout(t);
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.timers.clear();
    this.urls.clear();
  }

  private export(kind: ExportKind): void {
    const result = this.exported();
    if (result === null) return;
    const name = exportFileName(result, kind);
    switch (kind) {
      case 'csv': return this.download(resultCsv(result), name, 'text/csv');
      case 'json': return this.download(resultJson(result), name, 'application/json');
      case 'memo-md': return this.download(memoMarkdown(result), name, 'text/markdown');
      case 'memo-html': return this.openMemo(memoHtml(result), name);
    }
  }

  /** The result as exported: a sweep's frontier on the chart's axis. */
  private exported(): PanelResult | null {
    const r = this.result;
    if (r === null || r.format !== 'interdict-sweep' || r.frontier.x === this.axis) return r;
    return { ...r, frontier: computeFrontier(r.points, this.axis, r.frontier.y) };
  }

  private url(text: string, type: string): string {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    this.urls.add(url);
    const timer = setTimeout(() => {
      URL.revokeObjectURL(url);
      this.urls.delete(url);
      this.timers.delete(timer);
    }, REVOKE_MS);
    this.timers.add(timer);
    return url;
  }

  private download(text: string, name: string, type: string): void {
    const a = h('a', { href: this.url(text, type), download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    this.message.textContent = `Saved ${name}.`;
  }

  /** Opens the memo in a new tab to print; if the browser blocks the tab, downloads it instead. */
  private openMemo(html: string, name: string): void {
    const tab = window.open(this.url(html, 'text/html'), '_blank');
    if (tab === null) {
      this.download(html, name, 'text/html');
      this.message.textContent = `The browser blocked the new tab, so the memo was saved as ${name}; open it and print.`;
      return;
    }
    tab.opener = null;
    this.message.textContent = 'The memo opened in a new tab: print it, or save it as PDF, from there.';
  }
}

/**
 * The finished run's results as JSON, exactly as the command line prints them
 * (`npm run sim -- run --preset ... --seed ... --days ...`), in a collapsed section with a
 * download link: a trainer can keep or compare runs, and the end-to-end test checks the browser
 * against Node with it. Written with textContent; the download is a Blob URL of the same text.
 */
import type { RunResults } from '../../model/index.js';
import { h } from '../dom.js';

export class ResultsExport {
  private readonly pre: HTMLElement;
  private readonly link: HTMLAnchorElement;
  private readonly details: HTMLDetailsElement;
  private url: string | null = null;

  constructor(root: HTMLElement) {
    this.pre = h('pre', { id: 'results-json', className: 'ix-json' });
    this.link = h('a', { id: 'results-download', className: 'ix-link' }, 'Download results (JSON)');
    this.details = h('details', { className: 'ix-results' }, h('summary', {}, 'Results as JSON (as the command line prints them)'), this.link, this.pre);
    root.append(this.details);
    this.clear();
  }

  show(results: RunResults): void {
    const text = `${JSON.stringify(results, null, 2)}\n`;
    this.pre.textContent = text;
    this.revoke();
    this.url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    this.link.href = this.url;
    this.link.download = `interdict-${results.scenario}-seed${results.seed}-${results.days}d.json`;
    this.details.hidden = false;
  }

  clear(): void {
    this.pre.textContent = '';
    this.revoke();
    this.link.removeAttribute('href');
    this.details.hidden = true;
  }

  private revoke(): void {
    if (this.url !== null) URL.revokeObjectURL(this.url);
    this.url = null;
  }
}

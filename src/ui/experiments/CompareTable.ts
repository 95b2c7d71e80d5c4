/**
 * The comparison's table: for each key metric, A's and B's means with their 95% intervals, the
 * paired difference B − A with its interval, and a "significant" marker (a dot and the word, not
 * colour alone) when the interval excludes 0; under each metric's name, what it means in plain
 * words. Every other metric is in a second table, folded away. Rows come from `compareRows.ts`.
 *
 * @example
 * const table = new CompareTable(root);
 * table.show(result);
 */
import type { CompareResult } from '../../experiments/index.js';
import { h } from '../dom.js';
import { compareRows, type CompareRow } from './compareRows.js';

export class CompareTable {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly desc: HTMLElement;
  private readonly key: HTMLTableElement;
  private readonly all: HTMLTableElement;
  private readonly allSummary: HTMLElement;

  constructor(root: HTMLElement) {
    this.title = h('h3', { id: 'xp-compare-title', className: 'ix-xp-title' });
    this.desc = h('p', { className: 'ix-xp-desc' });
    this.key = h('table', { id: 'xp-compare-table', className: 'ix-xp-table ix-xp-compare-table' });
    this.all = h('table', { id: 'xp-compare-all', className: 'ix-xp-table ix-xp-compare-table' });
    this.allSummary = h('summary', {});
    this.element = h('section', { className: 'ix-xp-compare', id: 'xp-compare', attrs: { 'aria-labelledby': 'xp-compare-title' } },
      this.title, this.desc,
      h('div', { className: 'ix-xp-scroll' }, this.key),
      h('details', { className: 'ix-xp-details' }, this.allSummary, h('div', { className: 'ix-xp-scroll' }, this.all)));
    root.append(this.element);
  }

  /** Shows a comparison's result. */
  show(result: CompareResult): void {
    const a = result.a.label;
    const b = result.b.label;
    const seeds = result.mode === 'crn'
      ? `common random numbers: both ran with seeds ${result.seeds.a.first} to ${result.seeds.a.last}, so they saw the same parcels`
      : `independent seeds (A ${result.seeds.a.first} to ${result.seeds.a.last}, B ${result.seeds.b.first} to ${result.seeds.b.last})`;
    this.title.textContent = `B: ${b} against A: ${a}`;
    this.desc.textContent = `Means of ${result.replications} pair${result.replications === 1 ? '' : 's'} of ${result.days}-day runs, ${seeds}. ` +
      'Each ± is the half-width of a 95% confidence interval. The difference is B − A, paired run by run; it is significant when its ' +
      'interval excludes 0, that is, when these runs leave little doubt that B really differs from A.';
    const keyRows = compareRows(result, 'key');
    const allRows = compareRows(result, 'all');
    this.fill(this.key, keyRows, a, b, true, 'Key measures');
    this.fill(this.all, allRows, a, b, false, 'Every measure');
    const significant = allRows.filter((r) => r.significant === true).length;
    this.allSummary.textContent = `All ${allRows.length} measures (${significant} significant differences)`;
  }

  private fill(table: HTMLTableElement, rows: CompareRow[], a: string, b: string, explain: boolean, caption: string): void {
    const head = ['Measure', `A: ${a}`, `B: ${b}`, 'Difference B − A (95% interval)', 'Significant'];
    table.replaceChildren(
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows.map((r) => {
        const name = h('th', { scope: 'row', className: 'ix-xp-measure' }, h('span', { className: 'ix-xp-measure-label' }, r.label));
        if (explain && r.explain) name.append(h('span', { className: 'ix-xp-explain' }, r.explain));
        else if (r.explain) name.title = r.explain;
        const mark = r.significant === null ? '–' : r.significant ? '● Yes' : 'No';
        // data-label names each cell where a narrow panel shows rows as cards (experiments.css).
        const cell = (label: string, className: string, ...children: (Node | string)[]) => h('td', { className, attrs: { 'data-label': label } }, ...children);
        return h('tr', { className: r.significant ? 'ix-xp-significant' : '', attrs: { 'data-metric': r.metric } },
          name,
          cell(`A: ${a}`, 'ix-xp-num', r.a),
          cell(`B: ${b}`, 'ix-xp-num', r.b),
          cell('B − A', 'ix-xp-num ix-xp-diff', h('span', { className: 'ix-xp-diff-mean' }, r.difference), h('span', { className: 'ix-xp-interval' }, r.interval)),
          cell('Significant', 'ix-xp-sig', mark));
      })));
  }
}

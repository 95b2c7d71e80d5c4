/**
 * The comparison's table: for each key metric, A's and B's means with their 95% intervals, and
 * the paired difference B − A in its unit with its interval and the verdict under it ("beyond
 * chance", "within chance", "negligible": a word, and a dot for beyond chance, not colour alone);
 * never a bare "yes", so −0.42 parcels/h never looks like +22.9 min of exam wait. Under each
 * metric's name, what it means in plain words; under the table, what the verdicts assume and what
 * a dagger means. Every other metric is in a second table, folded away. Rows come from
 * `compareRows.ts`.
 *
 * @example
 * const table = new CompareTable(root);
 * table.show(result);
 */
import { CLIPPED_NOTE, NEGLIGIBLE, type CompareResult, type Verdict } from '../../experiments/index.js';
import { h } from '../dom.js';
import { compareRows, type CompareRow } from './compareRows.js';

export class CompareTable {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly desc: HTMLElement;
  private readonly key: HTMLTableElement;
  private readonly all: HTMLTableElement;
  private readonly allSummary: HTMLElement;
  private readonly note: HTMLElement;

  constructor(root: HTMLElement) {
    this.title = h('h3', { id: 'xp-compare-title', className: 'ix-xp-title' });
    this.desc = h('p', { className: 'ix-xp-desc' });
    this.key = h('table', { id: 'xp-compare-table', className: 'ix-xp-table ix-xp-compare-table' });
    this.all = h('table', { id: 'xp-compare-all', className: 'ix-xp-table ix-xp-compare-table' });
    this.allSummary = h('summary', {});
    this.note = h('p', { id: 'xp-compare-note', className: 'ix-xp-note' });
    this.element = h('section', { className: 'ix-xp-compare', id: 'xp-compare', attrs: { 'aria-labelledby': 'xp-compare-title' } },
      this.title, this.desc,
      h('div', { className: 'ix-xp-scroll' }, this.key),
      this.note,
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
      'Each ± is the half-width of a 95% confidence interval. The difference is B − A, paired run by run, with its 95% interval: ' +
      'beyond chance when the interval excludes 0 (these runs leave little doubt that B differs from A), within chance when it does not.';
    const keyRows = compareRows(result, 'key');
    const allRows = compareRows(result, 'all');
    this.fill(this.key, keyRows, a, b, true, 'Key measures');
    this.fill(this.all, allRows, a, b, false, 'Every measure');
    const count = (v: Verdict) => allRows.filter((r) => r.verdict === v).length;
    this.allSummary.textContent = `All ${allRows.length} measures (${count('beyond chance')} differences beyond chance, ${count('negligible')} negligible)`;
    this.note.textContent = [
      `Negligible: the whole interval is smaller than ${NEGLIGIBLE.sharePoints * 100} percentage point for a share, or ${NEGLIGIBLE.ofBaseline * 100}% ` +
        'of A\'s mean for anything else, beyond chance or not (an assumption: a difference that small would not change how a facility is run).',
      ...(allRows.some((r) => r.clipped) ? [CLIPPED_NOTE] : []),
    ].join(' ');
  }

  private fill(table: HTMLTableElement, rows: CompareRow[], a: string, b: string, explain: boolean, caption: string): void {
    const head = ['Measure', `A: ${a}`, `B: ${b}`, 'Difference B − A (95% interval)'];
    table.replaceChildren(
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows.map((r) => {
        const name = h('th', { scope: 'row', className: 'ix-xp-measure' }, h('span', { className: 'ix-xp-measure-label' }, r.label));
        if (explain && r.explain) name.append(h('span', { className: 'ix-xp-explain' }, r.explain));
        else if (r.explain) name.title = r.explain;
        // data-label names each cell where a narrow panel shows rows as cards (experiments.css).
        const cell = (label: string, className: string, ...children: (Node | string)[]) => h('td', { className, attrs: { 'data-label': label } }, ...children);
        const verdict = r.verdict === 'no interval' ? 'no interval (one pair)' : r.verdict;
        return h('tr', { className: r.verdict === 'beyond chance' ? 'ix-xp-beyond' : '', attrs: { 'data-metric': r.metric, 'data-verdict': r.verdict } },
          name,
          cell(`A: ${a}`, 'ix-xp-num', ...estimateParts(r.a)),
          cell(`B: ${b}`, 'ix-xp-num', ...estimateParts(r.b)),
          cell('B − A', 'ix-xp-num ix-xp-diff',
            h('span', { className: 'ix-xp-diff-mean' }, r.difference),
            ...(r.interval === '' ? [] : [' ', h('span', { className: 'ix-xp-interval' }, `(${r.interval})`)]),
            h('span', { className: 'ix-xp-verdict' }, `${r.verdict === 'beyond chance' ? '● ' : ''}${verdict}`)));
      })));
  }
}

/** An estimate's text, with a cut interval, "9 % (0† to 57 %)", on a line of its own under the mean so the column stays narrow. */
function estimateParts(text: string): (Node | string)[] {
  const at = text.indexOf(' (');
  return at < 0 ? [text] : [h('span', { className: 'ix-xp-diff-mean' }, text.slice(0, at)), ' ', h('span', { className: 'ix-xp-interval' }, text.slice(at + 1))];
}

/**
 * The Optimize panel's answer: the chosen settings in a paragraph (against the base on fresh
 * seeds, with intervals and the approximate probability that it is the best), then the finalists
 * table (each with its settings, objective and constraints with 95% intervals, whether each
 * constraint is met, P(beats chosen)) and the check's two rows. The words and numbers come from the
 * experiments core (`finalistsTable`, `chosenSentence`), the same as the CLI's and the memo's.
 *
 * @example
 * const table = new FinalistsTable(column);
 * table.show(result);
 */
import { CLIPPED_NOTE, chosenSentence, finalistsTable, type OptimizeResult } from '../../experiments/index.js';
import { h } from '../dom.js';

export class FinalistsTable {
  readonly element: HTMLElement;
  private readonly answer: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly note: HTMLElement;

  constructor(root: HTMLElement) {
    this.answer = h('p', { id: 'opt-answer', className: 'ix-opt-answer' });
    this.table = h('table', { id: 'opt-table', className: 'ix-xp-table ix-opt-table' });
    this.note = h('p', { className: 'ix-xp-note' });
    this.element = h('section', { id: 'opt-finalists', attrs: { 'aria-labelledby': 'opt-results-heading' } },
      this.answer, h('div', { className: 'ix-xp-scroll' }, this.table), this.note);
    root.append(this.element);
  }

  show(result: OptimizeResult): void {
    this.answer.textContent = chosenSentence(result);
    const t = finalistsTable(result);
    const head = h('tr', {}, ...t.header.map((c) => h('th', { scope: 'col' }, c)));
    const rows = t.rows.map((row) => h('tr', { className: /fresh seeds/.test(row[0]) ? 'ix-opt-check' : /chosen/.test(row[0]) ? 'ix-opt-chosen' : '' },
      ...row.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { className: t.align[i] === 'right' ? 'ix-xp-num' : '' }, c)))));
    this.table.replaceChildren(h('caption', {}, 'Finalists, best first; then the chosen settings and the base scenario on fresh seeds'), h('thead', {}, head), h('tbody', {}, ...rows));
    const cut = t.rows.some((row) => row.some((c) => c.includes('†')));
    this.note.textContent = 'A limit is met when its whole 95% interval is within it, broken when all beyond it, "not sure" when the interval contains it. ' +
      'P(beats chosen): approximate probability that a finalist is within the limits and truly better than the chosen one.' + (cut ? ` ${CLIPPED_NOTE}` : '');
  }
}

/**
 * The result of a comparison in plausible worlds (unknown inputs): the share of worlds in which B
 * beats A on each measure, with its interval; a table of A, B and B − A, each as its mean with
 * the 95% interval and the range of the middle 90% of worlds; how much of each measure's spread
 * comes from the unknown inputs rather than the luck of a run; and the tornado charts, drawn from
 * the same SVG nodes as the memo's (`tornadoChart`). Every sentence comes from the core's
 * `uncertaintyWords.ts`, so the page, the memo and the command line say the same thing.
 *
 * @example
 * const view = new UncertaintyView(root);
 * view.show(result);
 */
import {
  CLIPPED_MARK, CLIPPED_NOTE, beatsText, formatBoundedEstimate, formatEstimate, formatInterval, metricLabel, percent, tornadoChart,
  type UncertaintyResult, type VarianceSplit,
} from '../../experiments/index.js';
import { h } from '../dom.js';
import { svgElement } from '../svg.js';

/** The measures whose tornado the page draws (the result has a few more in its table). */
const TORNADO_METRICS = ['contraband.interdictionRate', 'throughput.screeningDelayParcelHours'];

export class UncertaintyView {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly desc: HTMLElement;
  private readonly beats: HTMLUListElement;
  private readonly table: HTMLTableElement;
  private readonly split: HTMLUListElement;
  private readonly clipped: HTMLElement;
  private readonly charts: HTMLElement;

  constructor(root: HTMLElement) {
    this.title = h('h3', { id: 'xp-unknown-title', className: 'ix-xp-title' });
    this.desc = h('p', { className: 'ix-xp-desc' });
    this.beats = h('ul', { id: 'xp-unknown-beats', className: 'ix-xp-beats' });
    this.table = h('table', { id: 'xp-unknown-table', className: 'ix-xp-table' });
    this.clipped = h('p', { className: 'ix-xp-note', hidden: true }, CLIPPED_NOTE);
    this.split = h('ul', { id: 'xp-unknown-split', className: 'ix-xp-note' });
    this.charts = h('div', { id: 'xp-unknown-tornado', className: 'ix-xp-tornado' });
    this.element = h('section', { id: 'xp-unknown-result', attrs: { 'aria-labelledby': 'xp-unknown-title' } },
      this.title, this.desc, this.beats,
      h('div', { className: 'ix-xp-scroll' }, this.table), this.clipped,
      h('h4', { className: 'ix-xp-subtitle' }, 'How much comes from the unknowns'), this.split,
      h('h4', { className: 'ix-xp-subtitle' }, 'Which unknown matters most'), this.charts);
    root.append(this.element);
  }

  show(r: UncertaintyResult): void {
    const [a, b] = r.arms;
    this.title.textContent = `${b.label} against ${a.label} in ${r.outer} plausible worlds`;
    const ranges = r.uncertainty.inputs.map((i) => (i.distribution === 'uniform' ? `${i.name} ${i.multiplier ? '× ' : ''}${i.low} to ${i.high}` : i.name));
    this.desc.textContent = `Unknown inputs, each drawn evenly between your low and high values: ${ranges.join('; ')}. ` +
      `Each world ran A and B ${r.inner} times on the same seeds (${r.days} day${r.days === 1 ? '' : 's'} a run).`;
    const differences = r.differences ?? {};
    this.beats.replaceChildren(...Object.entries(differences).map(([m, d]) => h('li', {}, `${capital(beatsText(m, d.beats, a.label, b.label))}.`)));
    const head = h('tr', {}, ...['Measure', a.label, b.label, `${b.label} − ${a.label}`].map((t) => h('th', { attrs: { scope: 'col' } }, t)));
    const rows = Object.keys(a.metrics).map((m) => h('tr', {},
      h('th', { attrs: { scope: 'row' } }, metricLabel(m).label),
      cell(m, a.metrics[m], false), cell(m, b.metrics[m], false), cell(m, differences[m], true)));
    this.table.replaceChildren(h('thead', {}, head), h('tbody', {}, ...rows));
    this.clipped.hidden = !(this.table.textContent ?? '').includes(CLIPPED_MARK);
    this.split.replaceChildren(...Object.entries(a.metrics).map(([m, s]) => h('li', {}, splitWords(m, s, a.label))));
    const t = r.tornado;
    this.charts.replaceChildren(...(t === null ? [] : TORNADO_METRICS.filter((m) => t.metrics[m]).map((m) =>
      h('figure', { className: 'ix-xp-figure' }, svgElement(tornadoChart(m, t.metrics[m], t.of, t.low, t.high))))));
  }
}

/** A table cell: the mean with its 95% interval, and the middle 90% of worlds under it. */
function cell(metric: string, s: VarianceSplit | undefined, difference: boolean): HTMLElement {
  if (s === undefined) return h('td', {}, '–');
  const m = metricLabel(metric);
  const estimate = difference ? formatEstimate(s.mean, s.halfWidth, m) : formatBoundedEstimate(s.mean, s.halfWidth, m);
  return h('td', { className: 'num' }, h('span', {}, estimate), h('br', {}),
    h('span', { className: 'ix-xp-verdict' }, `90% of worlds: ${formatInterval(s.band.low, s.band.high, m)}`));
}

/** "In baseline, the unknowns make 22% (10% to 43%) of the interdiction rate's spread from run to run; the luck of the run the rest." */
function splitWords(metric: string, s: VarianceSplit, label: string): string {
  const name = metricLabel(metric).label.toLowerCase();
  if (!Number.isFinite(s.inputShare)) return `${capital(name)}: too few worlds to tell.`;
  return `In ${label}, the unknowns make ${percent(s.inputShare)} (95% interval ${percent(s.inputShareLow)} to ${percent(s.inputShareHigh)}) ` +
    `of the ${name}'s spread from run to run; the luck of the run makes the rest.`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

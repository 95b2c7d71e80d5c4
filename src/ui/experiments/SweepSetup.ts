/**
 * The sweep form: a base scenario, up to three parameters from the curated list (each with from,
 * to and step), replications, the first seed and the run length. It only holds text and shows
 * errors; `sweepGrid.ts` checks the text and builds the grid. Parameters whose field the base
 * scenario lacks (the risk threshold in `single-queue`, which has no aed-risk rule) stay in the
 * list, disabled and marked, so a person sees why they cannot be chosen.
 *
 * @example
 * const setup = new SweepSetup(root, () => host.currentScenario(), () => panel.refresh());
 * checkSweep(setup.values(), host.currentScenario());
 */
import type { Range } from '../../experiments/index.js';
import { h } from '../dom.js';
import { fillOptions, selectField, setError, textField, type SelectField, type TextField } from './formField.js';
import { MAX_UI_PARAMETERS, MAX_UI_POINTS } from './formLimits.js';
import { resolveChoice, scenarioOptions, type OpenScenario } from './scenarioChoice.js';
import type { FieldErrors, ParameterRow, SweepFormValues } from './sweepGrid.js';
import { SWEEP_PARAMETERS, sweepParameter, unavailableReason, type SweepParameterId } from './sweepParameters.js';

/** A first sweep that shows a trade-off on the baseline in well under a minute on two cores. */
const DEFAULT_ROWS: { id: SweepParameterId; range: Range }[] = [
  { id: 'examOfficers', range: { from: 6, to: 10, step: 2 } },
  { id: 'riskThreshold', range: { from: 0.997, to: 0.999, step: 0.001 } },
];

interface Slot {
  row: HTMLElement;
  select: HTMLSelectElement;
  selectError: HTMLElement;
  explain: HTMLElement;
  from: TextField;
  to: TextField;
  step: TextField;
  rangeError: HTMLElement;
}

export class SweepSetup {
  readonly element: HTMLFieldSetElement;
  private readonly base: SelectField;
  private readonly slots: Slot[] = [];
  private readonly replications: TextField;
  private readonly seed: TextField;
  private readonly days: TextField;
  private readonly gridError: HTMLElement;
  private readonly summary: HTMLElement;

  constructor(root: HTMLElement, private readonly current: () => OpenScenario | null, onChange: () => void) {
    this.base = selectField('xp-base', 'Base scenario', scenarioOptions(current()));
    this.base.select.value = 'baseline';
    const params = h('div', { className: 'ix-xp-params' });
    for (let s = 0; s < MAX_UI_PARAMETERS; s++) params.append(this.makeSlot(s).row);
    this.replications = textField('xp-reps', 'Replications per point', '5', 'numeric');
    this.seed = textField('xp-seed', 'First seed', '1', 'numeric');
    this.days = textField('xp-days', 'Days per run', '1', 'numeric');
    this.gridError = h('p', { id: 'xp-grid-error', className: 'ix-form-errors', attrs: { role: 'alert' } });
    this.summary = h('p', { id: 'xp-sweep-summary', className: 'ix-xp-summary' });
    this.element = h('fieldset', { className: 'ix-fieldset ix-xp-setup', id: 'xp-sweep-setup' },
      h('legend', {}, 'Sweep'),
      h('p', { className: 'ix-hint' }, `Every combination of the values is a point (at most ${MAX_UI_POINTS}); each point runs with the same seeds, so points differ by their parameters, not by luck.`),
      this.base.wrap,
      params,
      h('div', { className: 'ix-form-top ix-xp-numbers' }, this.replications.wrap, this.seed.wrap, this.days.wrap),
      this.gridError,
      this.summary);
    root.append(this.element);
    this.refreshAvailability();
    DEFAULT_ROWS.forEach((d, s) => {
      this.slots[s].select.value = d.id;
      this.setRange(s, d.range);
    });
    this.base.select.addEventListener('change', () => {
      this.refreshAvailability();
      onChange();
    });
    this.element.addEventListener('input', () => onChange());
    this.element.addEventListener('change', (e) => {
      const slot = this.slots.findIndex((s) => s.select === e.target);
      if (slot >= 0) this.onParameterChosen(slot);
      onChange();
    });
  }

  /** The form's text, as typed. */
  values(): SweepFormValues {
    const parameters: ParameterRow[] = [];
    this.slots.forEach((s, slot) => {
      if (s.select.value === '') return;
      parameters.push({ slot, id: s.select.value as SweepParameterId, from: s.from.input.value, to: s.to.input.value, step: s.step.input.value });
    });
    return { base: this.base.select.value, parameters, replications: this.replications.input.value, seed: this.seed.input.value, days: this.days.input.value };
  }

  /** Shows each error next to its field and clears the others; returns the first invalid control. */
  showErrors(errors: FieldErrors): HTMLElement | null {
    let first: HTMLElement | null = null;
    const show = (key: string, set: (m: string | null) => void, control: HTMLElement): void => {
      const message = errors[key] ?? null;
      set(message);
      if (message && first === null) first = control;
    };
    show('base', this.base.setError, this.base.select);
    this.slots.forEach((s, slot) => {
      show(`param.${slot}.id`, (m) => setError(s.select, s.selectError, m), s.select);
      show(`param.${slot}.from`, s.from.setError, s.from.input);
      show(`param.${slot}.to`, s.to.setError, s.to.input);
      show(`param.${slot}.step`, s.step.setError, s.step.input);
      show(`param.${slot}`, (m) => (s.rangeError.textContent = m ?? ''), s.from.input);
    });
    show('replications', this.replications.setError, this.replications.input);
    show('seed', this.seed.setError, this.seed.input);
    show('days', this.days.setError, this.days.input);
    show('grid', (m) => (this.gridError.textContent = m ?? ''), this.slots[0].select);
    return first;
  }

  /** The line under the form: what Run will do, or that something needs fixing. */
  setSummary(text: string): void {
    this.summary.textContent = text;
  }

  /** Enables or disables every control (while an experiment runs). */
  setDisabled(disabled: boolean): void {
    this.element.disabled = disabled;
  }

  /** Refreshes the base picker (the host's current scenario may have changed). */
  refreshScenarios(): void {
    fillOptions(this.base.select, scenarioOptions(this.current()));
    this.refreshAvailability();
  }

  private makeSlot(s: number): Slot {
    const id = `xp-param-${s}`;
    const select = h('select', { id, className: 'ix-select ix-xp-param-select' });
    const selectError = h('span', { id: `${id}-error`, className: 'ix-field-error' });
    select.setAttribute('aria-describedby', `${id}-error ${id}-explain`);
    const explain = h('span', { id: `${id}-explain`, className: 'ix-hint ix-xp-explain' });
    const from = textField(`${id}-from`, 'from', '', 'decimal');
    const to = textField(`${id}-to`, 'to', '', 'decimal');
    const step = textField(`${id}-step`, 'step', '', 'decimal');
    const rangeError = h('span', { id: `${id}-range-error`, className: 'ix-field-error ix-xp-range-error' });
    const row = h('div', { className: 'ix-xp-param', attrs: { role: 'group', 'aria-labelledby': `${id}-label` } },
      h('label', { id: `${id}-label`, htmlFor: id, className: 'ix-xp-param-label' }, `Parameter ${s + 1}`),
      h('div', { className: 'ix-xp-param-choice' }, select, selectError, explain),
      h('div', { className: 'ix-xp-range' }, from.wrap, to.wrap, step.wrap, h('span', { id: `${id}-unit`, className: 'ix-xp-unit' })),
      rangeError);
    const slot: Slot = { row, select, selectError, explain, from, to, step, rangeError };
    this.slots.push(slot);
    return slot;
  }

  /** Marks parameters the base scenario lacks, in every slot's list. */
  private refreshAvailability(): void {
    const base = resolveChoice(this.base.select.value, this.current());
    for (const s of this.slots) {
      const was = s.select.value;
      // A parameter already chosen stays selectable, so its error (from checkSweep) can say why.
      const options = [{ value: '', label: '— none —' }, ...SWEEP_PARAMETERS.map((p) => {
        const reason = base.ok ? unavailableReason(p, base.scenario) : null;
        return { value: p.id, label: reason === null ? p.label : `${p.label} (not in this scenario)`, disabled: reason !== null && p.id !== was };
      })];
      fillOptions(s.select, options);
      s.select.value = was;
      this.describeSlot(s);
    }
  }

  /** A parameter was picked in slot `s`: offer a range to start from. */
  private onParameterChosen(s: number): void {
    const slot = this.slots[s];
    const id = slot.select.value;
    this.describeSlot(slot);
    if (id === '') return;
    const base = resolveChoice(this.base.select.value, this.current());
    if (base.ok && unavailableReason(sweepParameter(id), base.scenario) === null) this.setRange(s, sweepParameter(id).suggest(base.scenario));
  }

  private setRange(s: number, r: Range): void {
    const slot = this.slots[s];
    slot.from.input.value = String(r.from);
    slot.to.input.value = String(r.to);
    slot.step.input.value = String(r.step);
    this.describeSlot(slot);
  }

  private describeSlot(slot: Slot): void {
    const id = slot.select.value;
    const def = id === '' ? null : sweepParameter(id);
    slot.explain.textContent = def?.explain ?? '';
    const unit = slot.row.querySelector('.ix-xp-range > .ix-xp-unit');
    if (unit) unit.textContent = def?.unit ?? '';
    slot.row.classList.toggle('ix-xp-param-empty', def === null);
    for (const f of [slot.from, slot.to, slot.step]) f.input.disabled = def === null;
  }
}

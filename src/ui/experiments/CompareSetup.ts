/**
 * The comparison form: scenario A and B (a preset, or the scenario open in the app), the
 * replications, the first seed, the run length, and common random numbers on or off. It holds
 * text and shows errors; `compareSpec.ts` checks it and builds the comparison.
 *
 * @example
 * const setup = new CompareSetup(root, () => host.currentScenario(), refresh);
 * checkCompare(setup.values(), host.currentScenario());
 */
import { h } from '../dom.js';
import type { CompareFormValues } from './compareSpec.js';
import { fillOptions, selectField, textField, type SelectField, type TextField } from './formField.js';
import { CURRENT_SCENARIO, scenarioOptions, type OpenScenario } from './scenarioChoice.js';
import type { FieldErrors } from './sweepGrid.js';
import { UnknownInputsSetup } from './UnknownInputsSetup.js';

export class CompareSetup {
  readonly element: HTMLFieldSetElement;
  private readonly a: SelectField;
  private readonly b: SelectField;
  private readonly replications: TextField;
  private readonly seed: TextField;
  private readonly days: TextField;
  private readonly crn: HTMLInputElement;
  private readonly summary: HTMLElement;
  /** The "Unknown inputs" switch and ranges. */
  readonly unknown = new UnknownInputsSetup();

  constructor(root: HTMLElement, private readonly current: () => OpenScenario | null, onChange: () => void) {
    const options = scenarioOptions(current());
    this.a = selectField('xp-a', 'Scenario A', options);
    this.b = selectField('xp-b', 'Scenario B', options);
    this.a.select.value = options.some((o) => o.value === CURRENT_SCENARIO) ? CURRENT_SCENARIO : 'baseline';
    this.b.select.value = this.a.select.value === 'short-staffed' ? 'baseline' : 'short-staffed';
    this.replications = textField('xp-cmp-reps', 'Replications (pairs)', '10', 'numeric');
    this.seed = textField('xp-cmp-seed', 'First seed', '1', 'numeric');
    this.days = textField('xp-cmp-days', 'Days per run', '1', 'numeric');
    this.crn = h('input', { id: 'xp-crn', type: 'checkbox', className: 'ix-check', checked: true });
    this.crn.setAttribute('aria-describedby', 'xp-crn-hint');
    this.summary = h('p', { id: 'xp-compare-summary', className: 'ix-xp-summary' });
    this.element = h('fieldset', { className: 'ix-fieldset ix-xp-setup', id: 'xp-compare-setup' },
      h('legend', {}, 'Comparison'),
      h('p', { className: 'ix-hint' }, 'Runs A and B with the same seeds and reports every difference B − A with its 95% interval.'),
      h('div', { className: 'ix-form-top' }, this.a.wrap, this.b.wrap),
      h('div', { className: 'ix-form-top ix-xp-numbers' }, this.replications.wrap, this.seed.wrap, this.days.wrap),
      h('label', { className: 'ix-xp-check', htmlFor: 'xp-crn' }, this.crn, ' Common random numbers'),
      h('p', { id: 'xp-crn-hint', className: 'ix-hint' },
        'On: A and B see the same parcels and draws, so a difference comes from the change, not from luck, and its interval is narrower. ' +
        'Off: independent seeds, for contrast.'),
      this.unknown.element,
      this.summary);
    root.append(this.element);
    this.element.addEventListener('input', () => onChange());
    this.element.addEventListener('change', () => onChange());
  }

  /** The form's values, as typed. */
  values(): CompareFormValues {
    return {
      a: this.a.select.value, b: this.b.select.value, replications: this.replications.input.value,
      seed: this.seed.input.value, days: this.days.input.value, crn: this.crn.checked,
    };
  }

  /** Shows each error next to its field and clears the others; returns the first invalid control. */
  showErrors(errors: FieldErrors): HTMLElement | null {
    const fields: [string, (m: string | null) => void, HTMLElement][] = [
      ['a', this.a.setError, this.a.select], ['b', this.b.setError, this.b.select],
      ['replications', this.replications.setError, this.replications.input],
      ['seed', this.seed.setError, this.seed.input], ['days', this.days.setError, this.days.input],
    ];
    let first: HTMLElement | null = null;
    for (const [key, set, control] of fields) {
      set(errors[key] ?? null);
      if (errors[key] && first === null) first = control;
    }
    return this.unknown.showErrors(errors) ?? first;
  }

  setSummary(text: string): void {
    this.summary.textContent = text;
  }

  setDisabled(disabled: boolean): void {
    this.element.disabled = disabled;
  }

  /** Refreshes both pickers (the host's current scenario may have changed). */
  refreshScenarios(): void {
    const options = scenarioOptions(this.current());
    fillOptions(this.a.select, options);
    fillOptions(this.b.select, options);
  }
}

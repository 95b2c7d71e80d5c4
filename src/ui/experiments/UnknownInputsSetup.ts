/**
 * The "Unknown inputs" part of the comparison form: a switch, and when it is on, a low and a high
 * value for each of three inputs nobody knows exactly (prevalence, the risk score's separation,
 * the share of holds presented) and the number of plausible worlds. It holds text and shows
 * errors; `unknownInputs.ts` checks it and plans the runs.
 *
 * @example
 * const unknown = new UnknownInputsSetup(); form.append(unknown.element);
 * if (unknown.enabled) checkUnknownInputs(unknown.values(), spec);
 */
import { h } from '../dom.js';
import { textField, type TextField } from './formField.js';
import type { FieldErrors } from './sweepGrid.js';
import { UNKNOWN_DEFAULTS, type UnknownInputsValues } from './unknownInputs.js';

export class UnknownInputsSetup {
  readonly element: HTMLElement;
  private readonly toggle: HTMLInputElement;
  private readonly body: HTMLElement;
  private readonly fields: Record<keyof UnknownInputsValues, TextField>;

  constructor() {
    this.toggle = h('input', { id: 'xp-unknown', type: 'checkbox', className: 'ix-check' });
    const field = (key: keyof UnknownInputsValues, label: string) => textField(`xp-unk-${key}`, label, UNKNOWN_DEFAULTS[key], 'decimal');
    this.fields = {
      prevalenceLow: field('prevalenceLow', 'Prevalence × low'),
      prevalenceHigh: field('prevalenceHigh', 'Prevalence × high'),
      separationLow: field('separationLow', 'Risk-score d′ low'),
      separationHigh: field('separationHigh', 'Risk-score d′ high'),
      presentLow: field('presentLow', 'Holds presented low'),
      presentHigh: field('presentHigh', 'Holds presented high'),
      worlds: field('worlds', 'Plausible worlds'),
    };
    const f = this.fields;
    this.body = h('div', { id: 'xp-unknown-fields', hidden: true },
      h('p', { className: 'ix-hint' },
        'Each input is drawn evenly between its low and high values (your assumption) in every plausible world; each world runs A and B ' +
        'with the replications above, on the same seeds. Prevalence multiplies every contraband type; d′ is how well the risk score ' +
        'separates contraband; holds presented is the share of held parcels the postal service finds.'),
      h('div', { className: 'ix-form-top ix-xp-numbers' }, f.prevalenceLow.wrap, f.prevalenceHigh.wrap),
      h('div', { className: 'ix-form-top ix-xp-numbers' }, f.separationLow.wrap, f.separationHigh.wrap),
      h('div', { className: 'ix-form-top ix-xp-numbers' }, f.presentLow.wrap, f.presentHigh.wrap),
      h('div', { className: 'ix-form-top ix-xp-numbers' }, f.worlds.wrap));
    this.toggle.addEventListener('change', () => (this.body.hidden = !this.toggle.checked));
    this.element = h('div', { className: 'ix-xp-unknown' },
      h('label', { className: 'ix-xp-check', htmlFor: 'xp-unknown' }, this.toggle, ' Unknown inputs: repeat in plausible worlds'),
      this.body);
  }

  /** True when the comparison is to run in plausible worlds. */
  get enabled(): boolean {
    return this.toggle.checked;
  }

  values(): UnknownInputsValues {
    return Object.fromEntries(Object.entries(this.fields).map(([k, f]) => [k, f.input.value])) as unknown as UnknownInputsValues;
  }

  /** Shows each error beside its field; returns the first invalid input. */
  showErrors(errors: FieldErrors): HTMLElement | null {
    let first: HTMLElement | null = null;
    for (const [key, f] of Object.entries(this.fields)) {
      f.setError(errors[key] ?? null);
      if (errors[key] && first === null) first = f.input;
    }
    return first;
  }
}

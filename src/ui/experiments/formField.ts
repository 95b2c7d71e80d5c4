/**
 * One labelled input with its error line, as the Experiments panel's forms use them: the error
 * sits right under the input, is tied to it with aria-describedby, and the input is marked
 * aria-invalid while it has one, so a screen reader reads the reason with the field (the same
 * pattern and classes as the Scenario tab's form).
 *
 * @example
 * const seed = textField('xp-seed', 'Seed', '1', 'numeric');
 * form.append(seed.wrap);
 * seed.setError('must be a whole number from 0 to 9007199254740991');
 */
import { h } from '../dom.js';

/** An input, its wrapper (label, input, error) and a way to show or clear its error. */
export interface TextField {
  wrap: HTMLElement;
  input: HTMLInputElement;
  setError(message: string | null): void;
}

/**
 * A labelled text input (numbers are typed as text: the form checks them itself, in words,
 * instead of the browser's own number validation, which differs between browsers).
 */
export function textField(id: string, label: string, value: string, mode: 'numeric' | 'decimal'): TextField {
  const input = h('input', { id, className: 'ix-input', type: 'text', value, inputMode: mode, spellcheck: false, autocomplete: 'off' });
  const error = h('span', { id: `${id}-error`, className: 'ix-field-error', attrs: { 'aria-live': 'off' } });
  input.setAttribute('aria-describedby', error.id);
  const wrap = h('label', { className: 'ix-form-item ix-xp-field', htmlFor: id }, h('span', {}, label), input, error);
  return { wrap, input, setError: (message) => setError(input, error, message) };
}

/**
 * Shows `message` as the error of `control` (or clears it with null).
 *
 * @example
 * setError(input, span, 'step must be > 0');
 */
export function setError(control: HTMLElement, error: HTMLElement, message: string | null): void {
  error.textContent = message ?? '';
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** A labelled select with an error line. */
export interface SelectField {
  wrap: HTMLElement;
  select: HTMLSelectElement;
  setError(message: string | null): void;
}

/** A labelled select over `options` (value, text). */
export function selectField(id: string, label: string, options: { value: string; label: string; disabled?: boolean }[]): SelectField {
  const select = h('select', { id, className: 'ix-select' });
  fillOptions(select, options);
  const error = h('span', { id: `${id}-error`, className: 'ix-field-error' });
  select.setAttribute('aria-describedby', error.id);
  const wrap = h('label', { className: 'ix-form-item ix-xp-field', htmlFor: id }, h('span', {}, label), select, error);
  return { wrap, select, setError: (message) => setError(select, error, message) };
}

/** Replaces a select's options, keeping its value when it is still there. */
export function fillOptions(select: HTMLSelectElement, options: { value: string; label: string; disabled?: boolean }[]): void {
  const was = select.value;
  select.replaceChildren(...options.map((o) => {
    const option = new Option(o.label, o.value);
    option.disabled = o.disabled === true;
    return option;
  }));
  if (options.some((o) => o.value === was && !o.disabled)) select.value = was;
}

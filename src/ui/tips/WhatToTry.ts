/**
 * The first-visit "What to try" box: three or four suggestions, each with a button that starts
 * it (tips.ts), a Close button, and a note on how to get it back. It sits in the flow of the side
 * panel's Numbers tab, above the numbers, so it never covers the facility, the charts or any
 * results. Closing it is remembered in this browser; a trainer switches it off for good with
 * the checkbox the page supplies (`toggle`, in the Scenario tab) or `?tips=0` in the address.
 *
 * @example
 * const tips = new WhatToTry(byId('what-to-try'), { start: (tip) => run(tip) }, localStorage, location.search);
 */
import { h } from '../dom.js';
import { TIPS, type Tip } from './tips.js';
import { rememberTips, tipsEnabled, tipsShown, type TipsStorage } from './tipsPreference.js';
import './tips.css';

export interface TipHandlers {
  /** Starts what a suggestion suggests. */
  start(tip: Tip): void;
}

export class WhatToTry {
  private readonly box: HTMLElement;

  constructor(private readonly root: HTMLElement, handlers: TipHandlers, private readonly storage: TipsStorage | null, search: string) {
    const close = h('button', { type: 'button', id: 'tips-close', className: 'ix-button' }, 'Close');
    close.title = 'Hide these suggestions (remembered in this browser)';
    close.addEventListener('click', () => this.close());
    const list = h('ul', { className: 'ix-tips-list' }, ...TIPS.map((tip) => {
      const go = h('button', { type: 'button', className: 'ix-button ix-try-go', id: `tip-${tip.id}` }, tip.button);
      go.addEventListener('click', () => handlers.start(tip));
      return h('li', { className: 'ix-try' }, h('span', { className: 'ix-try-text' }, tip.text), go);
    }));
    this.box = h('section', { className: 'ix-tips', attrs: { 'aria-labelledby': 'tips-title' } },
      h('div', { className: 'ix-tips-head' }, h('h3', { id: 'tips-title', className: 'ix-tips-title' }, 'What to try'), close),
      list,
      h('p', { className: 'ix-hint' }, 'Trainers: switch these off for this browser in the Scenario tab, or add ?tips=0 to the address.'));
    root.replaceChildren(this.box);
    root.hidden = !tipsShown(search, storage);
  }

  /** True while the box is on the page. */
  get shown(): boolean {
    return !this.root.hidden;
  }

  /** Hides the box and remembers it in this browser. */
  close(): void {
    this.root.hidden = true;
    rememberTips(this.storage, false);
  }

  /**
   * A trainer's switch for the Scenario tab: "Show 'What to try' to first-time visitors", checked
   * while the box is enabled in this browser; unchecking hides the box and remembers it.
   */
  toggle(): HTMLElement {
    const input = h('input', { type: 'checkbox', id: 'tips-enabled', className: 'ix-check', checked: tipsEnabled(this.storage) });
    input.addEventListener('change', () => {
      rememberTips(this.storage, input.checked);
      this.root.hidden = !input.checked;
    });
    return h('label', { htmlFor: input.id, className: 'ix-tips-switch' }, input, ' Show “What to try” when the page opens (in this browser)');
  }
}

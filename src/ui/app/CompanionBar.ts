/**
 * The line under the key numbers that says run B is running beside this run, what B is, and
 * offers to stop it.
 */
import { h } from '../dom.js';

export class CompanionBar {
  private readonly text: HTMLElement;

  constructor(private readonly root: HTMLElement, onStop: () => void) {
    this.text = h('span', { className: 'ix-companion-text' });
    const stop = h('button', { type: 'button', id: 'stop-b', className: 'ix-button ix-button-small' }, 'Stop B');
    stop.addEventListener('click', onStop);
    root.replaceChildren(h('span', { className: 'ix-companion-key', attrs: { 'aria-hidden': 'true' } }, 'B'), this.text, stop);
    root.hidden = true;
  }

  /** Run B is `label`: shown with its numbers under this run's, same seed. */
  show(label: string): void {
    this.text.textContent = `Run B, on the same seed: ${label}. Its numbers are under this run's; its point is the dashed ring.`;
    this.root.hidden = false;
  }

  hide(): void {
    this.root.hidden = true;
  }
}

/**
 * The page's message banner: a refused share link, a worker error. Messages are text (never
 * HTML: a link's problem may quote what the link contained), in a role="alert" region so a
 * screen reader says them once, with a button to dismiss.
 *
 * @example
 * notice.show('The link names an unknown preset ... — showing the baseline instead.', 'warning');
 */
import { h } from './dom.js';

export class Notice {
  private readonly text: HTMLElement;

  constructor(private readonly root: HTMLElement) {
    root.setAttribute('role', 'alert');
    root.hidden = true;
    this.text = h('p', { className: 'ix-notice-text', id: 'notice-text' });
    const close = h('button', { type: 'button', className: 'ix-button ix-notice-close', attrs: { 'aria-label': 'Dismiss this message' } }, 'Dismiss');
    close.addEventListener('click', () => this.clear());
    root.append(this.text, close);
  }

  show(message: string, tone: 'warning' | 'error' = 'warning'): void {
    this.text.textContent = message;
    this.root.dataset.tone = tone;
    this.root.hidden = false;
  }

  clear(): void {
    this.root.hidden = true;
    this.text.textContent = '';
  }
}

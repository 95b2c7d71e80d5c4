/**
 * "Share this run": the link to the current run (preset, changes, seed, days in the fragment) in
 * a read-only field, and a button that copies it. The page's own address is kept in step with
 * the run (history.replaceState), so a bookmark or a copied address bar reproduces it too.
 *
 * @example
 * const share = new SharePanel(byId('share'));
 * share.show(encodeShareLink(spec));
 */
import { h } from '../dom.js';

export class SharePanel {
  private readonly field: HTMLInputElement;
  private readonly status: HTMLElement;

  constructor(root: HTMLElement) {
    this.field = h('input', { type: 'text', id: 'share-link', className: 'ix-input ix-share-field', readOnly: true, attrs: { 'aria-label': 'Link to this run' } });
    this.field.addEventListener('focus', () => this.field.select());
    const copy = h('button', { type: 'button', id: 'copy-link', className: 'ix-button' }, 'Copy link');
    copy.addEventListener('click', () => void this.copy());
    this.status = h('span', { className: 'ix-hint', id: 'share-status', attrs: { 'aria-live': 'polite' } });
    root.append(h('label', { htmlFor: 'share-link', className: 'ix-share-label' }, 'Share this run'), this.field, copy, this.status);
  }

  /** Shows the link for `fragment` and puts it in the address bar (without a new history entry). */
  show(fragment: string): void {
    const url = new URL(globalThis.location.href);
    url.hash = fragment;
    this.field.value = url.href;
    if (globalThis.location.hash.slice(1) !== fragment) history.replaceState(null, '', url.href);
    this.status.textContent = '';
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.field.value);
      this.status.textContent = 'Copied.';
    } catch {
      // No clipboard permission (an http page, a locked-down browser): leave it selected to copy by hand.
      this.field.focus();
      this.field.select();
      this.status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  }
}

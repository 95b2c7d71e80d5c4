/**
 * What every panel of the Experiments section is built in and taken down by: the two columns
 * (the setup on the left, the results on the right, one column on narrow screens) inside a
 * section that carries the panel's state for styles and tests, and the handle that stops the
 * panel's runs and clock and empties its place on the page.
 *
 * @example
 * const { panel, setup, results } = panelFrame(root, 'ix-xp ix-fit', { 'aria-label': 'Fit' }, { 'aria-labelledby': 'fit-results-heading' });
 * return panelHandle(root, runner, progress, () => { destroyed = true; });
 */
import { h } from '../dom.js';

/** The panel's section and its two columns. */
export interface PanelFrame {
  panel: HTMLElement;
  setup: HTMLElement;
  results: HTMLElement;
}

/** Builds the frame inside `root`, replacing its content; `panelAttrs` name the panel, `resultsAttrs` the results region. */
export function panelFrame(root: HTMLElement, className: string, panelAttrs: Record<string, string>, resultsAttrs: Record<string, string>): PanelFrame {
  const panel = h('section', { className, attrs: { ...panelAttrs, 'data-state': 'idle' } });
  const setup = h('div', { className: 'ix-xp-setup-col' });
  const results = h('div', { className: 'ix-xp-results-col', attrs: { role: 'region', ...resultsAttrs } });
  panel.append(h('div', { className: 'ix-xp-layout' }, setup, results));
  root.replaceChildren(panel);
  return { panel, setup, results };
}

/** The handle a mounted panel returns: `first` (the panel's own clean-up), then its runs stopped, its clock stopped, its place emptied. */
export function panelHandle(root: HTMLElement, runner: { close(): void }, progress: { destroy(): void }, first: () => void = () => {}): { destroy(): void } {
  return {
    destroy(): void {
      first();
      runner.close();
      progress.destroy();
      root.replaceChildren();
    },
  };
}

/**
 * Refreshes the panel's scenario pickers when the pointer comes over it, unless a run is going
 * (the Scenario tab may have changed the current scenario since); returns the way to stop.
 */
export function refreshOnPointer(panel: HTMLElement, runner: { readonly state: string }, refresh: () => void): () => void {
  const onPointer = (): void => {
    if (runner.state !== 'running') refresh();
  };
  panel.addEventListener('pointerenter', onPointer);
  return () => panel.removeEventListener('pointerenter', onPointer);
}

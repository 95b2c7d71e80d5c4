/**
 * The Run and Cancel buttons, the progress bar with runs done out of the total and the time
 * left, and the status line. The status line is an aria-live region that speaks only at
 * milestones (started, finished, cancelled, failed), not at every run, which would drown a
 * screen reader; the bar's own text is there for anyone who looks.
 *
 * @example
 * const progress = new RunProgress(root, { run: start, cancel: () => controller.abort() });
 * progress.start(40, 'Running 40 runs on 2 workers…');
 * progress.update(12);
 * progress.end('Done: 40 runs in 31 s.', 'done');
 */
import { h } from '../dom.js';
import { progressText } from './progressText.js';

/** How an experiment ended. */
export type EndState = 'done' | 'cancelled' | 'failed';

/** Real time between refreshes of the time left while no run finishes, ms. */
const TICK_MS = 1000;

export class RunProgress {
  readonly runButton: HTMLButtonElement;
  readonly cancelButton: HTMLButtonElement;
  private readonly bar: HTMLProgressElement;
  private readonly text: HTMLElement;
  private readonly status: HTMLElement;
  private readonly box: HTMLElement;
  private total = 0;
  private done = 0;
  private started = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  /** `ids` prefixes the elements' ids (`xp-run`, `xp-progress`, …), so two panels can each have one. */
  constructor(root: HTMLElement, actions: { run(): void; cancel(): void }, ids = 'xp') {
    this.runButton = h('button', { id: `${ids}-run`, type: 'button', className: 'ix-button ix-button-primary' }, 'Run sweep');
    this.cancelButton = h('button', { id: `${ids}-cancel`, type: 'button', className: 'ix-button', disabled: true }, 'Cancel');
    this.runButton.addEventListener('click', () => actions.run());
    this.cancelButton.addEventListener('click', () => actions.cancel());
    this.bar = h('progress', { id: `${ids}-progress`, className: 'ix-xp-bar', max: 1, value: 0, attrs: { 'aria-label': 'Experiment progress' } });
    this.text = h('span', { id: `${ids}-progress-text`, className: 'ix-xp-progress-text' });
    this.status = h('p', { id: `${ids}-status`, className: 'ix-xp-status', attrs: { 'aria-live': 'polite', role: 'status' } });
    this.box = h('div', { className: 'ix-xp-progress', hidden: true }, this.bar, this.text);
    root.append(h('div', { className: 'ix-xp-actions' }, this.runButton, this.cancelButton), this.box, this.status);
  }

  /** The Run button's words for the chosen experiment. */
  setRunLabel(text: string): void {
    this.runButton.textContent = text;
  }

  /** An experiment of `total` runs starts. */
  start(total: number, status: string): void {
    this.total = total;
    this.done = 0;
    this.started = performance.now();
    this.box.hidden = false;
    this.box.dataset.state = 'running';
    this.bar.max = Math.max(1, total);
    this.runButton.disabled = true;
    this.cancelButton.disabled = false;
    this.status.textContent = status;
    this.render();
    this.stopTimer();
    this.timer = setInterval(() => this.render(), TICK_MS);
  }

  /** The total turned out different from the plan (an optimization plans its most runs, and may need fewer). */
  setTotal(total: number): void {
    this.total = total;
    this.bar.max = Math.max(1, total);
    this.render();
  }

  /** `done` runs have finished. */
  update(done: number): void {
    this.done = done;
    this.render();
  }

  /** The experiment ended; `status` says how, in words. */
  end(status: string, state: EndState): void {
    this.stopTimer();
    this.box.dataset.state = state;
    this.runButton.disabled = false;
    this.cancelButton.disabled = true;
    this.render();
    this.status.textContent = status;
  }

  /** Says something in the status line (a refusal to start, for instance). */
  say(status: string): void {
    this.status.textContent = status;
  }

  /** Stops the clock (the panel is going away). */
  destroy(): void {
    this.stopTimer();
  }

  private render(): void {
    this.bar.value = this.done;
    const running = this.box.dataset.state === 'running';
    const text = progressText(this.done, this.total, performance.now() - this.started);
    // Once ended, the estimate of time left means nothing; keep the count.
    this.text.textContent = running ? text : text.replace(/ · .*$/, '');
    this.bar.setAttribute('aria-valuetext', this.text.textContent);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}

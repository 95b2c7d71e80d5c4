/**
 * The screen-reader summary of the facility: a polite live region that speaks a short summary
 * at a calm pace (every 15 s of real time while the run plays) and when the run pauses, so a
 * listener follows the run without being interrupted by every frame. The text comes from the
 * metrics panel (`summaryText()`); the run's end is announced by the metrics panel itself.
 *
 * @example
 * const announcer = new Announcer(byId('announcer'), () => metrics.summaryText());
 * controls.onChange((state) => announcer.runState(state));
 */
import type { RunState } from './run/RunControls.js';

/** Real time between announcements while running, ms. */
export const ANNOUNCE_EVERY_MS = 15_000;

export class Announcer {
  private timer: ReturnType<typeof setInterval> | null = null;
  private last = '';
  private state: RunState = 'idle';

  constructor(private readonly region: HTMLElement, private readonly summary: () => string) {
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
  }

  /** Follows the run's state: announce periodically while running, once on pause. */
  runState(state: RunState): void {
    if (state === this.state) return;
    const was = this.state;
    this.state = state;
    if (state === 'running') {
      this.timer ??= setInterval(() => this.say(this.summary()), ANNOUNCE_EVERY_MS);
      return;
    }
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (state === 'paused' && was === 'running') this.say(`Paused. ${this.summary()}`);
  }

  /** Speaks `text` unless it is what was said last (a repeat is noise). */
  say(text: string): void {
    if (text === this.last) return;
    this.last = text;
    this.region.textContent = text;
  }
}

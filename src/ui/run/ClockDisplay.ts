/**
 * The simulated clock in the header ("Day 1, 14:32") and a thin bar of the run's progress. The
 * element carries the time since the run opened in `data-time` (seconds of statistics: 0 at the
 * opening, after any warm-up), the kernel's event count in
 * `data-events` and whether the worker is running in `data-running`, which the end-to-end tests
 * read. It is a timer, not a live region: a screen
 * reader reads it when asked, and the announcer speaks the calm summaries.
 */
import { formatSimClock } from '../format/simClock.js';
import { h } from '../dom.js';
import { LIVE_WARMUP_DAYS } from '../../model/liveRun.js';

export class ClockDisplay {
  private readonly text: HTMLElement;
  private readonly bar: HTMLElement;
  private shown = '';

  constructor(private readonly root: HTMLElement) {
    root.setAttribute('role', 'timer');
    root.setAttribute('aria-label', 'Simulated time');
    this.text = h('span', { className: 'ix-clock-text' });
    const track = h('span', { className: 'ix-clock-track', attrs: { 'aria-hidden': 'true' } });
    this.bar = h('span', { className: 'ix-clock-bar' });
    track.append(this.bar);
    root.append(this.text, track);
    // Until the first frame: the opening every live run starts at (model/liveRun.ts).
    const opening = LIVE_WARMUP_DAYS * 86_400;
    this.show({ time: opening, endTime: opening + 86_400, statsStart: opening, events: 0 }, false);
  }

  /** Shows a snapshot's time: the clock reads the run's day and time of day, the bar the share done. */
  show(at: { time: number; endTime: number; statsStart: number; events: number }, running: boolean): void {
    const text = formatSimClock(at.time, at.statsStart);
    const time = at.time - at.statsStart;
    const endTime = at.endTime - at.statsStart;
    const events = at.events;
    if (text !== this.shown) {
      this.text.textContent = text;
      this.shown = text;
    }
    this.root.dataset.time = String(time);
    this.root.dataset.events = String(events);
    this.root.dataset.running = String(running);
    // A transform, not a width: the compositor moves it without repainting the header.
    this.bar.style.transform = `scaleX(${Math.min(1, time / Math.max(1, endTime)).toFixed(4)})`;
    this.root.title = `${Math.round((100 * time) / Math.max(1, endTime))}% of the run`;
  }
}

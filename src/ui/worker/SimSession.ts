/**
 * The simulation worker's brain, without the worker: it owns one Facility at a time, answers
 * the page's messages (load, play, pause, step, change, advance, story) and paces the run with a RunLoop. The host
 * (the real worker in `simWorker.ts`, or a test) supplies posting, timers and the clock, so this
 * runs unchanged in Node.
 *
 * Frames carry the snapshot and the hourly rows completed since the last frame. While playing, a
 * frame is sent at most every `frameMs`, and only once the page has said it is 'ready' for
 * another (it has drawn the last one): a slow page gets fewer frames instead of a growing queue,
 * and rows are never lost because each frame carries every row since the one before. Load,
 * pause, step and the end always send a frame at once, so the page shows where the run stopped. Any error (bad input, a conservation failure)
 * becomes an 'error' message with a plain text, never an uncaught exception.
 *
 * @example
 * const session = new SimSession({ post: (m) => postMessage(m), later: (ms, fn) => setTimeout(fn, ms), now: () => performance.now() });
 * session.handle({ type: 'load', runId: 1, scenario, seed: 1, days: 1 });
 * session.handle({ type: 'play', speed: 600 });
 */
import { buildResults, Facility, takeSnapshot } from '../../model/index.js';
import { formatErrors, parseScenario, type RunChange, type RunChangeRequest } from '../../scenario/index.js';
import type { FromWorker, StepReport, ToWorker } from '../protocol.js';
import { describeEvent, type SteppedEvent } from './steppedEvent.js';
import { liveRunOptions } from '../../model/liveRun.js';
import { RunLoop, type RunLoopOptions } from './RunLoop.js';

/** What the session needs from its surroundings. */
export interface SessionHost {
  post(message: FromWorker): void;
  /** Calls `fn` after `ms` of real time (0: as soon as the event loop is free). */
  later(ms: number, fn: () => void): void;
  /** Real time, ms. */
  now(): number;
}

interface Run {
  id: number;
  facility: Facility;
  loop: RunLoop;
  rowsSent: number;
  finishedSent: boolean;
}

export class SimSession {
  private run: Run | null = null;
  private tickQueued = false;
  /** A frame was sent and the page has not yet said it is ready for another. */
  private frameInFlight = false;

  constructor(private readonly host: SessionHost, private readonly loopOptions: Partial<RunLoopOptions> = {}) {}

  /** Handles one message from the page. */
  handle(message: ToWorker): void {
    try {
      this.dispatch(message);
    } catch (e) {
      this.fail(e);
    }
  }

  private dispatch(m: ToWorker): void {
    if (m.type === 'load') {
      // The run opens warm (model/liveRun.ts): the warm-up is run here, before the first frame, and
      // its hourly rows are not sent (the page's charts start at the opening).
      const facility = new Facility(m.scenario, { ...liveRunOptions(m.seed, m.days), stories: true });
      facility.advance(facility.statsStart);
      const rowsSent = facility.hourly.rows.length;
      this.run = { id: m.runId, facility, loop: new RunLoop(facility, () => this.host.now(), this.loopOptions), rowsSent, finishedSent: false };
      this.sendFrame(this.run);
      return;
    }
    if (m.type === 'ready') {
      this.frameInFlight = false;
      return;
    }
    if (m.type === 'advance') {
      if (this.run === null || this.run.id !== m.runId) return;
      this.run.facility.advance(m.until);
      const f = this.run.facility;
      this.host.post({ type: 'progress', runId: m.runId, time: f.kernel.now, finished: f.finished, results: buildResults(f) });
      return;
    }
    if (m.type === 'change') {
      if (this.run === null || this.run.id !== m.runId) return; // a change meant for a run since replaced
      this.change(this.run, m.requests);
      return;
    }
    if (m.type === 'story') {
      this.host.post({ type: 'story', requestId: m.requestId, story: this.run?.facility.story(m.id) ?? null });
      return;
    }
    const run = this.run;
    if (run === null) throw new Error(`'${m.type}' arrived before any run was loaded`);
    if (m.type === 'play') {
      run.loop.play(m.speed);
      this.sendFrame(run);
      this.queueTick(0);
    } else if (m.type === 'pause') {
      run.loop.pause();
      this.sendFrame(run);
    } else {
      this.sendFrame(run, this.step(run, m.unit));
      this.sendFinishedOnce(run);
    }
  }

  /**
   * Schedules live changes, after checking the scenario with them appended as a file would be
   * checked; answers with the changes as recorded (each with its minute) or why none were made.
   */
  private change(run: Run, requests: RunChangeRequest[]): void {
    const f = run.facility;
    const candidate = { ...f.scenario, changesDuringRun: [...f.changes, ...requests.map((r) => ({ ...r, atMinute: 0 }) as RunChange)] };
    const checked = parseScenario(candidate);
    if (!checked.ok) throw new Error(`the change was refused: ${formatErrors(checked.errors)}`);
    const made: RunChange[] = [];
    for (const r of requests) {
      const c = f.changeNext(r);
      if (c === null) {
        this.host.post({ type: 'changed', runId: run.id, changes: made, refused: 'the run ends before the next minute' });
        return;
      }
      made.push(c);
    }
    this.host.post({ type: 'changed', runId: run.id, changes: made, refused: null });
    this.sendFrame(run);
  }

  private queueTick(ms: number): void {
    if (this.tickQueued) return;
    this.tickQueued = true;
    this.host.later(ms, () => {
      this.tickQueued = false;
      try {
        this.tick();
      } catch (e) {
        this.run?.loop.pause();
        this.fail(e);
      }
    });
  }

  private tick(): void {
    const run = this.run;
    if (run === null || !run.loop.running) return;
    const wait = run.loop.tick();
    if (wait === null || (!this.frameInFlight && run.loop.frameDue())) this.sendFrame(run);
    if (wait === null) this.sendFinishedOnce(run);
    else this.queueTick(wait);
  }

  /** Steps, watching the kernel to say what ran: the event (seen before its handler) or the count. */
  private step(run: Run, unit: 'event' | 'minute'): StepReport {
    const k = run.facility.kernel;
    const before = k.fired;
    if (unit === 'minute') {
      run.loop.step(unit);
      return { unit, events: k.fired - before };
    }
    let event: SteppedEvent | null = null;
    k.observer = (time, type, payload) => (event = describeEvent(run.facility, type, payload, time));
    try {
      run.loop.step(unit);
    } finally {
      k.observer = null;
    }
    return { unit, event };
  }

  private sendFrame(run: Run, stepped?: StepReport): void {
    const rows = run.facility.hourly.rows;
    const newRows = rows.slice(run.rowsSent);
    run.rowsSent = rows.length;
    run.loop.frameSent();
    this.frameInFlight = true;
    this.host.post({ type: 'frame', runId: run.id, snapshot: takeSnapshot(run.facility), newRows, running: run.loop.running, ...(stepped ? { stepped } : {}) });
  }

  private sendFinishedOnce(run: Run): void {
    if (!run.loop.finished || run.finishedSent) return;
    run.finishedSent = true;
    this.host.post({ type: 'finished', runId: run.id, results: buildResults(run.facility) });
  }

  private fail(e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    this.host.post({ type: 'error', runId: this.run?.id ?? null, message });
  }
}

/**
 * The page's side of the simulation worker: sends commands, numbers each run so that messages
 * from a replaced run are dropped, and turns story requests into promises. It holds no
 * simulation state; the worker owns the run.
 *
 * @example
 * const sim = new SimClient(worker);
 * sim.listen({ frame: (f) => draw(f.snapshot), finished: show, error: alert });
 * sim.load(scenario, 1, 1);
 * sim.play(600);
 */
import type { ParcelStory, RunResults } from '../../model/index.js';
import type { RunChange, RunChangeRequest, Scenario } from '../../scenario/index.js';
import type { FromWorker, Speed } from '../protocol.js';

export type Frame = Extract<FromWorker, { type: 'frame' }>;

export interface SimHandlers {
  frame(frame: Frame): void;
  finished(results: RunResults): void;
  error(message: string): void;
  /** Live changes were scheduled (each with its minute), or refused with the reason. */
  changed?(changes: RunChange[], refused: string | null): void;
}

export class SimClient {
  private runId = 0;
  private requestId = 0;
  private readonly pending = new Map<number, (story: ParcelStory | null) => void>();
  private readonly listeners: SimHandlers[] = [];

  constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      for (const l of this.listeners) l.error(e.message || 'the simulation worker failed to start');
    };
  }

  /** Subscribes to the frames, the end and the errors of the runs (the page's parts are created
   *  after the client they ask for stories, so they listen rather than being passed in). */
  listen(handlers: SimHandlers): void {
    this.listeners.push(handlers);
  }

  /** Starts a new run, paused at time 0; messages of earlier runs are ignored from now on. */
  load(scenario: Scenario, seed: number, days: number): void {
    this.runId += 1;
    this.worker.postMessage({ type: 'load', runId: this.runId, scenario, seed, days });
  }

  play(speed: Speed): void {
    this.worker.postMessage({ type: 'play', speed });
  }

  pause(): void {
    this.worker.postMessage({ type: 'pause' });
  }

  step(unit: 'event' | 'minute'): void {
    this.worker.postMessage({ type: 'step', unit });
  }

  /** Changes staffing or rules of the current run from its next whole minute (answered through `changed`). */
  change(requests: RunChangeRequest[]): void {
    this.worker.postMessage({ type: 'change', runId: this.runId, requests });
  }

  /** The story of parcel `id` as the worker knows it now (null if it is no longer kept). */
  story(id: number): Promise<ParcelStory | null> {
    this.requestId += 1;
    const requestId = this.requestId;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.worker.postMessage({ type: 'story', id, requestId });
    });
  }

  private receive(m: FromWorker): void {
    // Say "ready for another" once this frame has been drawn (the next animation frame), even for
    // a frame of a replaced run: the worker paces itself on these.
    if (m.type === 'frame') requestAnimationFrame(() => this.worker.postMessage({ type: 'ready' }));
    if (m.type === 'story') {
      this.pending.get(m.requestId)?.(m.story);
      this.pending.delete(m.requestId);
    } else if (m.type === 'error') {
      if (m.runId === null || m.runId === this.runId) for (const l of this.listeners) l.error(m.message);
    } else if (m.runId === this.runId) {
      for (const l of this.listeners) {
        if (m.type === 'frame') l.frame(m);
        else if (m.type === 'changed') l.changed?.(m.changes, m.refused);
        else l.finished(m.results);
      }
    }
  }
}

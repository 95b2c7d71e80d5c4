/**
 * Run B beside run A: a second scenario on the same seed and days (common random numbers, so the
 * difference between them is the change and not luck), run in a worker of its own that keeps pace
 * with the run on screen. It is not animated: each time A's clock moves, B is asked to run to the
 * same simulated time and answers with its results so far, which the page shows as B's key numbers
 * and B's point on the trade-off plot.
 *
 * Pacing: at most one request is in flight; while B works, only the latest time A reached is kept,
 * so a B slower than A catches up in large steps instead of queueing a backlog of requests.
 *
 * @example
 * const b = new CompanionRun(() => new Worker(url, { type: 'module' }), (u) => show(u));
 * b.start({ label: 'exam staff 2', scenario, seed: 1, days: 1 });
 * b.follow(3600); // A's clock reached 01:00
 */
import type { RunResults } from '../../model/index.js';
import type { Scenario } from '../../scenario/index.js';
import type { FromWorker, ToWorker } from '../protocol.js';

/** What a companion needs of a worker (a Web Worker, or a fake in tests). */
export interface CompanionPort {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
}

/** Run B's settings: a name for people, the scenario, and A's seed and days. */
export interface CompanionSpec {
  label: string;
  scenario: Scenario;
  seed: number;
  days: number;
}

/** Where run B stands; null when there is no run B (or it was stopped). */
export type CompanionUpdate = { label: string; time: number; results: RunResults } | { label: string; error: string } | null;

export class CompanionRun {
  private port: CompanionPort | null = null;
  private current: CompanionSpec | null = null;
  private runId = 0;
  private inFlight = false;
  private wanted = 0;
  private reached = 0;
  /** Run B reached its end: nothing more to ask for. */
  private done = false;

  constructor(private readonly createPort: () => CompanionPort, private readonly onUpdate: (update: CompanionUpdate) => void) {}

  /** Run B's settings, or null when there is none. */
  get spec(): CompanionSpec | null {
    return this.current;
  }

  /** Starts run B from time 0 (replacing any earlier B). */
  start(spec: CompanionSpec): void {
    this.current = spec;
    this.port ??= this.connect();
    this.runId += 1;
    this.inFlight = false;
    this.wanted = 0;
    this.reached = 0;
    this.done = false;
    this.port.postMessage({ type: 'load', runId: this.runId, scenario: spec.scenario, seed: spec.seed, days: spec.days });
  }

  /** Starts run B again from time 0, with A's (new) seed and days. */
  restart(seed: number, days: number): void {
    if (this.current !== null) this.start({ ...this.current, seed, days });
  }

  /** Run A's clock reached `time` (seconds; Infinity: A ended): run B follows, up to its own end. */
  follow(time: number): void {
    if (this.current === null) return;
    this.wanted = Math.max(this.wanted, time);
    this.pump();
  }

  /** Ends the comparison: no run B any more. */
  stop(): void {
    this.current = null;
    this.runId += 1;
    this.inFlight = false;
    this.onUpdate(null);
  }

  private connect(): CompanionPort {
    const port = this.createPort();
    port.onmessage = (e) => this.receive(e.data);
    return port;
  }

  private pump(): void {
    if (this.current === null || this.inFlight || this.done || this.port === null || this.wanted <= this.reached) return;
    this.inFlight = true;
    this.port.postMessage({ type: 'advance', runId: this.runId, until: this.wanted });
  }

  private receive(m: FromWorker): void {
    if (this.current === null) return;
    if (m.type === 'error') {
      if (m.runId !== null && m.runId !== this.runId) return;
      this.inFlight = false;
      this.onUpdate({ label: this.current.label, error: m.message });
      return;
    }
    if (m.type !== 'progress' || m.runId !== this.runId) return;
    this.inFlight = false;
    this.reached = m.time;
    this.done = m.finished;
    this.onUpdate({ label: this.current.label, time: m.time, results: m.results });
    this.pump();
  }
}

/** A Web Worker as a companion's port. */
export function workerPort(worker: Worker): CompanionPort {
  const port: CompanionPort = { postMessage: (m) => worker.postMessage(m), onmessage: null };
  worker.onmessage = (e: MessageEvent<FromWorker>) => port.onmessage?.(e);
  return port;
}

/**
 * What every experiment run of the Experiments section shares (a sweep or comparison,
 * `ExperimentRun.ts`; an optimization, `OptimizeRun.ts`; a fit, `FitRun.ts`; the adversary
 * rounds, `AdversaryPlay.ts`): its state, one pool of workers created on
 * the first run and kept for the next, one abort controller per run, cancel and close. The
 * subclasses hold the flow of their own kind of experiment.
 */
import type { Executor } from '../../experiments/index.js';

/** The pool an experiment runs on (Web Workers in the page, in-process in tests). */
export interface ExperimentPool {
  run: Executor;
  close(): void;
  readonly size: number;
}

export interface ExperimentPorts {
  /** Creates the pool on the first run; it is kept for the next ones. */
  pool(): ExperimentPool;
  /** Milliseconds, for the time a run took. */
  now(): number;
}

/** Where the runner is. */
export type ExperimentState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export abstract class PooledRun {
  private currentState: ExperimentState = 'idle';
  private controller: AbortController | null = null;
  private pool: ExperimentPool | null = null;

  constructor(protected readonly ports: ExperimentPorts) {}

  get state(): ExperimentState {
    return this.currentState;
  }

  /** Workers of the pool (0 before the first run). */
  get workers(): number {
    return this.pool?.size ?? 0;
  }

  /** Cancels the running experiment, if any; what finished is kept. */
  cancel(): void {
    this.controller?.abort();
  }

  /** Cancels and lets the workers go. */
  close(): void {
    this.cancel();
    this.pool?.close();
  }

  /** Starts a run: the pool (created on first use) and this run's controller; null while one is running. */
  protected begin(): { pool: ExperimentPool; controller: AbortController } | null {
    if (this.currentState === 'running') return null;
    const pool = (this.pool ??= this.ports.pool());
    const controller = (this.controller = new AbortController());
    this.currentState = 'running';
    return { pool, controller };
  }

  /** Ends the run in `state` and hands back `end`. */
  protected finish<E extends { state: Exclude<ExperimentState, 'idle' | 'running'> }>(end: E): E {
    this.controller = null;
    this.currentState = end.state;
    return end;
  }
}

/** An error in words. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e ?? 'unknown error');
}

/**
 * One optimization as the Optimize panel runs it, apart from the page: its state (idle, running,
 * done, cancelled, failed), its pool and clock injected, and what it says at the end. The panel
 * (`OptimizePanel.ts`) is the DOM face; this part holds the flow, so it is tested in Node with an
 * in-process pool (test/ui/experiments/OptimizeRun.test.ts). The pool is the same kind the
 * sweeps use (Web Workers in the page), so the result does not depend on how many there are.
 *
 * @example
 * const runner = new OptimizeRun({ pool: () => createWebWorkerPool(), now: () => performance.now() });
 * const end = await runner.start(problem, (done) => progress.update(done));
 */
import { optimize, probabilityText, type OptimizeProblem, type OptimizeResult } from '../../experiments/index.js';
import type { ExperimentPool, ExperimentPorts, ExperimentState } from './ExperimentRun.js';
import { formatDuration } from './progressText.js';

/** How an optimization ended, in the panel's words. */
export interface OptimizeEnd {
  state: Exclude<ExperimentState, 'idle' | 'running'>;
  result: OptimizeResult | null;
  message: string;
}

export class OptimizeRun {
  private currentState: ExperimentState = 'idle';
  private controller: AbortController | null = null;
  private pool: ExperimentPool | null = null;

  constructor(private readonly ports: ExperimentPorts) {}

  get state(): ExperimentState {
    return this.currentState;
  }

  /** Workers of the pool (0 before the first run). */
  get workers(): number {
    return this.pool?.size ?? 0;
  }

  /** Runs `problem`, reporting runs done; resolves with how it ended (never rejects); null while one is running. */
  async start(problem: OptimizeProblem, onProgress: (done: number) => void): Promise<OptimizeEnd | null> {
    if (this.currentState === 'running') return null;
    const pool = (this.pool ??= this.ports.pool());
    const controller = (this.controller = new AbortController());
    this.currentState = 'running';
    const started = this.ports.now();
    let result: OptimizeResult;
    let error: unknown;
    try {
      ({ result, error } = await optimize(problem, pool.run, { signal: controller.signal, onProgress: (done) => onProgress(done) }));
    } catch (e) {
      return this.end({ state: 'failed', result: null, message: `The optimization could not run: ${message(e)}` });
    }
    const state = result.complete ? 'done' : controller.signal.aborted ? 'cancelled' : 'failed';
    if (state === 'failed') pool.close();
    const made = `${result.runsMade} run${result.runsMade === 1 ? '' : 's'}`;
    const workers = `${pool.size} Web Worker${pool.size === 1 ? '' : 's'}`;
    const shown = result.finalists.length > 0 ? result : null;
    return this.end({
      state, result: shown,
      message: state === 'done'
        ? `Done: ${made} in ${formatDuration(this.ports.now() - started)} on ${workers}. Chosen with an approximate probability of ${probabilityText(result.chosen?.probabilityBest ?? NaN)} of being the best of the ${result.finalists.length} finalists.`
        : state === 'cancelled'
          ? `Cancelled after ${made}. ${cancelledWords(result)}`
          : `The optimization stopped with an error after ${made}: ${message(error)}.`,
    });
  }

  /** Cancels the running optimization, if any. */
  cancel(): void {
    this.controller?.abort();
  }

  /** Cancels and lets the workers go. */
  close(): void {
    this.cancel();
    this.pool?.close();
  }

  private end(end: OptimizeEnd): OptimizeEnd {
    this.controller = null;
    this.currentState = end.state;
    return end;
  }
}

/** What a cancelled optimization leaves: a choice without its check, the best so far, or nothing. */
function cancelledWords(result: OptimizeResult): string {
  if (result.chosen !== null) return 'The selection had finished: the chosen settings are shown, but not checked on fresh seeds.';
  return result.finalists.length > 0 ? 'The best candidates found so far are shown; none was chosen.' : 'Nothing to show.';
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e ?? 'unknown error');
}

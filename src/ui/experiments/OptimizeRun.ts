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
import { errorMessage as message, PooledRun, type ExperimentState } from './PooledRun.js';
import { formatDuration } from './progressText.js';

/** How an optimization ended, in the panel's words. */
export interface OptimizeEnd {
  state: Exclude<ExperimentState, 'idle' | 'running'>;
  result: OptimizeResult | null;
  message: string;
}

export class OptimizeRun extends PooledRun {
  /** Runs `problem`, reporting runs done; resolves with how it ended (never rejects); null while one is running. */
  async start(problem: OptimizeProblem, onProgress: (done: number) => void): Promise<OptimizeEnd | null> {
    const begun = this.begin();
    if (begun === null) return null;
    const { pool, controller } = begun;
    const started = this.ports.now();
    let result: OptimizeResult;
    let error: unknown;
    try {
      ({ result, error } = await optimize(problem, pool.run, { signal: controller.signal, onProgress: (done) => onProgress(done) }));
    } catch (e) {
      return this.finish({ state: 'failed', result: null, message: `The optimization could not run: ${message(e)}` });
    }
    const state = result.complete ? 'done' : controller.signal.aborted ? 'cancelled' : 'failed';
    if (state === 'failed') pool.close();
    const made = `${result.runsMade} run${result.runsMade === 1 ? '' : 's'}`;
    const workers = `${pool.size} Web Worker${pool.size === 1 ? '' : 's'}`;
    const shown = result.finalists.length > 0 ? result : null;
    return this.finish({
      state, result: shown,
      message: state === 'done'
        ? `Done: ${made} in ${formatDuration(this.ports.now() - started)} on ${workers}. Chosen with an approximate probability of ${probabilityText(result.chosen?.probabilityBest ?? NaN)} of being the best of the ${result.finalists.length} finalists.`
        : state === 'cancelled'
          ? `Cancelled after ${made}. ${cancelledWords(result)}`
          : `The optimization stopped with an error after ${made}: ${message(error)}.`,
    });
  }

}

/** What a cancelled optimization leaves: a choice without its check, the best so far, or nothing. */
function cancelledWords(result: OptimizeResult): string {
  if (result.chosen !== null) return 'The selection had finished: the chosen settings are shown, but not checked on fresh seeds.';
  return result.finalists.length > 0 ? 'The best candidates found so far are shown; none was chosen.' : 'Nothing to show.';
}

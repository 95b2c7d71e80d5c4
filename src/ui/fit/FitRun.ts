/**
 * One fit as the "Fit to your facility's data" panel runs it, apart from the page: the simulation
 * grid on the Experiments section's pool of workers (`PooledRun`), progress, cancel, and what it
 * says at the end. The panel (`FitPanel.ts`) is the DOM face; this part holds the flow, so it is
 * tested in Node with an in-process pool (test/ui/fit/FitRun.test.ts). A fit that did not finish
 * has no estimates: its grid is incomplete, so nothing is shown but the message.
 *
 * @example
 * const runner = new FitRun({ pool: () => createWebWorkerPool(), now: () => performance.now() });
 * const end = await runner.start(spec, (done) => progress.update(done));
 */
import { FitRefusal, fitToData, type FitResult, type FitSpec } from '../../experiments/fit/fitModel.js';
import { errorMessage as message, PooledRun, type ExperimentState } from '../experiments/PooledRun.js';
import { formatDuration } from '../experiments/progressText.js';

/** How a fit ended, in the panel's words; `result` only when it finished. */
export interface FitEnd {
  state: Exclude<ExperimentState, 'idle' | 'running'>;
  result: FitResult | null;
  message: string;
}

export class FitRun extends PooledRun {
  /**
   * Runs the fit, reporting runs done out of the total planned (which grows by a grid each time the
   * grid runs again at the fitted prevalence); resolves with how it ended (never rejects); null while one is running.
   */
  async start(spec: FitSpec, onProgress: (done: number, total: number) => void): Promise<FitEnd | null> {
    const begun = this.begin();
    if (begun === null) return null;
    const { pool, controller } = begun;
    const started = this.ports.now();
    let result: FitResult;
    let error: unknown;
    let done = 0;
    try {
      ({ result, error } = await fitToData(spec, pool.run, { signal: controller.signal, onProgress: (d, total) => onProgress((done = d), total) }));
    } catch (e) {
      return this.finish({ state: 'failed', result: null, message: `The fit could not run: ${message(e)}` });
    }
    const runs = `${done} run${done === 1 ? '' : 's'}`;
    if (result.complete) {
      const workers = `${pool.size} Web Worker${pool.size === 1 ? '' : 's'}`;
      return this.finish({ state: 'done', result, message: `Done: ${runs} of one day in ${formatDuration(this.ports.now() - started)} on ${workers}.` });
    }
    if (controller.signal.aborted) {
      return this.finish({ state: 'cancelled', result: null, message: `Cancelled after ${runs}: a fit needs its simulation grids to finish, so there are no estimates.` });
    }
    pool.close();
    if (error instanceof FitRefusal) return this.finish({ state: 'failed', result: null, message: `No fit after ${runs}: ${error.message.replace(/^no fit: /, '')}.` });
    return this.finish({ state: 'failed', result: null, message: `The fit stopped with an error after ${runs}: ${message(error)}.` });
  }
}

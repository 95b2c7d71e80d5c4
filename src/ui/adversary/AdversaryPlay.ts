/**
 * One play of "Smugglers adapt" apart from the page: the rounds run on the injected pool (Web
 * Workers in the page, in-process in tests), each round reported as it is measured, Cancel keeps
 * the rounds finished, and the end is said in words. The panel (`AdversaryPanel.ts`) is its DOM
 * face; this part is tested in Node (test/ui/adversary/AdversaryPlay.test.ts).
 *
 * @example
 * const play = new AdversaryPlay({ pool: () => createWebWorkerPool(), now: () => performance.now() });
 * const end = await play.start(spec, (done) => bar.update(done), (round) => chart.add(round));
 */
import { runAdversary, type AdversaryResult, type AdversaryRound, type AdversarySpec } from '../../experiments/index.js';
import { errorMessage as message, PooledRun, type ExperimentState } from '../experiments/PooledRun.js';
import { formatDuration } from '../experiments/progressText.js';

export type PlayState = ExperimentState;

/** How a play ended; `result` is null when not one round finished. */
export interface PlayEnd {
  state: Exclude<PlayState, 'idle' | 'running'>;
  result: AdversaryResult | null;
  message: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A play: its state, pool, cancel and close are every experiment run's (PooledRun). */
export class AdversaryPlay extends PooledRun {
  /** Plays `spec`; resolves with how it ended (never rejects), or null while another play runs. */
  async start(spec: AdversarySpec, onProgress: (done: number) => void, onRound: (round: AdversaryRound) => void): Promise<PlayEnd | null> {
    const begun = this.begin();
    if (begun === null) return null;
    const { pool, controller } = begun;
    const started = this.ports.now();
    let outcome: Awaited<ReturnType<typeof runAdversary>>;
    try {
      outcome = await runAdversary(spec, pool.run, { signal: controller.signal, onProgress: (done) => onProgress(done), onRound });
    } catch (e) {
      return this.finish({ state: 'failed', result: null, message: `The rounds could not run: ${message(e)}` });
    }
    const { result, error } = outcome;
    const state = result.complete ? 'done' : controller.signal.aborted ? 'cancelled' : 'failed';
    if (state === 'failed') pool.close();
    const rounds = result.played.length;
    if (rounds === 0) {
      return this.finish({ state, result: null, message: state === 'cancelled' ? 'Cancelled before the first round finished; nothing to show.' : `The rounds stopped before the first one finished: ${message(error)}` });
    }
    const took = `in ${formatDuration(this.ports.now() - started)} on ${pool.size} Web Worker${pool.size === 1 ? '' : 's'}`;
    return this.finish({
      state, result,
      message: state === 'done'
        ? `Done ${took}. ${playSummary(result)}`
        : state === 'cancelled'
          ? `Cancelled after ${rounds} round${rounds === 1 ? '' : 's'}; the chart shows the rounds that finished.`
          : `The rounds stopped with an error after ${rounds} round${rounds === 1 ? '' : 's'}: ${message(error)}.`,
    });
  }

}

/**
 * The play in two sentences: the fall from round 0 to the last adapting round, and the re-tune.
 *
 * @example
 * playSummary(result); // 'Interdiction went from 16.6% in round 0 to 9.2% in round 10 as smugglers adapted. The re-tune (…) brought it to 10.1%.'
 */
export function playSummary(result: AdversaryResult): string {
  const first = result.played[0];
  const adapted = [...result.played].reverse().find((r) => r.stage === 'adapting') ?? first;
  const words = [`Interdiction went from ${pct(first.interdiction.mean)} in round 0 to ${pct(adapted.interdiction.mean)} in round ${adapted.round} as smugglers adapted.`];
  const t = result.retune;
  if (t !== null) {
    const kept = t.candidates[t.chosen];
    words.push(t.chosen === 0
      ? 'No one-step change of the targeting did better, so the re-tune kept it.'
      : `The re-tune (${kept.label}) brought it to ${pct(kept.interdiction.mean)}.`);
  }
  return words.join(' ');
}

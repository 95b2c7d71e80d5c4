/**
 * The selection stage: more runs of the finalists, a stage at a time, spread by OCBA-CO
 * (`ocba.ts`) until the budget is spent, then the chosen design and the approximate probability
 * that it is the best of them. Runs come from the same store as the search's (common random
 * numbers: replication r of every finalist has the same seed).
 */
import { estimate, type CandidateEstimate, type Criteria } from './criteria.js';
import { approximatePcs, bestIndex, probabilityBeats, stageAllocation } from './ocba.js';
import type { RunStore, Sampler } from './runStore.js';

export interface SelectionSettings {
  /** Runs to add in all, over the stages. */
  budget: number;
  /** Runs per stage (the allocation is recomputed between stages). */
  stage: number;
}

export interface SelectionOutcome {
  /** The finalists' estimates after the last stage, in the order given. */
  estimates: CandidateEstimate[];
  /** Index (into the finalists) of the chosen one. */
  chosen: number;
  /** Approximate probability that the chosen one is the best of the finalists. */
  probabilityBest: number;
  /** Each finalist's P(feasible and better than the chosen one); 0 for the chosen. */
  probabilityBeats: number[];
  /** Runs added, and stages run. */
  runs: number;
  stages: number;
  stopped: boolean;
}

/**
 * Runs the stages and chooses.
 *
 * @example
 * const s = await selectBest([12, 40, 7], criteria, store, sample, { budget: 60, stage: 12 });
 * s.chosen; s.probabilityBest;
 */
export async function selectBest(
  finalists: readonly number[],
  criteria: Criteria,
  store: RunStore,
  sample: Sampler,
  settings: SelectionSettings,
  onStage?: (runs: number) => void,
): Promise<SelectionOutcome> {
  const current = () => finalists.map((p) => estimate(store.runs(p), criteria));
  let runs = 0;
  let stages = 0;
  let stopped = false;
  while (runs < settings.budget && finalists.length > 1) {
    const size = Math.min(settings.stage, settings.budget - runs);
    const counts = stageAllocation(current(), criteria, size);
    if (counts === null) break; // no noise left: more runs would give the same numbers
    const requests = finalists.flatMap((p, i) => store.upTo(p, store.count(p) + counts[i]));
    stopped = await store.fill(sample, requests);
    runs += size;
    stages++;
    onStage?.(runs);
    if (stopped) break;
  }
  const estimates = current();
  const chosen = bestIndex(estimates, criteria);
  return {
    estimates,
    chosen,
    probabilityBest: approximatePcs(estimates, chosen, criteria),
    probabilityBeats: estimates.map((e, i) => (i === chosen ? 0 : probabilityBeats(e, estimates[chosen], criteria))),
    runs,
    stages,
    stopped,
  };
}

/**
 * The plain data of an optimization's answer under unknown inputs (`underUncertainty.ts` builds
 * it): each candidate's objective and constraints across plausible worlds. Apart from the code so
 * that the result type (`optimizeResult.ts`) can name it without importing the runner.
 */
import type { UncertaintySpec } from '../uncertainty.js';
import type { BeatsShare } from '../uncertaintyResult.js';
import type { VarianceSplit } from '../varianceSplit.js';

/** In how many worlds something held, with its exact (Clopper–Pearson) 95% interval. */
export interface WorldShare {
  worlds: number;
  count: number;
  share: number;
  low: number;
  high: number;
}

/** One candidate (or the base) across the plausible worlds. */
export interface CandidateInWorlds {
  label: string;
  /** The grid point, null for the base scenario. */
  point: number | null;
  parameters: Record<string, unknown>;
  objective: VarianceSplit;
  /** Each constraint's split, and the worlds in which its world mean is within the limit. */
  constraints: (VarianceSplit & { holds: WorldShare })[];
  /** The objective's difference from the base (candidate − base), with the worlds in which it is better; null for the base. */
  againstBase: (VarianceSplit & { beats: BeatsShare }) | null;
}

/** The `uncertainty` field of an optimization result. */
export interface OptimizeUncertainty {
  complete: boolean;
  /** Runs of this part not finished (job numbers continue the optimization's). */
  missing: number[];
  /** The file as checked; `metrics` lists the criteria's metrics, which are what is reported. */
  uncertainty: UncertaintySpec;
  seeds: { first: number; last: number };
  outer: number;
  inner: number;
  /** Worlds in which every candidate's runs finished (the figures use only these). */
  worldsUsed: number;
  /** Each world's input values, by input name. */
  draws: Record<string, number>[];
  /** The base first, then the chosen one, then the other finalists. */
  candidates: CandidateInWorlds[];
  /** Finalists left out because a plausible world makes them an invalid scenario. */
  dropped: { label: string; parameters: Record<string, unknown>; message: string }[];
}

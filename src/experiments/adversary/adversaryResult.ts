/**
 * The result of an adversary experiment (`runAdversary`), as written to JSON: every round's
 * contraband split, its interdiction rate with a 95% interval, and each route's pooled outcome;
 * the defender's re-tune with every candidate measured; and the adapted scenario to save. Like the
 * other results it holds no dates or timings, so the same experiment gives the same bytes on any
 * machine and with any number of workers.
 */
import type { Scenario } from '../../scenario/index.js';
import type { RunRecord } from '../replicate.js';
import type { MetricSummary } from '../summary.js';
import type { ResponseRule } from './responseRule.js';
import type { Dimension } from './routeMetrics.js';
import type { Strategy } from './strategy.js';

/** One route in one round: its share of contraband, and what happened to the contraband on it (pooled over the round's runs). */
export interface RouteRow {
  route: string;
  /** Share of contraband sent this way in the round (concealment: pooled over types). */
  share: number;
  /** Contraband parcels that ended on the route (seized, missed or detained), over all runs of the round. */
  ended: number;
  seized: number;
  /** seized / ended (0 when none ended), with its exact 95% (Clopper–Pearson) interval. */
  interdiction: number;
  low: number;
  high: number;
}

/** Where a round stands in the play. */
export type Stage = 'static' | 'adapting' | 're-tuned' | 'adapting again';

/** One round: R replications of D days on the same seeds as every other round. */
export interface AdversaryRound {
  /** 0 for the static round (smugglers as the scenario assumes them). */
  round: number;
  stage: Stage;
  /** The targeting in force: "as in the scenario", or the re-tune chosen. */
  targeting: string;
  strategy: Strategy;
  /** contraband.interdictionRate over the round's replications: mean and 95% t interval. */
  interdiction: MetricSummary;
  /** Contraband parcels seized per run. */
  seized: MetricSummary;
  /** Screening delay, parcel-hours per run. */
  delay: MetricSummary;
  routes: Record<Dimension, RouteRow[]>;
}

/** One candidate of the defender's re-tune, measured against the adapted smugglers. */
export interface RetuneCandidate {
  label: string;
  interdiction: MetricSummary;
  delay: MetricSummary;
  /** True when its mean delay is within the allowance over "no change". */
  feasible: boolean;
}

export interface RetuneResult {
  /** The share of screening delay a candidate may add over "no change". */
  delayAllowance: number;
  candidates: RetuneCandidate[];
  /** Index of the candidate kept. */
  chosen: number;
  /** Paired difference chosen − no change of the interdiction rate, per replication (common random numbers). */
  gain: MetricSummary;
}

export interface AdversaryResult {
  format: 'interdict-adversary';
  version: 1;
  /** False when cancelled or failed: `missing` lists the jobs not done, `runs` the finished ones. */
  complete: boolean;
  missing: number[];
  /** The scenario of round 0, in full. */
  scenario: Scenario;
  seeds: { first: number; last: number };
  days: number;
  warmupDays: number;
  replications: number;
  /** Adapting rounds before the re-tune (round 0 included). */
  rounds: number;
  /** Rounds after the re-tune, the adversary adapting to it. */
  roundsAfter: number;
  rule: ResponseRule;
  played: AdversaryRound[];
  /** null without a re-tune, or when it was not reached. */
  retune: RetuneResult | null;
  /** The last round's scenario (smugglers' split and, after a re-tune, its targeting): a scenario file to run again. */
  adaptedScenario: Scenario | null;
  /** Every finished run's adversary metrics: only in incomplete results. */
  runs?: RunRecord[];
}

/**
 * How smugglers respond to where they were caught: the adapting adversary's one rule.
 *
 * Each round, for each choice smugglers make (origin, mail type, declared category, concealment),
 * every route's share of contraband is re-weighted by its survival, the share of contraband on
 * that route that got through (1 − its interdiction rate), with a learning rate η:
 *
 *   x_i' = x_i · exp(η · s_i) / Σ_j x_j · exp(η · s_j)
 *
 * the exponential-weights (logit) form of replicator dynamics. Its properties, which the tests
 * check on hand cases: shares stay normalised and non-negative; a route with no share stays
 * without (smugglers do not invent routes, they shift between them); when every route survives
 * alike, nothing moves (the fixed point); and the ratio of two routes' shares is multiplied by
 * exp(η · (s_a − s_b)) each round, so a route 10 points safer gains a factor e^(η/10) on the
 * other: the stated rate. Over rounds, x_i(t) ∝ x_i(0) · exp(η · Σ s_i), the logit (quantal
 * response) choice on cumulative survival: McKelvey & Palfrey (1995) for quantal response,
 * Hofbauer & Sigmund (2003) for the link to replicator dynamics, Freund & Schapire (1997) for
 * exponential weights as learning from outcomes (docs/sources.md §adversary; docs/adversary.md).
 *
 * A route seen on few parcels has a noisy survival: the adversary judges it as if it had also
 * seen `priorParcels` parcels surviving at the average rate (a Beta prior, i.e. shrinkage toward
 * the mean), so an empty route (no parcels) keeps its share and a route seen on six parcels moves
 * less than one seen on six hundred. The rate and the prior are assumptions (docs/adversary.md).
 */
import type { RouteCount } from './routeMetrics.js';

/** The response rule's parameters. */
export interface ResponseRule {
  kind: 'logit';
  /** η: the change of the log share ratio of two routes per unit difference of survival, per round. */
  rate: number;
  /** Parcels at the average survival added to every route's counts (shrinkage toward the mean). */
  priorParcels: number;
}

/** Default learning rate: a route 10 points safer gains e^1 ≈ 2.7× on the other per round (assumption). */
export const DEFAULT_RATE = 10;
/** Default prior: as if every route had also been seen on 20 parcels at the average rate (assumption). */
export const DEFAULT_PRIOR_PARCELS = 20;

/**
 * Each route's survival as the adversary judges it: (survived + k · s̄) / (ended + k), where s̄ is
 * the survival pooled over all routes of the dimension and k the prior parcels. With no parcels
 * at all, every route's survival is 1 (nothing was caught, so nothing moves).
 *
 * @example
 * judgedSurvival([{ ended: 100, seized: 20 }, { ended: 100, seized: 10 }], 0); // [0.8, 0.9]
 * judgedSurvival([{ ended: 100, seized: 20 }, { ended: 0, seized: 0 }], 20);   // [0.8, 0.8]
 */
export function judgedSurvival(counts: readonly RouteCount[], priorParcels: number): number[] {
  const ended = counts.reduce((a, c) => a + c.ended, 0);
  const seized = counts.reduce((a, c) => a + c.seized, 0);
  const mean = ended > 0 ? 1 - seized / ended : 1;
  return counts.map((c) => (c.ended + priorParcels > 0 ? (c.ended - c.seized + priorParcels * mean) / (c.ended + priorParcels) : mean));
}

/**
 * The next round's shares: each share re-weighted by exp(rate · survival), renormalised.
 *
 * @example
 * respond([0.5, 0.5], [0.8, 0.9], 10); // [0.269, 0.731]: the odds move by e^(10 · 0.1) = e
 * respond([0.3, 0.7], [0.9, 0.9], 10); // [0.3, 0.7]: equal survival, a fixed point
 */
export function respond(shares: readonly number[], survival: readonly number[], rate: number): number[] {
  if (shares.length !== survival.length) throw new RangeError(`respond: ${shares.length} shares but ${survival.length} survival rates`);
  // Subtracting the largest survival changes no ratio and keeps every exponent <= 0 (no overflow).
  const top = Math.max(...survival);
  const weights = shares.map((x, i) => x * Math.exp(rate * (survival[i] - top)));
  const total = weights.reduce((a, w) => a + w, 0);
  return total > 0 ? weights.map((w) => w / total) : [...shares];
}

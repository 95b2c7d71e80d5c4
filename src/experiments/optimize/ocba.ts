/**
 * Ranking and selection among the finalists: Optimal Computing Budget Allocation with stochastic
 * constraints (OCBA-CO; Lee, Pujowidianto, Li, Chen and Yap, "Approximate simulation budget
 * allocation for selecting the best design in the presence of stochastic constraints", IEEE
 * Trans. Automatic Control 57(11), 2012), which extends OCBA (Chen, Lin, Yücesan and Chick,
 * "Simulation budget allocation for further enhancing the efficiency of ordinal optimization",
 * Discrete Event Dynamic Systems 10, 2000) to constraints.
 *
 * The best design b is the best by the feasibility rules on the means. Every other design i can be
 * told apart from b in one of two ways: it is worse on the objective (signal δ²/σ², δ the gap in
 * means, σ its standard deviation), or it breaks a constraint (the clearest broken constraint's
 * δ²/σ², δ its mean's distance from the limit). Whichever signal is stronger decides: i gets runs
 * in proportion to σ²/δ² of that route; b gets σ_b √(Σ N_i² / σ_i²) over the designs told apart by
 * the objective. More runs go where they are most likely to change the answer. One addition (an
 * assumption, see `ownFeasibilityWeight`): b also gets runs in proportion to σ²/δ² of its own least
 * clear constraint, since a chosen design that may break a constraint is no answer.
 *
 * The probability that b is truly the best (of the finalists) is estimated by the approximate
 * probability of correct selection in its product form, APCS-P (Chen and Lee, "Stochastic
 * Simulation Optimization: An Optimal Computing Budget Allocation", World Scientific 2011, §3.2),
 * each mean taken as normal around its estimate, with feasibility as in Lee et al. 2012:
 *
 *   APCS-P = Π_j P(b meets constraint j) × Π_{i ≠ b} (1 − P(i is feasible and better than b)),
 *
 * P(i better) = Φ(−δ / √(σ_b²/n_b + σ_i²/n_i)) and P(feasible) = Π_j Φ(margin_j / (σ_ij / √n_i)).
 * The Bonferroni form (1 − the sum of the same terms) is a guaranteed lower bound but says 0 as
 * soon as a few finalists are close, which tells a reader nothing; the product form treats the
 * events as independent. Either treats the designs as independent; on common random numbers the
 * true differences vary less, which makes the estimate conservative.
 */
import { normalCdf } from '../../sim/index.js';
import { gain, totalViolation, type CandidateEstimate, type Constraint, type Criteria } from './criteria.js';
import type { MetricSummary } from '../summary.js';

/**
 * The best of the designs by the feasibility rules on the means (ties: the first).
 *
 * @example
 * bestIndex(estimates, criteria); // 2
 */
export function bestIndex(estimates: readonly CandidateEstimate[], criteria: Criteria): number {
  let best = 0;
  for (let i = 1; i < estimates.length; i++) {
    const vi = totalViolation(estimates[i], criteria);
    const vb = totalViolation(estimates[best], criteria);
    const better = vi < vb || (vi === 0 && vb === 0 && gain(estimates[i].objective.mean, criteria.objective) > gain(estimates[best].objective.mean, criteria.objective));
    if (better) best = i;
  }
  return best;
}

/** δ²/σ² with σ² and δ² floored: 0 when there is no noise, finite when the gap is 0. */
function signal(delta: number, sd: number): number {
  if (!(sd > 0)) return Infinity;
  const floor = 1e-12 * (1 + Math.abs(delta));
  return Math.max(delta * delta, floor * floor) / (sd * sd);
}

/** How far a mean is inside (positive) or outside (negative) a constraint's limit. */
function margin(mean: number, c: Pick<Constraint, 'bound' | 'limit'>): number {
  return c.bound === 'atMost' ? c.limit - mean : mean - c.limit;
}

/**
 * OCBA-CO's share of runs for each design (proportions summing to 1), or null when no design has
 * any noise left (nothing more runs could tell).
 *
 * @example
 * ocbaShares(estimates, criteria); // [0.41, 0.05, 0.33, 0.21]
 */
export function ocbaShares(estimates: readonly CandidateEstimate[], criteria: Criteria): number[] | null {
  const b = bestIndex(estimates, criteria);
  const eb = estimates[b];
  const weights = estimates.map(() => 0);
  let bestSum = 0;
  estimates.forEach((e, i) => {
    if (i === b) return;
    const delta = gain(eb.objective.mean, criteria.objective) - gain(e.objective.mean, criteria.objective);
    const byObjective = delta >= 0 ? signal(delta, e.objective.sd) : 0;
    let byFeasibility = 0;
    let feasSd = 0;
    criteria.constraints.forEach((c, j) => {
      const s = e.constraints[j];
      const m = margin(s.mean, c);
      if (m >= 0) return;
      const r = signal(m, s.sd);
      if (r > byFeasibility) {
        byFeasibility = r;
        feasSd = s.sd;
      }
    });
    if (byObjective >= byFeasibility) {
      if (Number.isFinite(byObjective) && byObjective > 0) {
        weights[i] = 1 / byObjective;
        bestSum += (weights[i] * weights[i]) / (e.objective.sd * e.objective.sd);
      }
    } else if (Number.isFinite(byFeasibility) && feasSd > 0) {
      weights[i] = 1 / byFeasibility;
    }
  });
  const sdB = eb.objective.sd;
  weights[b] = (sdB > 0 ? sdB * Math.sqrt(bestSum) : 0) + ownFeasibilityWeight(eb, criteria);
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0) || !Number.isFinite(total)) return null;
  return weights.map((w) => w / total);
}

/**
 * Runs the best design needs to show it is feasible: 1/(δ²/σ²) of its least clear constraint.
 * OCBA-CO takes b's feasibility as known; an addition of ours (an assumption), so that a chosen
 * design whose constraint interval still straddles its limit gets the runs that settle it.
 */
function ownFeasibilityWeight(e: CandidateEstimate, criteria: Criteria): number {
  let weight = 0;
  criteria.constraints.forEach((c, j) => {
    const s = e.constraints[j];
    const r = signal(margin(s.mean, c), s.sd);
    if (Number.isFinite(r)) weight = Math.max(weight, 1 / r);
  });
  return weight;
}

/**
 * How a stage of `runs` more runs is spread: each design gets what brings it closest to its
 * OCBA-CO share of all runs (so far plus this stage), never fewer than it has; the counts are
 * whole and sum to `runs` (largest remainders, ties to the lower index). Null when no design has
 * noise left.
 *
 * @example
 * stageAllocation(estimates, criteria, 20); // [9, 0, 7, 4]
 */
export function stageAllocation(estimates: readonly CandidateEstimate[], criteria: Criteria, runs: number): number[] | null {
  const shares = ocbaShares(estimates, criteria);
  if (shares === null) return null;
  const total = estimates.reduce((s, e) => s + e.n, 0) + runs;
  const wanted = estimates.map((e, i) => Math.max(0, shares[i] * total - e.n));
  const sum = wanted.reduce((s, w) => s + w, 0);
  const exact = wanted.map((w) => (sum > 0 ? (w / sum) * runs : runs / estimates.length));
  const counts = exact.map(Math.floor);
  let left = runs - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((p, q) => q.rest - p.rest || p.i - q.i);
  for (const { i } of order) {
    if (left === 0) break;
    counts[i]++;
    left--;
  }
  return counts;
}

/** P(the true mean of `s` is on the allowed side of `c`), the mean taken as normal. */
function probAllowed(s: MetricSummary, c: Pick<Constraint, 'bound' | 'limit'>): number {
  const m = margin(s.mean, c);
  const se = s.sd / Math.sqrt(s.n);
  if (!(se > 0)) return m >= 0 ? 1 : 0;
  return normalCdf(m / se);
}

/**
 * P(design i is feasible and better than b), each mean taken as normal around its estimate.
 *
 * @example
 * probabilityBeats(estimates[3], estimates[0], criteria); // 0.04
 */
export function probabilityBeats(i: CandidateEstimate, b: CandidateEstimate, criteria: Criteria): number {
  const delta = gain(b.objective.mean, criteria.objective) - gain(i.objective.mean, criteria.objective);
  const se = Math.sqrt(b.objective.sd ** 2 / b.n + i.objective.sd ** 2 / i.n);
  const better = se > 0 ? normalCdf(-delta / se) : delta < 0 ? 1 : 0;
  return criteria.constraints.reduce((p, c, j) => p * probAllowed(i.constraints[j], c), better);
}

/**
 * The approximate probability that design `b` is the best of `estimates`, APCS-P (see the file
 * comment).
 *
 * @example
 * approximatePcs(estimates, bestIndex(estimates, criteria), criteria); // 0.93
 */
export function approximatePcs(estimates: readonly CandidateEstimate[], b: number, criteria: Criteria): number {
  const eb = estimates[b];
  let p = criteria.constraints.reduce((q, c, j) => q * probAllowed(eb.constraints[j], c), 1);
  estimates.forEach((e, i) => {
    if (i !== b) p *= 1 - probabilityBeats(e, eb, criteria);
  });
  return Math.min(1, Math.max(0, p));
}

/**
 * The Pareto front: the points no other point clearly beats. They are the only sensible choices;
 * which of them to pick is a policy question a chart puts to its reader. One implementation for
 * the sweep's frontier, the presets plot and the memo.
 *
 * "Clearly" means beyond the 95% intervals. A point whose lead on an axis is smaller than the
 * intervals (a few minutes of dwell on hours, a tenth of a point of interdiction) has not shown it
 * is better there, so that lead must not make it optimal. On one axis, P is *better beyond the
 * intervals* than Q when P's whole 95% interval lies on the better side of Q's (for higher is
 * better: P.mean − P.halfWidth > Q.mean + Q.halfWidth). Q is *dominated* when some other point is
 * better beyond the intervals on at least one axis and Q is better beyond the intervals on
 * neither; the Pareto-optimal points are those not dominated.
 *
 * Comparing two separate intervals is conservative for sweep points, which share seeds (a paired
 * interval would be narrower): a point is only struck off when the runs leave no doubt. Without
 * intervals (half-widths 0, or unknown from a single run) the test is the usual one on the means.
 * Being better beyond the intervals is transitive on each axis, so some point is always optimal.
 */
import type { Better } from './frontierAxes.js';

/** A mean and its 95% half-width (the frontier's `Estimate`). */
interface Estimate {
  mean: number;
  halfWidth: number;
}

/** A point on two axes, each a mean with its 95% half-width. */
export interface ParetoItem {
  x: Estimate;
  y: Estimate;
}

/**
 * Pareto flags: true for each point that no other dominates beyond the 95% intervals (see the
 * header). A point with a NaN mean (no runs, not known yet) is never optimal and dominates
 * nothing; an unknown half-width counts as 0. Equal points are both optimal.
 *
 * @example
 * const e = (mean: number, halfWidth = 0) => ({ mean, halfWidth });
 * paretoFlags([{ x: e(1), y: e(1) }, { x: e(2), y: e(2) }, { x: e(3), y: e(1) }], 'higher', 'higher'); // [false, true, true]
 * // A lead of 0.1 h inside ±0.5 h intervals does not save a point 10 points worse on y:
 * paretoFlags([{ x: e(7.4, 0.5), y: e(0.10, 0.01) }, { x: e(7.5, 0.5), y: e(0.20, 0.01) }], 'lower', 'higher'); // [false, true]
 */
export function paretoFlags(items: readonly ParetoItem[], xBetter: Better, yBetter: Better): boolean[] {
  const known = items.map((p) => Number.isFinite(p.x.mean) && Number.isFinite(p.y.mean));
  const beats = (p: ParetoItem, q: ParetoItem): boolean => clearlyBetter(p.x, q.x, xBetter) || clearlyBetter(p.y, q.y, yBetter);
  return items.map((q, i) => {
    if (!known[i]) return false;
    return !items.some((p, j) => j !== i && known[j] && beats(p, q) && !beats(q, p));
  });
}

/**
 * True when `p` is better than `q` beyond both 95% intervals on an axis where `better` is the
 * good direction.
 *
 * @example
 * clearlyBetter({ mean: 10, halfWidth: 1 }, { mean: 7, halfWidth: 1 }, 'higher'); // true: 9 > 8
 * clearlyBetter({ mean: 10, halfWidth: 2 }, { mean: 7, halfWidth: 2 }, 'higher'); // false: the intervals overlap
 */
export function clearlyBetter(p: Estimate, q: Estimate, better: Better): boolean {
  const hw = (e: Estimate): number => (Number.isFinite(e.halfWidth) ? Math.abs(e.halfWidth) : 0);
  return better === 'higher' ? p.mean - hw(p) > q.mean + hw(q) : p.mean + hw(p) < q.mean - hw(q);
}

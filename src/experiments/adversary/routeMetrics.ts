/**
 * Contraband outcomes by route as job metrics, and back. A job asked for routes (`Job.routes`)
 * adds `routes.<dimension>.<route>.ended` and `.seized` to its flat metrics, so route counts
 * cross to workers and back like every other number; the adversary sums them over a round's
 * replications (pooled counts: a route with few parcels a day still gets a rate).
 */
import type { RouteResults } from '../../model/index.js';
import type { Scenario } from '../../scenario/index.js';

/** The dimensions along which smugglers choose a route, in the order reports list them. */
export const DIMENSIONS = ['origin', 'mailType', 'declared', 'concealment'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A route's pooled counts: contraband parcels that ended on it, and those seized. */
export interface RouteCount {
  ended: number;
  seized: number;
}

/**
 * The route names of each dimension, in scenario order: origin codes, mail-type and declared
 * names, and normal then deep concealment.
 *
 * @example
 * routeNames(getPreset('baseline').scenario).concealment; // ['normal', 'deep']
 */
export function routeNames(scenario: Scenario): Record<Dimension, string[]> {
  const { origins, mailTypes, declared } = scenario.mix;
  return {
    origin: origins.map((o) => o.code),
    mailType: mailTypes.map((m) => m.name),
    declared: declared.map((d) => d.name),
    concealment: ['normal', 'deep'],
  };
}

/**
 * A run's route outcomes as flat metrics.
 *
 * @example
 * routeMetrics(results.routes)['routes.origin.CN.seized']; // 3
 */
export function routeMetrics(routes: RouteResults): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of DIMENSIONS) {
    for (const [name, o] of Object.entries(routes[d])) {
      out[`routes.${d}.${name}.ended`] = o.ended;
      out[`routes.${d}.${name}.seized`] = o.seized;
    }
  }
  return out;
}

/**
 * The counts of every route summed over runs' metrics (missing metrics count as 0).
 *
 * @example
 * pooledCounts(scenario, runs).origin[0]; // { ended: 1654, seized: 289 }
 */
export function pooledCounts(scenario: Scenario, runs: readonly Readonly<Record<string, number>>[]): Record<Dimension, RouteCount[]> {
  const names = routeNames(scenario);
  const pool = (d: Dimension) => names[d].map((n) => {
    let ended = 0;
    let seized = 0;
    for (const m of runs) {
      ended += m[`routes.${d}.${n}.ended`] ?? 0;
      seized += m[`routes.${d}.${n}.seized`] ?? 0;
    }
    return { ended, seized };
  });
  return { origin: pool('origin'), mailType: pool('mailType'), declared: pool('declared'), concealment: pool('concealment') };
}

/**
 * The adversary experiment's CSV rows, in the long layout of the other results (`csv.ts` quotes
 * and joins them): one row per round × route (dimension, route, share, counts, interdiction and
 * its exact 95% interval), and per round a row for all contraband (dimension and route "all")
 * with the mean interdiction and its 95% t interval.
 */
import type { AdversaryResult } from './adversaryResult.js';
import { DIMENSIONS } from './routeMetrics.js';

/**
 * The rows, header first.
 *
 * @example
 * adversaryRows(result)[0]; // ['round', 'stage', 'targeting', 'dimension', 'route', 'share', 'ended', 'seized', 'interdiction', 'ci_low', 'ci_high']
 */
export function adversaryRows(r: AdversaryResult): unknown[][] {
  const out: unknown[][] = [['round', 'stage', 'targeting', 'dimension', 'route', 'share', 'ended', 'seized', 'interdiction', 'ci_low', 'ci_high']];
  for (const p of r.played) {
    const s = p.interdiction;
    out.push([p.round, p.stage, p.targeting, 'all', 'all', 1, undefined, undefined, s.mean, s.mean - s.halfWidth, s.mean + s.halfWidth]);
    for (const d of DIMENSIONS) for (const x of p.routes[d]) out.push([p.round, p.stage, p.targeting, d, x.route, x.share, x.ended, x.seized, x.interdiction, x.low, x.high]);
  }
  return out;
}

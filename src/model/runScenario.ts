/**
 * One run, start to finish: the function the CLI, the experiments and the tests call.
 * A run is a pure function of (scenario, seed, days).
 *
 * @example
 * const r = runScenario(getPreset('baseline').scenario, { seed: 1 });
 * // Conservation, checked at the end of every run (insideAtStart is 0 without a warm-up):
 * r.parcels.insideAtStart + r.parcels.arrived === r.parcels.released + r.parcels.seized + r.parcels.detained + r.parcels.inside;
 */
import type { Scenario } from '../scenario/schema.js';
import { Facility, type FacilityOptions } from './Facility.js';
import { buildResults } from './buildResults.js';
import type { RunResults } from './results.js';

export interface RunOptions extends FacilityOptions {
  /** Called after each simulated hour with the fraction done, 0-1. */
  onProgress?: (fraction: number) => void;
  /** Add contraband outcomes by route (`RunResults.routes`), for the adapting adversary; off by default. */
  routes?: boolean;
}

export function runScenario(scenario: Scenario, options: RunOptions): RunResults {
  const f = new Facility(scenario, options);
  f.runToEnd(options.onProgress);
  const results = buildResults(f);
  return options.routes === true ? { ...results, routes: f.metrics.routes.results(scenario) } : results;
}

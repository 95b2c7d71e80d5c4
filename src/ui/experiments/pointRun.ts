/**
 * The live run a click on a sweep point opens: the point's scenario (the base with its parameter
 * values applied, validated by the core's `pointScenario`) and the sweep's first seed, so the
 * animated run is exactly replication 1 of that point. The scenario's own `days` is set to the
 * sweep's run length, so a host that runs `scenario.days` shows the day the sweep measured.
 */
import { gridPoints, pointScenario, type SweepResult } from '../../experiments/index.js';
import type { Scenario } from '../../scenario/index.js';

/**
 * Scenario and seed of point `index`, or null if it has no valid scenario (it always has one in
 * a result the core built; the check keeps a bad file from opening a broken run).
 *
 * @example
 * pointRun(result, 3); // { scenario: { ...base, stations: { xray: { officersByShift: [3, 3] ... } } }, seed: 1 }
 */
export function pointRun(result: SweepResult, index: number): { scenario: Scenario; seed: number } | null {
  const point = gridPoints(result.grid)[index];
  if (point === undefined) return null;
  const built = pointScenario(result.grid, point);
  if (!built.ok) return null;
  return { scenario: { ...built.scenario, days: result.grid.days }, seed: result.grid.seed };
}

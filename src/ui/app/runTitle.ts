/**
 * The run's name as the page writes it, in one place: the header beside the facility and the
 * numbers panel's "Finished: ..." both call this, so they can never disagree (a changed preset
 * reads "baseline (changed)" in both).
 */
import { getPreset } from '../../scenario/index.js';
import { scenarioChanges } from '../share/scenarioChanges.js';
import type { RunSpec } from '../share/shareLink.js';

/**
 * "baseline, seed 1", or "baseline (changed), seed 1" when the scenario differs from its preset.
 *
 * @example
 * runTitle({ preset: 'baseline', scenario: getPreset('baseline').scenario, seed: 1, days: 1 }); // 'baseline, seed 1'
 */
export function runTitle(spec: RunSpec): string {
  const changed = Object.keys(scenarioChanges(getPreset(spec.preset).scenario, spec.scenario)).length > 0;
  return `${spec.preset}${changed ? ' (changed)' : ''}, seed ${spec.seed}`;
}

/**
 * The run's name as the page writes it, in one place: the header beside the facility and the
 * numbers panel's "Finished: ..." both call this, so they can never disagree (a changed preset
 * reads "baseline (changed)" in both).
 */
import { encodeShareLink, type RunSpec } from '../share/shareLink.js';

/**
 * "baseline, seed 1"; "baseline (changed), seed 1" when the scenario differs from its preset;
 * "..., changed while running, ..." when changes were made during the run (as its link says).
 *
 * @example
 * runTitle({ preset: 'baseline', scenario: getPreset('baseline').scenario, seed: 1, days: 1 }); // 'baseline, seed 1'
 */
export function runTitle(spec: RunSpec): string {
  const link = encodeShareLink(spec);
  const edited = link.includes('changes=') ? ' (changed)' : '';
  const during = link.includes('during=') ? ', changed while running' : '';
  return `${spec.preset}${edited}${during}, seed ${spec.seed}`;
}

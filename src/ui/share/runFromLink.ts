/**
 * The run a page opens with: the one its link describes, or the default (the baseline, seed 1)
 * with a message naming what was wrong with the link. The message is plain text for the page's
 * notice; the decoding itself is in `shareLink.ts`.
 */
import { getPreset } from '../../scenario/index.js';
import { runSizeProblem } from '../controls/runEstimate.js';
import { decodeShareLink, type RunSpec } from './shareLink.js';

export const DEFAULT_PRESET = 'baseline';
export const DEFAULT_SEED = 1;

/** The run shown when there is no link, or a link is refused. */
export function defaultRun(): RunSpec {
  const scenario = getPreset(DEFAULT_PRESET).scenario;
  return { preset: DEFAULT_PRESET, scenario, seed: DEFAULT_SEED, days: scenario.days };
}

/**
 * @example
 * runFromLink('#preset=nope&seed=1&days=1').message;
 * // "The link names an unknown preset 'nope' (known presets: ...) — showing the baseline instead."
 */
export function runFromLink(fragment: string): { spec: RunSpec; message: string | null } {
  const decoded = decodeShareLink(fragment);
  if (decoded.ok) {
    const spec = decoded.spec ?? defaultRun();
    const size = runSizeProblem(spec.scenario, spec.days);
    if (size !== null) return { spec: defaultRun(), message: `The link's run is refused. ${size} Showing the ${DEFAULT_PRESET} instead.` };
    return { spec, message: null };
  }
  const problem = decoded.problem.charAt(0).toUpperCase() + decoded.problem.slice(1);
  return { spec: defaultRun(), message: `${problem} — showing the ${DEFAULT_PRESET} instead.` };
}

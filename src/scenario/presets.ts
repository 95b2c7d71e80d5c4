/**
 * The named scenarios offered in the app's menu and by the CLI's `--preset`: the baseline JFK-like
 * day and variations on it, each a few readable changes to the baseline (files in `presets/`).
 *
 * Every preset is deep-frozen (docs/architecture.md rule 2: no module-level mutable state); to change
 * one, copy it (`structuredClone(getPreset('baseline').scenario)`) and validate the copy with
 * `parseScenario`. `test/scenario/presets.test.ts` checks that every preset passes validation.
 */
import { deepFreeze } from './deepFreeze.js';
import { aedGaps } from './presets/aedGaps.js';
import { artemisSurge } from './presets/artemisSurge.js';
import { baseline } from './presets/baseline.js';
import { deMinimis2025 } from './presets/deMinimis2025.js';
import { holdFailures } from './presets/holdFailures.js';
import { holidaySurge } from './presets/holidaySurge.js';
import { jfk2018 } from './presets/jfk2018.js';
import type { Preset } from './presets/preset.js';
import { shortStaffed } from './presets/shortStaffed.js';
import { singleQueue } from './presets/singleQueue.js';

export type { Preset } from './presets/preset.js';

/**
 * Every preset by name, in menu order.
 *
 * @example
 * PRESETS['holiday-surge'].scenario.arrivals; // { kind: 'flights', piecesPerDay: 420000, ... }
 */
export const PRESETS: Readonly<Record<string, Preset>> = deepFreeze(
  Object.fromEntries(
    [baseline, jfk2018, holidaySurge, holdFailures, aedGaps, shortStaffed, artemisSurge, deMinimis2025, singleQueue].map((p) => [p.name, p]),
  ),
);

/**
 * The preset names, in menu order.
 *
 * @example
 * presetNames(); // ['baseline', 'jfk-2018', 'holiday-surge', ...]
 */
export function presetNames(): string[] {
  return Object.keys(PRESETS);
}

/**
 * The preset called `name`; throws an Error listing the valid names if there is none.
 *
 * @example
 * getPreset('baseline').scenario.arrivals.kind; // 'flights'
 * getPreset('nope'); // throws: unknown preset 'nope'; valid presets: baseline, jfk-2018, ...
 */
export function getPreset(name: string): Preset {
  if (!Object.hasOwn(PRESETS, name)) {
    throw new Error(`unknown preset '${name}'; valid presets: ${presetNames().join(', ')}`);
  }
  return PRESETS[name];
}

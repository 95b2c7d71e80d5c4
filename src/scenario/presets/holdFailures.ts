/**
 * `hold-failures`: the postal service fails to find and present many of the parcels CBP holds.
 */
import { presetFromBaseline } from './fromBaseline.js';

/**
 * The `hold-failures` preset.
 *
 * @example
 * getPreset('hold-failures').scenario.targeting.holds.presentProbability; // 0.58
 */
export const holdFailures = presetFromBaseline(
  {
    name: 'hold-failures',
    summary: 'USPS presents only 58% of held parcels (JFK pilot, GAO-17-606)',
    description:
      'The baseline, but the postal service presents only 58% of the parcels CBP asks it to hold, as in one JFK pilot; ' +
      'the rest reach their addressees unscreened.',
  },
  (s) => {
    s.targeting.holds.presentProbability = 0.58; // docs/sources.md §4: 58% presented in one JFK pilot (GAO-17-606).
  },
);

/**
 * `jfk-2018`: the facility at its 2017-19 peak, before the volume decline and before AED was
 * near-universal: three times today's mail with the same equipment and staff.
 */
import type { Scenario } from '../schema.js';
import { presetFromBaseline } from './fromBaseline.js';

/** docs/sources.md §4: AED on 57% of inbound international packages (2018; Jan 2019 also 57%). */
const AED_RATE_2018 = 0.57;

/**
 * The volume-weighted share of pieces with AED.
 *
 * @example
 * weightedAedRate(baselineScenario().mix.origins); // 0.941
 */
export function weightedAedRate(origins: Scenario['mix']['origins']): number {
  return origins.reduce((sum, o) => sum + o.share * o.aedRate, 0);
}

/**
 * The `jfk-2018` preset.
 *
 * @example
 * getPreset('jfk-2018').scenario.arrivals; // { kind: 'flights', piecesPerDay: 1000000, ... }
 */
export const jfk2018 = presetFromBaseline(
  {
    name: 'jfk-2018',
    summary: '2018 peak: 1,000,000 pieces on 96 flights, AED on 57% of pieces, 20 induction lines',
    description:
      'The JFK facility at its 2018 peak: about a million pieces a day on 96 flights, advance data on only 57% of pieces, ' +
      'and the same screening stations and staff as today. Expect X-ray backlogs (DHS OIG-21-27: "unmanageable backlogs").',
  },
  (s) => {
    if (s.arrivals.kind !== 'flights') throw new Error('jfk-2018: the baseline must arrive by flights');
    // docs/sources.md §1: "about 1 million packages a day" (2019), ">800,000 on any given day" (2018).
    s.arrivals.piecesPerDay = 1_000_000;
    // assumption: three times the baseline's flights, in the same two waves widened to 04-10 h and 14-22 h.
    s.arrivals.flightsByHour = [
      0, 0, 0, 0, 4, 7, 9, 9, 7, 4, 0, 0, //  0-11 h: 40 flights
      0, 0, 4, 6, 8, 10, 10, 8, 6, 4, 0, 0, // 12-23 h: 56 flights
    ];
    // docs/sources.md §4: AED on 57% overall and 76% from China. With China at 75% of volume (§1, a 2020 share) both
    // cannot hold at once (China alone would supply the whole 57%), so every origin's rate is scaled by the same factor
    // to keep the overall 57%, which is what limits targeting. China comes out at 0.60.
    const factor = AED_RATE_2018 / weightedAedRate(s.mix.origins);
    for (const o of s.mix.origins) o.aedRate = Math.round(o.aedRate * factor * 1000) / 1000;
    // assumption: 20 lines x 3,500/h = 70,000/h against a 41,700/h average, keeping the baseline's headroom for waves.
    s.stations.induction.lines = 20;
  },
);

/**
 * `short-staffed`: 20% fewer officers and dog teams on every shift, as when CBPOs are sent
 * elsewhere or posts go unfilled.
 */
import { QUEUE_STATIONS } from '../schema.js';
import { presetFromBaseline } from './fromBaseline.js';

/** docs/sources.md §defaults scenario toggles: staffing −20% (§2: OFO ~1,300-3,700 CBPOs short, 2018). */
const STAFFING_FACTOR = 0.8;

/**
 * `n × 0.8` rounded, but never below 1 where there was at least 1: a station with one officer keeps
 * them, since losing 20% of one person is not losing the whole station.
 *
 * @example
 * reducedStaff(4); // 3
 * reducedStaff(1); // 1
 */
export function reducedStaff(n: number): number {
  return n >= 1 ? Math.max(1, Math.round(n * STAFFING_FACTOR)) : n;
}

/**
 * The `short-staffed` preset.
 *
 * @example
 * getPreset('short-staffed').scenario.stations.xray.officersByShift; // [3, 3]
 */
export const shortStaffed = presetFromBaseline(
  {
    name: 'short-staffed',
    summary: 'Staffing −20%: every station and the canine unit ×0.8, rounded, at least 1 (13 instead of 16 per shift)',
    description:
      'The baseline with 20% fewer officers: X-ray 3 instead of 4 per shift, exam 6 instead of 8; stations with a single ' +
      'officer or dog team keep it. The exam tables then cannot clear the morning queue within the 12-hour wait limit, so ' +
      'some held parcels are released unscreened.',
  },
  (s) => {
    for (const name of QUEUE_STATIONS) {
      const station = s.stations[name];
      station.officersByShift = station.officersByShift.map(reducedStaff);
    }
    s.stations.canine.teamsByShift = s.stations.canine.teamsByShift.map(reducedStaff);
  },
);

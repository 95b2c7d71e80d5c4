/**
 * `holiday-surge`: the end-of-year peak, with more mail and slower hand-over from the airlines.
 */
import { presetFromBaseline } from './fromBaseline.js';

/**
 * The `holiday-surge` preset.
 *
 * @example
 * getPreset('holiday-surge').scenario.arrivals; // { kind: 'flights', piecesPerDay: 420000, ... }
 */
export const holidaySurge = presetFromBaseline(
  {
    name: 'holiday-surge',
    summary: 'End-of-year peak: +40% volume (420,000 pieces) and tender delays of 9 h median',
    description:
      'The end-of-year peak: 40% more mail than the baseline on the same flights and staff, and receptacles handed over ' +
      'later after landing (median 9 h instead of 6 h).',
  },
  (s) => {
    if (s.arrivals.kind !== 'flights') throw new Error('holiday-surge: the baseline must arrive by flights');
    // docs/sources.md §defaults: holiday surge +30-50% volume (assumption; §1: no quantified December uplift found).
    s.arrivals.piecesPerDay = 420_000;
    // docs/sources.md §1: receptacle delays are "more prevalent during end-of-year peak" (USPS OIG); 9 h is an assumption.
    s.arrivals.tenderDelayHours = { kind: 'lognormal', median: 9, sigma: 1.45 };
  },
);

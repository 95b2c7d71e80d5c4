/**
 * `artemis-surge`: an Operation Artemis-like surge at the facility: a jump team of six officers
 * and sharper, intelligence-led targeting of precursor chemicals and pill presses.
 *
 * Why it is modelled this way:
 * - Targeting. Rules cannot name a contraband type (the model does not know what a parcel holds
 *   until it is opened), so "better intelligence" becomes a better risk score: separation d′
 *   2.0 → 2.6 doubles the lift at the baseline threshold (0.997: 76 → 147), matching
 *   domain-facts.md §defaults "targeting lift ×2 for precursors and pill presses". It sharpens the
 *   score for every type, an overstatement for the others that this preset accepts.
 * - More flags. With more officers CBP can afford more holds: the `aed-risk` threshold drops
 *   0.997 → 0.995, flagging 0.5% of AED pieces instead of 0.3% (about 1,410 a day instead of 850);
 *   at d′ 2.6 that catches 51% of AED contraband (lift 102) against 23% in the baseline.
 * - The jump team goes where officers are the limit. X-ray is limited by its two machines, not by
 *   its four officers, so extra X-ray officers would stand idle. X-ray alarms (at JFK suspicious
 *   items are set aside and opened, domain-facts.md §3), random exams and dog alerts end at the
 *   exam tables, the busiest officer-limited station (by a rough count,
 *   ~400 X-ray false alarms + ~120 random exams + ~190 dog false alerts a day, against ~560 that
 *   six officers per shift open at a mean of 10.3 min), and the bulky precursor and press seizures
 *   need processing. So the six join the day shift: +4 exam (tables 8 → 10, since tables are
 *   furniture a surge can add), +1 field test, +1 seizure processing.
 *   The jump team's HSI agent (domain-facts.md §defaults) investigates after seizure, outside
 *   this model.
 */
import { presetFromBaseline, ruleById } from './fromBaseline.js';

/**
 * The `artemis-surge` preset (the reasoning is in the file header).
 *
 * @example
 * getPreset('artemis-surge').scenario.riskScore.separation; // 2.6
 */
export const artemisSurge = presetFromBaseline(
  {
    name: 'artemis-surge',
    summary: 'Operation Artemis-like surge: +6 officers on the day shift, sharper risk score (d′ 2.6), top 0.5% held',
    description:
      'An Operation Artemis-like surge: intelligence-led targeting doubles the risk score\'s lift (separation 2.6), the ' +
      'top 0.5% of AED pieces are held instead of 0.3%, and a jump team of six officers works the day shift: four at ' +
      'exam (two extra tables), one at field testing, one at seizure processing.',
  },
  (s) => {
    // domain-facts.md §5: Artemis (2023) targets precursors and production equipment with Blue Lotus intelligence;
    // §defaults: "targeting lift ×2 for precursors and pill presses" (assumption).
    s.riskScore.separation = 2.6;
    const aedRisk = ruleById(s, 'aed-risk');
    if (aedRisk.when.kind !== 'riskScore') throw new Error('artemis-surge: aed-risk must be a riskScore rule');
    aedRisk.when.atLeast = 0.995; // assumption: the jump team's capacity buys 0.5% flagged instead of 0.3%.
    aedRisk.description = 'AED-based risk score in the top 0.5%';
    // domain-facts.md §defaults: "+jump team of 6 CBPOs and 1 HSI agent" (assumption); placement: see the header.
    const DAY = 0;
    s.stations.exam.lanes = 10;
    s.stations.exam.officersByShift[DAY] += 4;
    s.stations.fieldTest.officersByShift[DAY] += 1;
    s.stations.seizure.officersByShift[DAY] += 1;
  },
);

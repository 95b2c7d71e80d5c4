/**
 * `artemis-surge`: an Operation Artemis-like surge at the facility: a jump team of six officers
 * and sharper, intelligence-led targeting of precursor chemicals and pill presses.
 *
 * Why it is modelled this way:
 * - Targeting. Rules cannot name a contraband type (the model does not know what a parcel holds
 *   until it is opened), so "better intelligence" becomes a better risk score: separation d′
 *   2.3 → 2.9 with the threshold below doubles the share of contraband flagged (28% → 56%), matching domain-facts.md §defaults
 *   "targeting lift ×2 for precursors and pill presses". It sharpens the score for every type, an
 *   overstatement for the others that this preset accepts.
 * - More flags. With more officers CBP can afford more holds: the `aed-risk` threshold drops
 *   0.998 → 0.997, holding the top 0.3% of AED pieces (the domain-facts recommendation) instead of
 *   the baseline's calibrated 0.2%: about 280 more holds, most of them opened, a day.
 * - The jump team goes where officers are the limit. X-ray is limited by its two machines, not by
 *   its four officers. Holds, random exams, X-ray alarms and dog alerts all end at the exam tables,
 *   the busiest officer-limited station, and the bulky precursor and press seizures need
 *   processing. So the six join the day shift: +4 exam (tables 10 → 12, since tables are
 *   furniture a surge can add), +1 field test, +1 seizure processing.
 *   The jump team's HSI agent (domain-facts.md §defaults) investigates after seizure, outside
 *   this model.
 */
import { presetFromBaseline, ruleById } from './fromBaseline.js';

/**
 * The `artemis-surge` preset (the reasoning is in the file header).
 *
 * @example
 * getPreset('artemis-surge').scenario.riskScore.separation; // 2.9
 */
export const artemisSurge = presetFromBaseline(
  {
    name: 'artemis-surge',
    summary: 'Operation Artemis-like surge: +6 officers on the day shift, sharper risk score (d′ 2.9), top 0.3% held',
    description:
      'An Operation Artemis-like surge: intelligence-led targeting doubles the risk score\'s lift (separation 2.9), the ' +
      'top 0.3% of AED pieces are held instead of 0.2%, and a jump team of six officers works the day shift: four at ' +
      'exam (two extra tables), one at field testing, one at seizure processing.',
  },
  (s) => {
    // domain-facts.md §5: Artemis (2023) targets precursors and production equipment with Blue Lotus intelligence;
    // §defaults: "targeting lift ×2 for precursors and pill presses" (assumption).
    s.riskScore.separation = 2.9;
    const aedRisk = ruleById(s, 'aed-risk');
    if (aedRisk.when.kind !== 'riskScore') throw new Error('artemis-surge: aed-risk must be a riskScore rule');
    aedRisk.when.atLeast = 0.997; // assumption: the jump team's capacity buys 0.3% flagged instead of 0.2%.
    aedRisk.description = 'AED-based risk score in the top 0.3%: hold and open';
    // domain-facts.md §defaults: "+jump team of 6 CBPOs and 1 HSI agent" (assumption); placement: see the header.
    const DAY = 0;
    s.stations.exam.lanes = 12;
    s.stations.exam.officersByShift[DAY] += 4;
    s.stations.fieldTest.officersByShift[DAY] += 1;
    s.stations.seizure.officersByShift[DAY] += 1;
  },
);

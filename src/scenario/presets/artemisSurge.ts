/**
 * `artemis-surge`: an Operation Artemis-like surge at the facility: a jump team of six officers
 * and sharper, intelligence-led targeting of precursor chemicals and pill presses.
 *
 * Why it is modelled this way:
 * - A sharper risk score, for two types only. Intelligence on the fentanyl supply chain says
 *   nothing new about counterfeits or marijuana, so only precursors and pill presses get a higher
 *   separation (riskScore.separationByType); every other type keeps the baseline's d′ (2.1). Their
 *   d′ is the one that doubles their share flagged at the `aed-risk` threshold used here (0.997):
 *   from 1 − Φ(Φ⁻¹(0.997) − 2.1) = 26% to 53%, d′ = Φ⁻¹(0.997) − Φ⁻¹(1 − 2 × 0.26) = 2.83, computed
 *   below from the threshold and the baseline's d′ so that it stays right if either changes. This is
 *   docs/sources.md §defaults "targeting lift ×2 for precursors and pill presses" (assumption).
 * - Two signature rules, placed before `aed-risk`: `precursor-profile` and `press-profile`, each
 *   a second score of its own that looks for one type's supply chain (shippers, consignees,
 *   weights and descriptions known from the operation's intelligence). Assumption: separation 3,
 *   and a threshold 0.9995 that flags 0.05% of the other AED pieces and 1 − Φ(3.29 − 3) = 39% of
 *   the pieces of its type, independently of the main score, so they catch some of those the
 *   main score misses. Precursors are held and opened; presses are held for X-ray, since a press
 *   is dense metal and shows on the image. docs/sources.md §5: Operation Artemis targets
 *   precursors and production equipment.
 * - What to expect against the baseline: at 1 press per million pieces only about 2.4 presses
 *   arrive in a 7-day run, so the gain in presses seized (well under one a week) takes some 40
 *   paired replications to show on its own; precursors (3 per million) show theirs in 10. Making
 *   the press profile stronger (d′ 4, top 0.1%, or opening instead of X-raying) was tried and
 *   does not change this: the presses that arrive, not the rule, are the limit.
 * - More flags. With more officers CBP can afford more holds: the `aed-risk` threshold drops
 *   0.998 → 0.997, holding the top 0.3% of AED pieces (the recommendation of docs/sources.md §defaults) instead of
 *   the baseline's calibrated 0.2%: about 280 more holds, most of them opened, a day; the two
 *   profiles add about 140 holds a day each.
 * - The jump team goes where officers are the limit. X-ray is limited by its two machines, not by
 *   its four officers. Holds, random exams, X-ray alarms and dog alerts all end at the exam tables,
 *   the busiest officer-limited station, and the bulky precursor and press seizures need
 *   processing. So the six join the day shift: +4 exam (tables 10 → 12, since tables are
 *   furniture a surge can add), +1 field test, +1 seizure processing.
 *   The jump team's HSI agent (docs/sources.md §defaults) investigates after seizure, outside
 *   this model.
 */
import { normalCdf, normalQuantile } from '../../sim/distributions.js';
import type { Rule } from '../schema.js';
import { baselineScenario } from './baseline.js';
import { presetFromBaseline, ruleById } from './fromBaseline.js';

/** The `aed-risk` threshold of this preset: the top 0.3% of AED pieces. */
const AED_RISK_THRESHOLD = 0.997;

/**
 * The d′ that flags twice the share of a type's parcels that d′ `base` flags at threshold `t`:
 * share(d) = 1 − Φ(Φ⁻¹(t) − d), so share(d) = 2 share(base) ⇔ d = Φ⁻¹(t) − Φ⁻¹(1 − 2 share(base)).
 */
function doublingSeparation(base: number, t: number): number {
  const share = 1 - normalCdf(normalQuantile(t) - base);
  if (!(share < 0.5)) throw new Error(`artemis-surge: cannot double a flagged share of ${share}`);
  return normalQuantile(t) - normalQuantile(1 - 2 * share);
}

/**
/** The baseline's d′, and the sharper one for precursors and pill presses. */
const BASE_SEPARATION = baselineScenario().riskScore.separation;
const SHARPENED = doublingSeparation(BASE_SEPARATION, AED_RISK_THRESHOLD);

/**
 * The `artemis-surge` preset (the reasoning is in the file header).
 *
 * @example
 * getPreset('artemis-surge').scenario.riskScore.separationByType.precursors; // 2.83… (d′ 2.1 elsewhere)
 */
export const artemisSurge = presetFromBaseline(
  {
    name: 'artemis-surge',
    summary: `Operation Artemis-like surge: +6 day officers, precursor and press targeting (d′ ${SHARPENED.toFixed(2)}, two profiles), top 0.3% held`,
    description:
      'An Operation Artemis-like surge: intelligence on the fentanyl supply chain doubles the risk score\'s flag rate ' +
      `for precursors and pill presses (separation ${SHARPENED.toFixed(2)} for those two types, ${BASE_SEPARATION} for the rest), two profile rules hold ` +
      'pieces that match a precursor shipper (opened) or a pill-press shipper (X-rayed), the top 0.3% of AED pieces are ' +
      'held instead of 0.2%, and a jump team of six officers works the day shift: four at exam (two extra tables), one ' +
      'at field testing, one at seizure processing.',
  },
  (s) => {
    // docs/sources.md §5: Artemis (2023) targets precursors and production equipment; §defaults: "targeting lift ×2 for
    // precursors and pill presses" (assumption), read as twice the share flagged at the threshold below.
    s.riskScore.separationByType = { precursors: SHARPENED, pillPress: SHARPENED };
    const aedRisk = ruleById(s, 'aed-risk');
    if (aedRisk.when.kind !== 'riskScore') throw new Error('artemis-surge: aed-risk must be a riskScore rule');
    aedRisk.when.atLeast = AED_RISK_THRESHOLD; // assumption: the jump team's capacity buys 0.3% flagged instead of 0.2%.
    aedRisk.description = 'AED-based risk score in the top 0.3%: hold and open';
    // docs/sources.md §5 (Operation Artemis targets precursors and production equipment) and §defaults (targeting lift ×2
    // for precursors and pill presses, assumption). Assumption: NTC intelligence on the supply chains, as in Operation
    // Artemis, gives each profile a separation of 3; the threshold 0.9995 flags about 0.05% of the other AED pieces.
    const profiles: Rule[] = [
      {
        id: 'precursor-profile', enabled: true, description: 'Precursor-chemical shipper profile (top 0.05%): hold and open',
        when: { kind: 'signature', type: 'precursors', separation: 3, atLeast: 0.9995 }, order: 'exam', hold: true,
      },
      {
        id: 'press-profile', enabled: true, description: 'Pill-press shipper profile (top 0.05%): hold for X-ray (presses are dense metal)',
        when: { kind: 'signature', type: 'pillPress', separation: 3, atLeast: 0.9995 }, order: 'xray', hold: true,
      },
    ];
    s.targeting.rules.splice(s.targeting.rules.indexOf(aedRisk), 0, ...profiles);
    // docs/sources.md §defaults: "+jump team of 6 CBPOs and 1 HSI agent" (assumption); placement: see the header.
    const DAY = 0;
    s.stations.exam.lanes = 12;
    s.stations.exam.officersByShift[DAY] += 4;
    s.stations.fieldTest.officersByShift[DAY] += 1;
    s.stations.seizure.officersByShift[DAY] += 1;
  },
);

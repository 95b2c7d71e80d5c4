/**
 * The baseline: a JFK-like international mail facility on an ordinary day today. Every other
 * preset is this scenario with a few changes (`fromBaseline.ts`).
 *
 * Each value cites its source: `docs/sources.md §N` is a numbered section of
 * docs/sources.md, `§defaults` its "Recommended defaults for a baseline JFK-like day";
 * `assumption` marks a value with no public source (the facility's real figures are not
 * published, see §2 and §6 "Not found"). Change an assumption freely; change a sourced value only
 * with a newer source.
 */
import { CONTRABAND_TYPES, type ContrabandType, type Scenario } from '../schema.js';
import type { Preset } from './preset.js';

/**
 * A fresh, mutable copy of the baseline scenario. Presets call this and edit the copy.
 *
 * @example
 * const s = baselineScenario();
 * s.arrivals.kind; // 'flights'
 */
export function baselineScenario(): Scenario {
  return {
    name: 'baseline',
    description:
      'A JFK-like international mail facility on an ordinary day today: 300,000 pieces arriving on 32 flights in two waves, ' +
      'AED-based targeting with postal holds, two X-ray lanes, one canine team, ten exam tables and an on-site lab (the CT lane is off), ' +
      'staffed by two 8-hour shifts (06:00-22:00) of 16 officers and dog handlers; nobody is on duty overnight (an assumption: ' +
      'rosters are not public). A pulled parcel not screened within 12 hours is released unscreened, as backlogs at JFK have ' +
      'led to (the limit is an assumption); no overtime.',
    days: 1,
    serviceStandardHours: 24, // assumption: no published CBP dwell standard for mail; one day is a round, testable target.
    arrivals: {
      kind: 'flights',
      // docs/sources.md §defaults: 300,000/day = ~1 M/day in 2017-19 (§1) scaled for the 64-74% decline since (§1).
      piecesPerDay: 300_000,
      // docs/sources.md §1 (EST): 621 M pieces / 5.4 M receptacles ≈ 115 per receptacle.
      piecesPerReceptacle: 115,
      // docs/sources.md §defaults (assumption): 25-40 flights/day in two waves, 05-09 h and 15-20 h; here 32 flights,
      // 14 landing 05:00-09:00 and 18 landing 15:00-20:00.
      flightsByHour: [
        0, 0, 0, 0, 0, 3, 4, 4, 3, 0, 0, 0, //  0-11 h
        0, 0, 0, 3, 4, 4, 4, 3, 0, 0, 0, 0, // 12-23 h
      ],
      // docs/sources.md §1: of 5.4 M receptacles, 80% took over 2 h, 63% 2-12 h, 20% 12-24 h, 17% over 24 h (these do not
      // add up; read as ~20% under 2 h, ~63% under 12 h, 17% over 24 h). Lognormal(median 6 h, sigma 1.45) gives 22% under
      // 2 h, 68% under 12 h, 17% over 24 h.
      tenderDelayHours: { kind: 'lognormal', median: 6, sigma: 1.45 },
    },
    mix: {
      // docs/sources.md §1: China ~75% of inbound parcels (2020). §defaults: AED on 90% of items, 99% for China
      // (100% AED required from CN/HK/Macau since 2019, §4). The split of the other 25% and the prevalence multipliers are
      // assumptions: transshipment via third countries (§5, 2018) makes OTHER_HR the riskiest per piece.
      // Weighted AED rate: 0.941.
      origins: [
        { code: 'CN', label: 'China', share: 0.75, aedRate: 0.99, highRisk: true, prevalenceMultiplier: 1.2 },
        { code: 'HK', label: 'Hong Kong', share: 0.05, aedRate: 0.95, highRisk: true, prevalenceMultiplier: 1.5 },
        { code: 'OTHER_HR', label: 'other high-risk countries', share: 0.05, aedRate: 0.6, highRisk: true, prevalenceMultiplier: 2.0 },
        { code: 'EU', label: 'the European Union', share: 0.08, aedRate: 0.9, highRisk: false, prevalenceMultiplier: 0.3 },
        { code: 'ROW', label: 'the rest of the world', share: 0.07, aedRate: 0.7, highRisk: false, prevalenceMultiplier: 0.5 },
      ],
      // docs/sources.md §defaults (assumption): 60% packets, 40% flats/letters; contraband travels almost only in packets.
      mailTypes: [
        { name: 'packet', share: 0.6, prevalenceMultiplier: 1.6 },
        { name: 'flat', share: 0.4, prevalenceMultiplier: 0.1 },
      ],
      // assumption, direction from docs/sources.md §5: mail fentanyl is "declared as medicine or hidden in goods".
      declared: [
        { name: 'goods', cleanShare: 0.7, contrabandShare: 0.55 },
        { name: 'gift', cleanShare: 0.12, contrabandShare: 0.15 },
        { name: 'documents', cleanShare: 0.1, contrabandShare: 0.02 },
        { name: 'medicine', cleanShare: 0.08, contrabandShare: 0.28 },
      ],
      // assumption: small e-commerce packets (ePackets, §1) mostly under 2 kg.
      weightKg: { kind: 'lognormal', median: 0.4, sigma: 0.9 },
      // assumption: low-value de minimis e-commerce (§1).
      declaredValueUsd: { kind: 'lognormal', median: 18, sigma: 1.0 },
    },
    // docs/sources.md §defaults: prevalence per million pieces (assumption, total 100/M, calibrated to ~1.6e-5 seizures
    // per piece at JFK, §5). Quantities are assumptions except fentanyl (§5: ~700 g at ~90% purity in mail); purities
    // are assumptions except fentanyl. Odour: JFK dogs are trained on hash, marijuana, cocaine, heroin, meth, ecstasy and
    // fentanyl (§2), so precursors (not on the list) and non-drug goods have none. Deep concealment 20-30% (assumption).
    contraband: {
      counterfeit: { perMillion: 40, quantityGrams: { kind: 'lognormal', median: 500, sigma: 1.0 }, purity: 0, deepConcealmentShare: 0.2, fieldTest: false, odour: false },
      pills: { perMillion: 30, quantityGrams: { kind: 'lognormal', median: 200, sigma: 1.2 }, purity: 0.3, deepConcealmentShare: 0.2, fieldTest: true, odour: true },
      marijuana: { perMillion: 10, quantityGrams: { kind: 'lognormal', median: 450, sigma: 1.0 }, purity: 0.5, deepConcealmentShare: 0.25, fieldTest: true, odour: true },
      meth: { perMillion: 5, quantityGrams: { kind: 'lognormal', median: 500, sigma: 1.0 }, purity: 0.8, deepConcealmentShare: 0.25, fieldTest: true, odour: true },
      precursors: { perMillion: 3, quantityGrams: { kind: 'lognormal', median: 1000, sigma: 1.2 }, purity: 0.95, deepConcealmentShare: 0.2, fieldTest: true, odour: false },
      fentanyl: { perMillion: 2, quantityGrams: { kind: 'lognormal', median: 700, sigma: 0.9 }, purity: 0.9, deepConcealmentShare: 0.3, fieldTest: true, odour: true },
      pillPress: { perMillion: 1, quantityGrams: { kind: 'lognormal', median: 3000, sigma: 0.8 }, purity: 0, deepConcealmentShare: 0.2, fieldTest: false, odour: false },
      other: { perMillion: 9, quantityGrams: { kind: 'lognormal', median: 300, sigma: 1.2 }, purity: 0, deepConcealmentShare: 0.2, fieldTest: false, odour: false },
    },
    riskScore: {
      // docs/sources.md §defaults: targeting lift 50-100x (assumption). With clean scores N(0,1) and contraband N(d',1),
      // the threshold 0.998 (z = 2.878) flags 0.2% of clean items and 1 - Φ(2.878 - 2.1) = 22% of contraband: lift 109.
      // Calibrated so that baseline seizures come to 1.5-2 per 100,000 pieces (docs/sources.md §defaults, S: JFK 2019):
      // `npm run calibration` prints the figure with its interval (docs/calibration.md).
      separation: 2.1,
      // No type is targeted better or worse than the others in the baseline; artemis-surge sharpens two.
      separationByType: {},
    },
    targeting: {
      rules: [
        // docs/sources.md §defaults: targeting flags 0.3% of AED items, and the seizure check assumes flagged items are
        // opened (× ~0.85 detect); §4: CBP sends electronic holds to USPS. Calibrated to 0.2% (lift 109 at d' 2.1) so that,
        // with the other flows into exam, the exam tables run at ~80% load instead of an ever-growing backlog: the
        // recommended 0.3% with 6 officers per shift overloads them (see README, "Calibration").
        { id: 'aed-risk', enabled: true, description: 'AED-based risk score in the top 0.2%: hold and open', when: { kind: 'riskScore', atLeast: 0.998 }, order: 'exam', hold: true },
        // docs/sources.md §defaults: random selection 0.05% (assumption; §4: the real rate is not published).
        // Calibrated to 0.02% for exam capacity, as above.
        { id: 'random', enabled: true, description: 'Random selection of 0.02% of pieces for a full exam', when: { kind: 'random', rate: 0.0002 }, order: 'exam', hold: true },
        // docs/sources.md §defaults: x-ray 5% of high-risk receptacles (assumption); §3: x-ray of mail from certain countries.
        // Calibrated to 3%: each 1% sends ~75 X-ray false alarms a day to the exam tables.
        { id: 'hr-sweep', enabled: true, description: 'X-ray every piece of 3% of receptacles from high-risk origins', when: { kind: 'receptacleSweep', highRiskOnly: true, rate: 0.03 }, order: 'xray', hold: false },
        // docs/sources.md §4: AED waivers for 128-148 countries; a toggle for scenarios about pieces without AED.
        { id: 'no-aed-hr', enabled: false, description: 'Hold every high-risk piece without AED', when: { kind: 'noAedHighRisk' }, order: 'xray', hold: true },
        // docs/sources.md §5: fentanyl is often declared as medicine; a toggle.
        { id: 'declared-medicine', enabled: false, description: 'Hold every piece declared as medicine', when: { kind: 'declared', in: ['medicine'] }, order: 'xray', hold: true },
      ],
      holds: {
        presentProbability: 0.9, // docs/sources.md §4: USPS presented 88% of holds (2018), 93% (Apr 2019).
        searchMinutes: { kind: 'triangular', min: 10, mode: 45, max: 240 }, // assumption: finding a held piece in the mail room.
        examinedProbability: 0.9, // docs/sources.md §defaults (assumption); §4: one IMF examined only about half.
      },
      // assumption: a compliance sample of 0.01% of all pieces, opened fully (§4: CBP's random-selection rate is not
      // published). A thorough exam finds what a normal one misses in deep concealment: assumption 0.95.
      compliance: { rate: 0.0001, detectProbability: 0.95 },
    },
    backlog: {
      // docs/sources.md §7, §10: backlogs at JFK led to pieces being released uninspected (OIG-21-27; count redacted).
      // The limit is an assumption: half a day from the belt to the start of the ordered screening.
      maxWaitHours: 12,
      // assumption: the mail room can keep about 250 held pieces findable at once (§7: OIG-18-83, targeted mail is hard
      // to inventory and locate).
      holdCapacity: 250,
    },
    overtime: {
      // docs/sources.md §2: officers worked back-to-back 8-h shifts (2018); §defaults: overtime surge at 2x cost. The
      // limit of 2 h, the half-hour blocks and the queue levels are assumptions: about half an hour of work waiting.
      maxHours: 0,
      blockMinutes: 30,
      queueAtLeast: { xray: 600, ct: 500, exam: 40, fieldTest: 5, seizure: 5 },
    },
    costs: {
      // assumption: a CBPO's pay and benefits (about GS-12, $140k a year loaded) over 2,080 hours ≈ $67; $70 with
      // equipment. No public figure for the JFK IMF.
      officerHourUsd: 70,
      overtimePayMultiplier: 2, // docs/sources.md §defaults: overtime at 2x cost (rate sourced).
    },
    // docs/sources.md §defaults: 2 shifts of 8 h (assumption; §2: real rosters not published). Break: assumption.
    // Nobody is on duty 22:00-06:00 although mail is tendered around the clock: an assumption too (no public roster
    // says otherwise), so pulled parcels queue overnight. Add a shift to test night coverage.
    shifts: [
      { name: 'day', startHour: 6, hours: 8, breakMinutes: 30 },
      { name: 'evening', startHour: 14, hours: 8, breakMinutes: 30 },
    ],
    shiftEndRule: 'finish', // assumption: an officer finishes the parcel in hand.
    stations: {
      induction: {
        lines: 6, // assumption
        // assumption: 6 lines x 3,500/h = 21,000/h, well above the 12,500/h daily average, below the flight-wave peaks,
        // so receptacles queue for induction after each wave and the queue clears between waves.
        parcelsPerHourPerLine: 3500,
      },
      xray: {
        enabled: true,
        lanes: 2, // docs/sources.md §defaults: 2 x-ray lanes.
        officersByShift: [4, 4], // docs/sources.md §defaults: 4 x-ray officers per shift (assumption).
        // docs/sources.md §defaults: 4-6 s per image, ~600 items/h per lane; triangular(4, 5, 8) has mean 5.67 s, 635/h.
        serviceSeconds: { kind: 'triangular', min: 4, mode: 5, max: 8 },
        // docs/sources.md §defaults: P(alarm) 0.6, 0.75 pills/presses, 0.45 small powders; counterfeit and other: assumption.
        detection: perType(0.6, { pills: 0.75, pillPress: 0.75, fentanyl: 0.45, precursors: 0.45, counterfeit: 0.5, other: 0.4 }),
        falseAlarm: 0.03, // docs/sources.md §defaults.
        // docs/sources.md §defaults, §6, §10: a low-prevalence penalty of -15 points after 30 min on task (Wolfe,
        // Horowitz & Kenner 2005; §2: the EU caps continuous image reading at 20 min).
        vigilance: { afterMinutesOnTask: 30, detectionPenalty: 0.15 },
      },
      ct: {
        // docs/sources.md §3: CT scanner at the JFK IMF since Jul 2023. Off in the baseline (assumption: not yet in routine
        // use); switch it on and point a rule at it to test CT screening.
        enabled: false,
        lanes: 1,
        officersByShift: [1, 1], // assumption: one operator.
        // docs/sources.md §defaults: up to 2,000/h (§3: comparable cargo CT 2,500/h); triangular(1.2, 1.8, 3) has mean 2 s.
        serviceSeconds: { kind: 'triangular', min: 1.2, mode: 1.8, max: 3 },
        detection: perType(0.8, { fentanyl: 0.7 }), // docs/sources.md §defaults: 0.8 (assumption); fentanyl lower, assumption.
        falseAlarm: 0.02, // docs/sources.md §defaults.
      },
      canine: {
        enabled: true,
        teamsByShift: [1, 1], // docs/sources.md §defaults: 1-2 canine teams.
        workMinutes: 20, // docs/sources.md §3: "hundreds of packages in 20-minute runs".
        restMinutes: 10, // docs/sources.md §defaults: ~10 min rest per run (assumption).
        itemsPerHour: 900, // docs/sources.md §defaults: 800-1,000 items/h while working (§3: 400-500 in ~30 min).
        // docs/sources.md §defaults: 0.80 narcotics, 0.85 marijuana, 0.60 heroin-like, 0 for non-odour goods (§6: 87.7% in
        // trials). Pills 0.6 and fentanyl 0.75: assumption. Precursors 0: not a trained odour (§2).
        detection: perType(0, { marijuana: 0.85, meth: 0.8, fentanyl: 0.75, pills: 0.6 }),
        falseAlert: 0.02, // docs/sources.md §defaults.
      },
      exam: {
        enabled: true,
        lanes: 10, // docs/sources.md §defaults: 6-8 exam tables; calibrated to 10 (see aed-risk).
        // docs/sources.md §defaults: 6 exam officers per shift; calibrated to 8 so that ~930 exams a day (holds, random,
        // X-ray alarms, dog alerts) load the tables to ~80%.
        officersByShift: [8, 8],
        // docs/sources.md §defaults: triangular(3, 8, 20) min (assumption, mean 10.3); calibrated to (2, 5, 12), mean
        // 6.3 min: most opened pieces are small packets, and the longer exams are the ones that find something.
        serviceMinutes: { kind: 'triangular', min: 2, mode: 5, max: 12 },
        detectProbability: 0.9, // docs/sources.md §defaults: 0.90 if opened.
        deepDetectProbability: 0.7, // docs/sources.md §defaults: 0.7 for deep concealment.
      },
      fieldTest: {
        enabled: true,
        lanes: 2, // assumption: two handheld Raman/FTIR devices (§3).
        // assumption: the staffing list (§defaults) names no chemist; one officer per shift runs the handheld tests.
        officersByShift: [1, 1],
        serviceMinutes: { kind: 'triangular', min: 1, mode: 2, max: 3 }, // docs/sources.md §defaults: 1-3 min per sample.
        positiveHighPurity: 0.95, // docs/sources.md §defaults, §6 (OIG-19-67).
        positiveLowPurity: 0.3, // docs/sources.md §defaults, §6: handhelds fail at purity of 10% or less.
      },
      lab: {
        onSite: true, // docs/sources.md §3: Forward Operating Lab at the JFK IMF since Jan 29, 2024.
        turnaroundMinutes: { kind: 'uniform', min: 30, max: 120 }, // docs/sources.md §defaults: on-site lab 30-120 min.
        detectProbability: 0.99, // docs/sources.md §defaults.
      },
      seizure: {
        enabled: true,
        lanes: 2, // assumption
        officersByShift: [1, 1], // docs/sources.md §defaults: 1 seizure-processing officer per shift.
        serviceMinutes: { kind: 'triangular', min: 20, mode: 40, max: 90 }, // assumption: paperwork, photos, evidence bags.
      },
    },
  };
}

/**
 * The `baseline` preset.
 *
 * @example
 * getPreset('baseline').scenario.stations.xray.lanes; // 2
 */
export const baseline: Preset = {
  name: 'baseline',
  summary: 'A JFK-like day today: 300,000 pieces on 32 flights, AED targeting, 16 officers and dog handlers per shift',
  scenario: baselineScenario(),
};

/** A probability for every contraband type: `fallback`, except where `overrides` says otherwise. */
function perType(fallback: number, overrides: Partial<Record<ContrabandType, number>>): Record<ContrabandType, number> {
  return Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, overrides[t] ?? fallback])) as Record<ContrabandType, number>;
}

/**
 * The scenario: everything that defines a run besides its seed (docs/architecture.md rule 5).
 *
 * Written as a Zod schema so one definition gives the TypeScript type, the validator (every
 * problem reported with its path, see `validate.ts`) and the JSON Schema that `npm run sim --
 * schema` prints. Objects are strict: an unknown field is an error, never silently ignored.
 * Field names carry their units (`serviceSeconds`, `piecesPerDay`, `tenderDelayHours`).
 * Defaults live in the presets (`presets.ts`), each citing its source, not here:
 * a scenario file states every value it relies on. Every number has a physical upper bound
 * (`limits.ts`), so what validates also runs.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';

const probability = z.number().min(0).max(1);
const nonNegative = z.number().min(0);
const positive = z.number().gt(0);
const count = z.number().int().min(0);
/** A queue length at which overtime starts. */
const queueLevel = count.max(LIMITS.holdCapacity);
/** d′ of 10 already separates perfectly: Φ(−10) is 8 × 10⁻²⁴. */
const separation = nonNegative.max(10);
const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must be letters, digits, - or _, starting with a letter');

/**
 * A distribution of a non-negative quantity whose mean is at most `maxMean` (in the unit of the
 * field holding it, named in the field), so that every draw is finite and a run stays bounded
 * (limits.ts). A lognormal's mean, median × e^(sigma²/2), is checked as well as its median.
 */
export function distribution(maxMean: number) {
  const value = z.number().min(0).max(maxMean);
  return z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('exponential'), mean: positive.max(maxMean) }),
      z.strictObject({ kind: z.literal('lognormal'), median: positive.max(maxMean), sigma: nonNegative.max(LIMITS.lognormalSigma) })
        .refine((d) => d.median * Math.exp((d.sigma * d.sigma) / 2) <= maxMean, {
          message: `its mean, median × e^(sigma²/2), must be <= ${maxMean}`,
        }),
      z.strictObject({ kind: z.literal('triangular'), min: value, mode: value, max: value })
        .refine((d) => d.min <= d.mode && d.mode <= d.max, { message: 'needs min <= mode <= max' }),
      z.strictObject({ kind: z.literal('uniform'), min: value, max: value })
        .refine((d) => d.min <= d.max, { message: 'needs min <= max' }),
      z.strictObject({ kind: z.literal('deterministic'), value }),
      z.strictObject({
        kind: z.literal('empirical'),
        values: z.array(value).min(1).max(LIMITS.empiricalValues),
        weights: z.array(z.number().min(0).max(1e12)).min(1).max(LIMITS.empiricalValues),
      }).refine((d) => d.values.length === d.weights.length, { message: 'values and weights need the same length' })
        .refine((d) => d.weights.some((w) => w > 0), { message: 'weights need at least one positive entry' }),
    ])
    .describe(`A distribution with a mean of at most ${maxMean}: exponential(mean), lognormal(median, sigma of the log), triangular(min, mode, max), uniform(min, max), deterministic(value) or empirical(values, weights).`);
}

/** The widest distribution any field accepts (for code that handles distributions in general). */
export const distributionSchema = distribution(LIMITS.labMinutes);

/** The kinds of contraband the model knows. */
export const CONTRABAND_TYPES = [
  'counterfeit', 'pills', 'marijuana', 'meth', 'precursors', 'fentanyl', 'pillPress', 'other',
] as const;
export type ContrabandType = (typeof CONTRABAND_TYPES)[number];
export const contrabandTypeSchema = z.enum(CONTRABAND_TYPES);

/** A probability for each contraband type (all eight must be given). */
const perType = z.strictObject(Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, probability])) as Record<ContrabandType, typeof probability>);

const contrabandKindSchema = z.strictObject({
  perMillion: nonNegative.max(LIMITS.perMillion).describe('Parcels carrying this contraband per million arriving pieces (all types together at most 1,000,000)'),
  quantityGrams: distribution(LIMITS.quantityGrams).describe('Quantity per parcel, grams'),
  purity: probability.describe('Mean purity, 0-1 (field tests fail at 10% or less)'),
  deepConcealmentShare: probability.describe('Share hidden deep inside goods (harder to find by hand)'),
  fieldTest: z.boolean().describe('A chemical found by hand goes to the handheld Raman/FTIR test before seizure'),
  odour: z.boolean().describe('A dog can smell it'),
});

const originSchema = z.strictObject({
  code: z.string().min(1).max(12).regex(/^[\x21-\x7e]+$/, 'must be printable characters without spaces'),
  label: z.string().min(1).max(60).optional().describe('Optional: the origin in words, for people (e.g. "China"); rules and files use the code'),
  share: probability.describe('Share of arriving pieces'),
  aedRate: probability.describe('Share of pieces with advance electronic data'),
  highRisk: z.boolean(),
  prevalenceMultiplier: nonNegative.max(LIMITS.prevalenceMultiplier).describe('Relative contraband rate of this origin (overall rate is kept at the per-million figures)'),
});

const mailTypeSchema = z.strictObject({
  name: id,
  share: probability,
  prevalenceMultiplier: nonNegative.max(LIMITS.prevalenceMultiplier),
});

const declaredSchema = z.strictObject({
  name: id,
  cleanShare: probability.describe('Share among clean parcels'),
  contrabandShare: probability.describe('Share among contraband parcels'),
});

export const flightArrivalsSchema = z.strictObject({
  kind: z.literal('flights'),
  piecesPerDay: positive.max(LIMITS.piecesPerDay),
  piecesPerReceptacle: z.number().int().min(1).max(999).describe("Pieces per receptacle (a parcel id is receptacle × 1000 + position)"),
  flightsByHour: z.array(count.max(LIMITS.flightsPerHour)).length(24).describe('Flights landing in each hour of the day, 0-23')
    .refine((a) => a.some((n) => n > 0), { message: 'the flight schedule is empty: at least one hour needs a flight' }),
  tenderDelayHours: distribution(LIMITS.tenderDelayHours).describe('Landing to hand-over (tender) of each receptacle, hours'),
});

export const poissonArrivalsSchema = z.strictObject({
  kind: z.literal('poisson'),
  perHour: positive.max(LIMITS.arrivalsPerHour).describe('Mean arrivals per hour; parcels arrive one at a time, without receptacles or induction'),
});

export const stationStaffSchema = z.array(count.max(LIMITS.officers)).max(LIMITS.shifts).describe('Officers on duty in each shift, in the order of `shifts`');

const inspectionStation = {
  enabled: z.boolean(),
  lanes: z.number().int().min(0).max(LIMITS.lanes).describe('Machines, lanes or tables: at most this many parcels in service at once'),
  officersByShift: stationStaffSchema,
};

export const rulesConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('riskScore'),
    atLeast: probability.describe('Risk score threshold, 0-1'),
    declared: z.array(z.string().min(1)).min(1).max(LIMITS.ruleListEntries).optional()
      .describe('Optional: only pieces whose declared contents are one of these categories'),
  }),
  z.strictObject({ kind: z.literal('origin'), in: z.array(z.string().min(1)).min(1).max(LIMITS.ruleListEntries) }),
  z.strictObject({ kind: z.literal('noAedHighRisk') }),
  z.strictObject({ kind: z.literal('declared'), in: z.array(z.string().min(1)).min(1).max(LIMITS.ruleListEntries) }),
  z.strictObject({ kind: z.literal('random'), rate: probability }),
  z.strictObject({ kind: z.literal('receptacleSweep'), highRiskOnly: z.boolean(), rate: probability }),
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({
    kind: z.literal('signature'),
    type: contrabandTypeSchema.describe('The contraband type whose signature this rule looks for'),
    separation: separation.describe("d' of the signature score: how far pieces carrying this type score above all others"),
    atLeast: probability.describe('Signature score threshold, 0-1'),
  }).describe("A type-specific profile (shipper, consignee, weight, description matched against one contraband type's supply chain): a second score, its own per rule"),
]);

/** Names of the stations that serve parcels from a queue with officers. */
export const QUEUE_STATIONS = ['xray', 'ct', 'exam', 'fieldTest', 'seizure'] as const;

export const SCREENINGS = ['xray', 'ct', 'exam'] as const;
export type Screening = (typeof SCREENINGS)[number];

export const ruleSchema = z.strictObject({
  id,
  enabled: z.boolean(),
  description: z.string().max(300).optional(),
  when: rulesConditionSchema,
  order: z.enum(SCREENINGS).describe('The screening this rule orders'),
  hold: z.boolean().describe('True: CBP asks the postal service to find and present the parcel (hold); false: pulled at the belt directly'),
});

export const shiftSchema = z.strictObject({
  name: id,
  startHour: z.number().min(0).lt(24),
  hours: z.number().gt(0).max(24),
  breakMinutes: nonNegative.max(1_440).describe('One break per officer, staggered around mid-shift; shorter than the shift'),
});

/** A minute of the run, counted from its start (its first midnight): whole minutes, so that the time a
 *  change takes effect (atMinute × 60 s) is exact and a recorded change replays at the same instant. */
const runMinute = z.number().int().min(0).max(LIMITS.runMinutes).describe("Minute of the run at which the change takes effect, counted from the run's start (its first midnight; a live run of the app, or run --live, starts a day and six hours before its clock's 06:00)");

/**
 * A change made while a run goes (docs/model.md, "Changes during a run"): staffing, a rule
 * switched on or off, a risk threshold. It takes effect at the start of its minute, before any
 * other event of that instant, so a run with its changes listed replays exactly the run in which
 * a trainer made them live.
 */
export const runChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('officers'),
    atMinute: runMinute,
    station: z.enum(QUEUE_STATIONS).describe('The station whose staffing changes'),
    shift: z.number().int().min(0).lt(LIMITS.shifts).describe('Which shift, by its place in `shifts` (0 = the first)'),
    officers: count.max(LIMITS.officers).describe('Officers on duty in that shift from then on; officers beyond it leave as at a shift end'),
  }).describe('Staffing of one station and shift, from this minute on (today and the following days)'),
  z.strictObject({
    kind: z.literal('rule'),
    atMinute: runMinute,
    rule: id.describe('The id of a targeting rule'),
    enabled: z.boolean().optional().describe('Switch the rule on or off'),
    atLeast: probability.optional().describe('New threshold of a risk-score or signature rule, 0-1'),
  }).refine((c) => c.enabled !== undefined || c.atLeast !== undefined, { message: 'needs enabled, atLeast or both' })
    .describe('A targeting rule switched on or off, or its threshold changed, from this minute on'),
]);

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe('Optional: where editors can find this JSON Schema'),
  name: id,
  description: z.string().max(LIMITS.description),
  days: z.number().int().min(1).max(366).describe('Default run length, days'),
  serviceStandardHours: positive.max(LIMITS.hoursInAYear).describe('A parcel released within this many hours of arrival meets the service standard'),
  arrivals: z.discriminatedUnion('kind', [flightArrivalsSchema, poissonArrivalsSchema]),
  mix: z.strictObject({
    origins: z.array(originSchema).min(1).max(LIMITS.mixEntries),
    mailTypes: z.array(mailTypeSchema).min(1).max(LIMITS.mixEntries),
    declared: z.array(declaredSchema).min(1).max(LIMITS.mixEntries),
    weightKg: distribution(LIMITS.weightKg),
    declaredValueUsd: distribution(LIMITS.declaredValueUsd),
  }),
  contraband: z.strictObject(Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, contrabandKindSchema])) as Record<ContrabandType, typeof contrabandKindSchema>),
  riskScore: z.strictObject({
    separation: separation.describe("d': how far contraband's scores sit above clean ones, in standard deviations (0 = useless)"),
    separationByType: z.strictObject(Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, separation])) as Record<ContrabandType, typeof separation>)
      .partial().describe("d' for particular contraband types; a type not listed uses `separation`"),
  }),
  targeting: z.strictObject({
    rules: z.array(ruleSchema).max(LIMITS.rules),
    holds: z.strictObject({
      presentProbability: probability.describe('Chance the postal service finds and presents a held parcel'),
      searchMinutes: distribution(LIMITS.searchMinutes).describe('Time to find and present a held parcel, minutes'),
      examinedProbability: probability.describe('Chance a presented hold is actually screened'),
    }),
    compliance: z.strictObject({
      rate: probability.describe('Share of all arriving pieces drawn at random, before any rule, for a full compliance exam'),
      detectProbability: probability.describe('P(found | contraband) in a compliance exam; the prevalence estimate divides by it'),
    }).describe('A random sample of all mail, fully examined (never released unscreened), whose results estimate prevalence'),
  }),
  backlog: z.strictObject({
    maxWaitHours: positive.max(LIMITS.hoursInAYear).nullable().describe('Longest a pulled parcel may wait for its ordered screening, counted from when it left the belt; then it is released unscreened. null: no limit'),
    holdCapacity: count.max(LIMITS.holdCapacity).nullable().describe('Most held parcels the postal service can keep at once; a hold beyond it is refused and the parcel released at the belt. null: no limit'),
  }),
  overtime: z.strictObject({
    maxHours: z.number().min(0).max(16).describe('Most hours an officer may stay past the end of a shift; 0: no overtime'),
    blockMinutes: z.number().min(1).max(LIMITS.overtimeBlockMinutes).describe('Overtime is decided in blocks of this many minutes'),
    queueAtLeast: z.strictObject({ xray: queueLevel, ct: queueLevel, exam: queueLevel, fieldTest: queueLevel, seizure: queueLevel })
      .describe('Officers at a station stay on while its queue is at least this many parcels'),
  }),
  costs: z.strictObject({
    officerHourUsd: nonNegative.max(LIMITS.officerHourUsd).describe('Fully loaded cost of one officer-hour on regular time, US dollars (dog handlers included)'),
    overtimePayMultiplier: z.number().min(1).max(LIMITS.overtimePayMultiplier).describe('Overtime hours cost this many times a regular hour'),
  }),
  shifts: z.array(shiftSchema).min(1).max(LIMITS.shifts),
  shiftEndRule: z.enum(['finish', 'handover']).describe('finish: an officer completes the parcel in hand before leaving; handover: it goes back to the head of the queue and is served again from the start'),
  changesDuringRun: z.array(runChangeSchema).max(LIMITS.changesDuringRun).optional()
    .describe('Optional: changes made while the run goes (staffing, rules, thresholds), each at its minute; the app records those a trainer makes live'),
  stations: z.strictObject({
    induction: z.strictObject({
      lines: z.number().int().min(1).max(LIMITS.inductionLines).describe('Postal induction lines opening receptacles onto the belt, around the clock'),
      parcelsPerHourPerLine: positive.max(LIMITS.piecesPerHourPerLine),
    }),
    xray: z.strictObject({
      ...inspectionStation,
      serviceSeconds: distribution(LIMITS.serviceSeconds),
      detection: perType.describe('P(alarm | contraband of this type)'),
      falseAlarm: probability.describe('P(alarm | clean)'),
      vigilance: z.strictObject({
        afterMinutesOnTask: nonNegative.max(1_440).describe('Minutes an officer reads images after coming on duty or back from a break before the penalty applies'),
        detectionPenalty: probability.describe('Subtracted from P(alarm | contraband) for images read after that'),
      }).describe('Low-prevalence, time-on-task penalty for reading X-ray images'),
    }),
    ct: z.strictObject({
      ...inspectionStation,
      serviceSeconds: distribution(LIMITS.serviceSeconds),
      detection: perType,
      falseAlarm: probability,
    }),
    canine: z.strictObject({
      enabled: z.boolean(),
      teamsByShift: z.array(count.max(LIMITS.canineTeams)).max(LIMITS.shifts).describe('Dog-and-handler teams on duty in each shift'),
      workMinutes: z.number().min(LIMITS.canineWorkMinutesMin).max(LIMITS.canineMinutes).describe('Length of a belt run'),
      restMinutes: nonNegative.max(LIMITS.canineMinutes).describe('Rest after each run'),
      itemsPerHour: positive.max(LIMITS.canineItemsPerHour).describe('Items a working dog screens per hour'),
      detection: perType.describe('P(alert | contraband of this type), for types with odour'),
      falseAlert: probability.describe('P(alert | clean item)'),
    }),
    exam: z.strictObject({
      ...inspectionStation,
      serviceMinutes: distribution(LIMITS.serviceMinutes),
      detectProbability: probability.describe('P(found | contraband, normal concealment)'),
      deepDetectProbability: probability.describe('P(found | contraband, deep concealment)'),
    }),
    fieldTest: z.strictObject({
      ...inspectionStation,
      serviceMinutes: distribution(LIMITS.serviceMinutes),
      positiveHighPurity: probability.describe('P(identified | purity above 10%)'),
      positiveLowPurity: probability.describe('P(identified | purity 10% or less)'),
    }),
    lab: z.strictObject({
      onSite: z.boolean().describe('true: on-site lab returns a result within the run; false: the parcel is detained for off-site confirmation'),
      turnaroundMinutes: distribution(LIMITS.labMinutes),
      detectProbability: probability,
    }),
    seizure: z.strictObject({
      ...inspectionStation,
      serviceMinutes: distribution(LIMITS.serviceMinutes),
    }),
  }),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Distribution = z.infer<typeof distributionSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RunChange = z.infer<typeof runChangeSchema>;
/** A change asked for while a run goes, before it is given its minute. */
export type RunChangeRequest = RunChange extends infer C ? (C extends unknown ? Omit<C, 'atMinute'> : never) : never;
export type RuleCondition = z.infer<typeof rulesConditionSchema>;
export type Shift = z.infer<typeof shiftSchema>;
export type FlightArrivals = z.infer<typeof flightArrivalsSchema>;
export type PoissonArrivals = z.infer<typeof poissonArrivalsSchema>;
export type QueueStationName = (typeof QUEUE_STATIONS)[number];

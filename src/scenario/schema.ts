/**
 * The scenario: everything that defines a run besides its seed (ARCHITECTURE.md rule 5).
 *
 * Written as a Zod schema so one definition gives the TypeScript type, the validator (every
 * problem reported with its path, see `validate.ts`) and the JSON Schema that `npm run sim --
 * schema` prints. Objects are strict: an unknown field is an error, never silently ignored.
 * Field names carry their units (`serviceSeconds`, `piecesPerDay`, `tenderDelayHours`).
 * Defaults live in the presets (`presets.ts`), each citing ../shared/domain-facts.md, not here:
 * a scenario file states every value it relies on.
 */
import { z } from 'zod';

const probability = z.number().min(0).max(1);
const nonNegative = z.number().min(0);
const positive = z.number().gt(0);
const count = z.number().int().min(0);
const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must be letters, digits, - or _, starting with a letter');

/** A distribution of a non-negative quantity; its unit is in the name of the field holding it. */
export const distributionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('exponential'), mean: positive }),
    z.strictObject({ kind: z.literal('lognormal'), median: positive, sigma: nonNegative }),
    z.strictObject({ kind: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative })
      .refine((d) => d.min <= d.mode && d.mode <= d.max, { message: 'needs min <= mode <= max' }),
    z.strictObject({ kind: z.literal('uniform'), min: nonNegative, max: nonNegative })
      .refine((d) => d.min <= d.max, { message: 'needs min <= max' }),
    z.strictObject({ kind: z.literal('deterministic'), value: nonNegative }),
    z.strictObject({
      kind: z.literal('empirical'),
      values: z.array(nonNegative).min(1),
      weights: z.array(nonNegative).min(1),
    }).refine((d) => d.values.length === d.weights.length, { message: 'values and weights need the same length' })
      .refine((d) => d.weights.some((w) => w > 0), { message: 'weights need at least one positive entry' }),
  ])
  .describe('A distribution: exponential(mean), lognormal(median, sigma of the log), triangular(min, mode, max), uniform(min, max), deterministic(value) or empirical(values, weights).');

/** The kinds of contraband the model knows. */
export const CONTRABAND_TYPES = [
  'counterfeit', 'pills', 'marijuana', 'meth', 'precursors', 'fentanyl', 'pillPress', 'other',
] as const;
export type ContrabandType = (typeof CONTRABAND_TYPES)[number];
export const contrabandTypeSchema = z.enum(CONTRABAND_TYPES);

/** A probability for each contraband type (all eight must be given). */
const perType = z.strictObject(Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, probability])) as Record<ContrabandType, typeof probability>);

const contrabandKindSchema = z.strictObject({
  perMillion: nonNegative.describe('Parcels carrying this contraband per million arriving pieces'),
  quantityGrams: distributionSchema.describe('Quantity per parcel, grams'),
  purity: probability.describe('Mean purity, 0-1 (field tests fail at 10% or less)'),
  deepConcealmentShare: probability.describe('Share hidden deep inside goods (harder to find by hand)'),
  fieldTest: z.boolean().describe('A chemical found by hand goes to the handheld Raman/FTIR test before seizure'),
  odour: z.boolean().describe('A dog can smell it'),
});

const originSchema = z.strictObject({
  code: z.string().min(1).max(12),
  share: probability.describe('Share of arriving pieces'),
  aedRate: probability.describe('Share of pieces with advance electronic data'),
  highRisk: z.boolean(),
  prevalenceMultiplier: nonNegative.describe('Relative contraband rate of this origin (overall rate is kept at the per-million figures)'),
});

const mailTypeSchema = z.strictObject({
  name: id,
  share: probability,
  prevalenceMultiplier: nonNegative,
});

const declaredSchema = z.strictObject({
  name: id,
  cleanShare: probability.describe('Share among clean parcels'),
  contrabandShare: probability.describe('Share among contraband parcels'),
});

export const flightArrivalsSchema = z.strictObject({
  kind: z.literal('flights'),
  piecesPerDay: positive,
  piecesPerReceptacle: z.number().int().min(1).max(999).describe("Pieces per receptacle (a parcel id is receptacle × 1000 + position)"),
  flightsByHour: z.array(count).length(24).describe('Flights landing in each hour of the day, 0-23')
    .refine((a) => a.some((n) => n > 0), { message: 'the flight schedule is empty: at least one hour needs a flight' }),
  tenderDelayHours: distributionSchema.describe('Landing to hand-over (tender) of each receptacle, hours'),
});

export const poissonArrivalsSchema = z.strictObject({
  kind: z.literal('poisson'),
  perHour: positive.describe('Mean arrivals per hour; parcels arrive one at a time, without receptacles or induction'),
});

export const stationStaffSchema = z.array(count).describe('Officers on duty in each shift, in the order of `shifts`');

const inspectionStation = {
  enabled: z.boolean(),
  lanes: z.number().int().min(0).describe('Machines, lanes or tables: at most this many parcels in service at once'),
  officersByShift: stationStaffSchema,
};

export const rulesConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('riskScore'),
    atLeast: probability.describe('Risk score threshold, 0-1'),
    declared: z.array(z.string().min(1)).min(1).optional()
      .describe('Optional: only pieces whose declared contents are one of these categories'),
  }),
  z.strictObject({ kind: z.literal('origin'), in: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ kind: z.literal('noAedHighRisk') }),
  z.strictObject({ kind: z.literal('declared'), in: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ kind: z.literal('random'), rate: probability }),
  z.strictObject({ kind: z.literal('receptacleSweep'), highRiskOnly: z.boolean(), rate: probability }),
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({
    kind: z.literal('signature'),
    type: contrabandTypeSchema.describe('The contraband type whose signature this rule looks for'),
    separation: nonNegative.describe("d' of the signature score: how far pieces carrying this type score above all others"),
    atLeast: probability.describe('Signature score threshold, 0-1'),
  }).describe("A type-specific profile (shipper, consignee, weight, description matched against one contraband type's supply chain): a second score, its own per rule"),
]);

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
  breakMinutes: nonNegative.describe('One break per officer, staggered around mid-shift'),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe('Optional: where editors can find this JSON Schema'),
  name: id,
  description: z.string().max(2000),
  days: z.number().int().min(1).max(366).describe('Default run length, days'),
  serviceStandardHours: positive.describe('A parcel released within this many hours of arrival meets the service standard'),
  arrivals: z.discriminatedUnion('kind', [flightArrivalsSchema, poissonArrivalsSchema]),
  mix: z.strictObject({
    origins: z.array(originSchema).min(1),
    mailTypes: z.array(mailTypeSchema).min(1),
    declared: z.array(declaredSchema).min(1),
    weightKg: distributionSchema,
    declaredValueUsd: distributionSchema,
  }),
  contraband: z.strictObject(Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, contrabandKindSchema])) as Record<ContrabandType, typeof contrabandKindSchema>),
  riskScore: z.strictObject({
    separation: nonNegative.describe("d': how far contraband's scores sit above clean ones, in standard deviations (0 = useless)"),
    separationByType: z.strictObject(Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, nonNegative])) as Record<ContrabandType, typeof nonNegative>)
      .partial().describe("d' for particular contraband types; a type not listed uses `separation`"),
  }),
  targeting: z.strictObject({
    rules: z.array(ruleSchema),
    holds: z.strictObject({
      presentProbability: probability.describe('Chance the postal service finds and presents a held parcel'),
      searchMinutes: distributionSchema.describe('Time to find and present a held parcel, minutes'),
      examinedProbability: probability.describe('Chance a presented hold is actually screened'),
    }),
    compliance: z.strictObject({
      rate: probability.describe('Share of all arriving pieces drawn at random, before any rule, for a full compliance exam'),
      detectProbability: probability.describe('P(found | contraband) in a compliance exam; the prevalence estimate divides by it'),
    }).describe('A random sample of all mail, fully examined (never released unscreened), whose results estimate prevalence'),
  }),
  backlog: z.strictObject({
    maxWaitHours: positive.nullable().describe('Longest a pulled parcel may wait for its ordered screening, counted from when it left the belt; then it is released unscreened. null: no limit'),
    holdCapacity: count.nullable().describe('Most held parcels the postal service can keep at once; a hold beyond it is refused and the parcel released at the belt. null: no limit'),
  }),
  overtime: z.strictObject({
    maxHours: z.number().min(0).max(16).describe('Most hours an officer may stay past the end of a shift; 0: no overtime'),
    blockMinutes: positive.describe('Overtime is decided in blocks of this many minutes'),
    queueAtLeast: z.strictObject({ xray: count, ct: count, exam: count, fieldTest: count, seizure: count })
      .describe('Officers at a station stay on while its queue is at least this many parcels'),
  }),
  costs: z.strictObject({
    officerHourUsd: nonNegative.describe('Fully loaded cost of one officer-hour on regular time, US dollars (dog handlers included)'),
    overtimePayMultiplier: z.number().min(1).describe('Overtime hours cost this many times a regular hour'),
  }),
  shifts: z.array(shiftSchema).min(1),
  shiftEndRule: z.enum(['finish', 'handover']).describe('finish: an officer completes the parcel in hand before leaving; handover: it goes back to the head of the queue and is served again from the start'),
  stations: z.strictObject({
    induction: z.strictObject({
      lines: z.number().int().min(1).describe('Postal induction lines opening receptacles onto the belt, around the clock'),
      parcelsPerHourPerLine: positive,
    }),
    xray: z.strictObject({
      ...inspectionStation,
      serviceSeconds: distributionSchema,
      detection: perType.describe('P(alarm | contraband of this type)'),
      falseAlarm: probability.describe('P(alarm | clean)'),
      vigilance: z.strictObject({
        afterMinutesOnTask: nonNegative.describe('Minutes an officer reads images after coming on duty or back from a break before the penalty applies'),
        detectionPenalty: probability.describe('Subtracted from P(alarm | contraband) for images read after that'),
      }).describe('Low-prevalence, time-on-task penalty for reading X-ray images'),
    }),
    ct: z.strictObject({
      ...inspectionStation,
      serviceSeconds: distributionSchema,
      detection: perType,
      falseAlarm: probability,
    }),
    canine: z.strictObject({
      enabled: z.boolean(),
      teamsByShift: stationStaffSchema.describe('Dog-and-handler teams on duty in each shift'),
      workMinutes: positive.describe('Length of a belt run'),
      restMinutes: nonNegative.describe('Rest after each run'),
      itemsPerHour: positive.describe('Items a working dog screens per hour'),
      detection: perType.describe('P(alert | contraband of this type), for types with odour'),
      falseAlert: probability.describe('P(alert | clean item)'),
    }),
    exam: z.strictObject({
      ...inspectionStation,
      serviceMinutes: distributionSchema,
      detectProbability: probability.describe('P(found | contraband, normal concealment)'),
      deepDetectProbability: probability.describe('P(found | contraband, deep concealment)'),
    }),
    fieldTest: z.strictObject({
      ...inspectionStation,
      serviceMinutes: distributionSchema,
      positiveHighPurity: probability.describe('P(identified | purity above 10%)'),
      positiveLowPurity: probability.describe('P(identified | purity 10% or less)'),
    }),
    lab: z.strictObject({
      onSite: z.boolean().describe('true: on-site lab returns a result within the run; false: the parcel is detained for off-site confirmation'),
      turnaroundMinutes: distributionSchema,
      detectProbability: probability,
    }),
    seizure: z.strictObject({
      ...inspectionStation,
      serviceMinutes: distributionSchema,
    }),
  }),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Distribution = z.infer<typeof distributionSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RuleCondition = z.infer<typeof rulesConditionSchema>;
export type Shift = z.infer<typeof shiftSchema>;
export type FlightArrivals = z.infer<typeof flightArrivalsSchema>;
export type PoissonArrivals = z.infer<typeof poissonArrivalsSchema>;
/** Names of the stations that serve parcels from a queue with officers. */
export const QUEUE_STATIONS = ['xray', 'ct', 'exam', 'fieldTest', 'seizure'] as const;
export type QueueStationName = (typeof QUEUE_STATIONS)[number];

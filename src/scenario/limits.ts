/**
 * The physical upper bounds of a scenario's numbers: what a field can mean at one mail facility,
 * generously, and no more. A value past its bound is refused by the schema with the field's
 * path, so a scenario the validator accepts always runs (in bounded time and memory, see
 * `costEstimate.ts` for the whole run) and never reaches the model as Infinity or NaN.
 *
 * Each bound says why it is where it is. They are wide on purpose: the point is to refuse what
 * cannot be meant (a billion pieces a day, a break longer than its shift), not to second-guess a
 * scenario. The same numbers reach the JSON Schema (`npm run sim -- schema`) and the app's inputs.
 */

export const LIMITS = {
  /** Pieces a day: JFK handled about a million a day in 2018 (docs/sources.md §1); five times that. */
  piecesPerDay: 5_000_000,
  /** Poisson arrivals per hour: about the same five million a day. */
  arrivalsPerHour: 200_000,
  /** Flights landing in one hour of the day: 40 a day at JFK's mail facility; 200 in one hour. */
  flightsPerHour: 200,
  /** Machines, tables or devices at one station; officers or dog teams on one shift at one station. */
  lanes: 1_000,
  officers: 1_000,
  canineTeams: 100,
  /** Postal induction lines, and the pieces one line opens an hour. */
  inductionLines: 1_000,
  piecesPerHourPerLine: 1_000_000,
  /** Items a working dog screens an hour (800-1,000 in practice). */
  canineItemsPerHour: 100_000,
  /** A dog's run and rest, minutes: a run shorter than a minute is not a run, and both fit in a day. */
  canineWorkMinutesMin: 1,
  canineMinutes: 1_440,
  /** Mean of a time distribution, by unit: a day for one service, 30 days for a wait outside CBP
   *  (tender, a postal search), a year for a lab (off-site confirmation took 53 to 100 days). */
  serviceSeconds: 86_400,
  serviceMinutes: 1_440,
  tenderDelayHours: 720,
  searchMinutes: 43_200,
  labMinutes: 525_600,
  /** Quantity of one contraband parcel, grams (a tonne); weight, kg (postal parcels stop at 30);
   *  declared value, US dollars. */
  quantityGrams: 1_000_000,
  weightKg: 1_000,
  declaredValueUsd: 10_000_000,
  /** A lognormal's sigma: 5 already puts its mean 270,000 times above its median. */
  lognormalSigma: 5,
  /** Values of an empirical distribution. */
  empiricalValues: 10_000,
  /** Contraband parcels per million pieces: every piece, at most (per type and in total). */
  perMillion: 1_000_000,
  /** How much likelier one origin or mail type is to carry contraband than the average. */
  prevalenceMultiplier: 1_000,
  /** Entries of the mix: the model stores an origin, mail type or declared category in one byte. */
  mixEntries: 255,
  /** Targeting rules (every parcel is checked against each), and names in one rule's list. */
  rules: 1_000,
  ruleListEntries: 1_000,
  /** Shifts in a day. */
  shifts: 24,
  /** Hours: the service standard and the wait limit (a year); held parcels at once. */
  hoursInAYear: 8_760,
  holdCapacity: 10_000_000,
  /** Overtime decided in blocks of at least a minute and at most a day. */
  overtimeBlockMinutes: 1_440,
  /** Cost of an officer-hour, US dollars. */
  officerHourUsd: 10_000,
  overtimePayMultiplier: 10,
  /** Minutes in a run of the longest length (366 days), and changes made during one run (a few a
   *  day in a lesson; a thousand is far past anything a person makes by hand). */
  runMinutes: 366 * 1_440,
  changesDuringRun: 1_000,
  /** Text. */
  description: 2_000,
} as const;

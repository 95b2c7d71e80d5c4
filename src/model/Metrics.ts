/**
 * Running counts of a run: parcels and contraband by outcome, delays, per-rule, canine and
 * compliance counts, and the per-hour rows the charts plot. The facility feeds it;
 * `buildResults.ts` turns it into the published RunResults.
 *
 * Two clocks: landing-to-release (what the addressee waits, tender delay included) and the
 * service standard, which counts from tender (the facility's own part). Pulled parcels also add
 * to the pulled-parcel dwell and to the screening delay in parcel-hours.
 */
import { Histogram } from '../sim/Histogram.js';
import { TimeWeighted } from '../sim/TimeWeighted.js';
import { CONTRABAND_TYPES } from '../scenario/schema.js';
import { RouteCounts } from './RouteCounts.js';

const TYPES = CONTRABAND_TYPES.length;
/** Dwell histograms: one-minute bins up to 60 days; longer dwells fall in the overflow bin. */
const DWELL_BIN_SECONDS = 60;
const DWELL_BINS = 60 * 24 * 60;
const dwellHistogram = () => new Histogram(DWELL_BIN_SECONDS, DWELL_BINS);

/** Counters that are also kept per hour. */
export class HourCounts {
  arrived = 0;
  released = 0;
  seized = 0;
  detained = 0;
  contrabandArrived = 0;
  contrabandSeized = 0;
  releasedUnscreened = 0;
  /** Landing to release, summed over this hour's releases. */
  dwellSumSeconds = 0;
}

export class Metrics {
  arrived = 0;
  released = 0;
  seized = 0;
  detained = 0;
  readonly contrabandArrived = new Float64Array(TYPES);
  readonly contrabandSeized = new Float64Array(TYPES);
  readonly contrabandMissed = new Float64Array(TYPES);
  readonly contrabandDetained = new Float64Array(TYPES);
  readonly contrabandMissedUnscreened = new Float64Array(TYPES);
  readonly seizedGrams = new Float64Array(TYPES);
  /** Landing to release, every released parcel. */
  dwell = dwellHistogram();
  /** Pull to leaving, every pulled parcel that left. */
  pulledDwell = dwellHistogram();
  /** Parcel-seconds pulled parcels spent inside after the pull (within the statistics window). */
  screeningDelaySeconds = 0;
  /** Pulled parcels inside, over time: its integral is the screening delay as it accrues (hour by hour). */
  readonly pulledInside = new TimeWeighted(0, 0);
  withinStandard = 0;
  releasedUnscreened = 0;
  holdsRefused = 0;
  waitLimitReleases = 0;
  complianceSampled = 0;
  complianceExamined = 0;
  complianceFound = 0;
  /** Compliance-sample parcels found to carry contraband, and those of them seized, by contraband type. */
  readonly complianceFoundByType = new Float64Array(TYPES);
  readonly complianceSeizedByType = new Float64Array(TYPES);
  cleanInspected = 0;
  canineScreened = 0;
  canineAlerts = 0;
  canineSeizures = 0;
  holdsNotPresented = 0;
  holdsNotExamined = 0;
  readonly rulePulled: Float64Array;
  readonly ruleScreened: Float64Array;
  readonly ruleContraband: Float64Array;
  readonly ruleHits: Float64Array;
  /** Seizures by rule × contraband type, flat (rule × TYPES + type): what a facility's seizure records hold. */
  readonly ruleHitsByType: Float64Array;
  /** Pieces arrived by origin (index in the scenario's mix.origins). */
  readonly arrivedByOrigin: Float64Array;
  hour = new HourCounts();
  /** Contraband outcomes by route (the adapting adversary's view of where it was caught). */
  readonly routes: RouteCounts;

  /** Restarts every statistic (warm-up deletion); the current hour's counts carry on. */
  reset(): void {
    this.arrived = this.released = this.seized = this.detained = 0;
    this.withinStandard = this.cleanInspected = this.canineScreened = this.canineAlerts = 0;
    this.canineSeizures = this.holdsNotPresented = this.holdsNotExamined = 0;
    this.releasedUnscreened = this.holdsRefused = this.waitLimitReleases = 0;
    this.complianceSampled = this.complianceExamined = this.complianceFound = this.screeningDelaySeconds = 0;
    for (const a of [this.contrabandArrived, this.contrabandSeized, this.contrabandMissed, this.contrabandDetained,
      this.contrabandMissedUnscreened, this.seizedGrams,
      this.rulePulled, this.ruleScreened, this.ruleContraband, this.ruleHits, this.ruleHitsByType, this.arrivedByOrigin,
      this.complianceFoundByType, this.complianceSeizedByType]) a.fill(0);
    this.dwell = dwellHistogram();
    this.pulledDwell = dwellHistogram();
    this.routes.reset();
  }

  /** `mix` sizes the counts by origin, mail type and declared category. */
  constructor(rules: number, private readonly standardSeconds: number, mix = { origins: 1, mailTypes: 1, declared: 1 }) {
    this.routes = new RouteCounts(mix.origins, mix.mailTypes, mix.declared);
    this.rulePulled = new Float64Array(rules);
    this.ruleScreened = new Float64Array(rules);
    this.ruleContraband = new Float64Array(rules);
    this.ruleHits = new Float64Array(rules);
    this.ruleHitsByType = new Float64Array(rules * TYPES);
    this.arrivedByOrigin = new Float64Array(mix.origins);
  }

  arrive(n: number, origin: number): void {
    this.arrived += n;
    this.arrivedByOrigin[origin] += n;
    this.hour.arrived += n;
  }

  arriveContraband(type: number): void {
    this.contrabandArrived[type]++;
    this.hour.contrabandArrived++;
  }

  /** `n` parcels released `sinceLanding` seconds after their flight landed, `sinceTender` after tender. */
  release(n: number, sinceLanding: number, sinceTender: number): void {
    this.released += n;
    this.hour.released += n;
    this.hour.dwellSumSeconds += n * sinceLanding;
    this.dwell.add(sinceLanding, n);
    if (sinceTender <= this.standardSeconds) this.withinStandard += n;
  }

  /** A pulled parcel released without its ordered screening because of a backlog limit (count it as released too). */
  releaseUnscreened(type: number): void {
    this.releasedUnscreened++;
    this.hour.releasedUnscreened++;
    if (type >= 0) this.contrabandMissedUnscreened[type]++;
  }

  /** A pulled parcel left after `sincePull` seconds, `inWindow` of them inside the statistics window. */
  pulledLeft(sincePull: number, inWindow: number): void {
    this.pulledDwell.add(sincePull);
    this.screeningDelaySeconds += inWindow;
  }

  seize(type: number, grams: number): void {
    this.seized++;
    this.hour.seized++;
    if (type >= 0) {
      this.contrabandSeized[type]++;
      this.seizedGrams[type] += grams;
      this.hour.contrabandSeized++;
    }
  }

  detain(type: number): void {
    this.detained++;
    this.hour.detained++;
    if (type >= 0) this.contrabandDetained[type]++;
  }

  /** Starts a new hour, returning the counts of the one that ended. */
  nextHour(): HourCounts {
    const h = this.hour;
    this.hour = new HourCounts();
    return h;
  }
}

/**
 * Running counts of a run: parcels and contraband by outcome, dwell times, per-rule and canine
 * counts, and the per-hour rows the charts plot. The facility feeds it; `results.ts` turns it
 * into the published RunResults.
 */
import { Histogram } from '../sim/Histogram.js';
import { CONTRABAND_TYPES } from '../scenario/schema.js';

const TYPES = CONTRABAND_TYPES.length;
/** Dwell histogram: one-minute bins up to 60 days; longer dwells fall in the overflow bin. */
const DWELL_BIN_SECONDS = 60;
const DWELL_BINS = 60 * 24 * 60;

/** Counters that are also kept per hour. */
export class HourCounts {
  arrived = 0;
  released = 0;
  seized = 0;
  detained = 0;
  contrabandArrived = 0;
  contrabandSeized = 0;
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
  dwell = new Histogram(DWELL_BIN_SECONDS, DWELL_BINS);
  withinStandard = 0;
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
  hour = new HourCounts();

  /** Restarts every statistic (warm-up deletion); the current hour's counts carry on. */
  reset(): void {
    this.arrived = this.released = this.seized = this.detained = 0;
    this.withinStandard = this.cleanInspected = this.canineScreened = this.canineAlerts = 0;
    this.canineSeizures = this.holdsNotPresented = this.holdsNotExamined = 0;
    for (const a of [this.contrabandArrived, this.contrabandSeized, this.contrabandMissed, this.contrabandDetained,
      this.rulePulled, this.ruleScreened, this.ruleContraband, this.ruleHits]) a.fill(0);
    this.dwell = new Histogram(DWELL_BIN_SECONDS, DWELL_BINS);
  }

  constructor(rules: number, private readonly standardSeconds: number) {
    this.rulePulled = new Float64Array(rules);
    this.ruleScreened = new Float64Array(rules);
    this.ruleContraband = new Float64Array(rules);
    this.ruleHits = new Float64Array(rules);
  }

  arrive(n: number): void {
    this.arrived += n;
    this.hour.arrived += n;
  }

  arriveContraband(type: number): void {
    this.contrabandArrived[type]++;
    this.hour.contrabandArrived++;
  }

  /** `n` parcels released after `dwellSeconds` in the facility. */
  release(n: number, dwellSeconds: number): void {
    this.released += n;
    this.hour.released += n;
    this.hour.dwellSumSeconds += n * dwellSeconds;
    this.dwell.add(dwellSeconds, n);
    if (dwellSeconds <= this.standardSeconds) this.withinStandard += n;
  }

  seize(type: number): void {
    this.seized++;
    this.hour.seized++;
    if (type >= 0) {
      this.contrabandSeized[type]++;
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

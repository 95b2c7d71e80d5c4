/**
 * The shape of a run's results: what the CLI prints as JSON, what the charts plot, and what
 * experiments aggregate. Every field's unit is in its name or in its TSDoc; the README documents
 * the same fields for people.
 */
import type { ContrabandType, QueueStationName } from '../scenario/schema.js';

/** Counts per contraband type. */
export type ByType = Record<ContrabandType, number>;

export interface StationResults {
  /** Parcels whose service finished at this station. */
  served: number;
  /** Parcels that joined the queue (or went straight into service). */
  entered: number;
  /** Mean time from joining the queue to starting service, seconds. */
  meanWaitSeconds: number;
  /** Mean time in service, seconds. */
  meanServiceSeconds: number;
  /** Time-average number of parcels waiting (not in service). */
  meanQueueLength: number;
  /** Time-average number in the station: waiting plus in service. */
  meanInStation: number;
  /** Busy servers / servers available (officers on duty, capped by lanes), time-averaged; 0 when never staffed. */
  utilization: number;
  /** Parcels waiting at the end of the run. */
  queueAtEnd: number;
  /** Officer-hours on duty at this station (overtime included). */
  officerHours: number;
  /** Parcels that left this station's queue unscreened because they reached the backlog wait limit. */
  releasedUnscreened: number;
}

export interface RuleResults {
  id: string;
  /** Parcels this rule selected first (a parcel counts for the first matching rule only). */
  pulled: number;
  /** Pulled parcels that were screened (presented and examined). */
  screened: number;
  /** Pulled parcels that turned out to carry contraband. */
  contrabandPulled: number;
  /** Pulled parcels that were seized. */
  hits: number;
  /** hits / pulled, 0 when nothing was pulled. */
  hitRate: number;
  /** Seizures per 1,000 parcels this rule pulled (1000 × hitRate). */
  hitsPerThousandPulled: number;
  /** `hits` by contraband type: what a facility's seizure records say (the fit to a facility's data uses it). */
  hitsByType: ByType;
}

/** Mean and percentiles of a time, hours. */
export interface HoursSummary {
  meanHours: number;
  p50Hours: number;
  p95Hours: number;
}

/** The compliance sample: random pieces fully examined, and the prevalence they imply. */
export interface ComplianceResults {
  /** Parcels drawn into the sample (pulled straight to exam). */
  sampled: number;
  /** Sampled parcels whose exam finished. */
  examined: number;
  /** Of those, parcels in which the exam found contraband. */
  withContraband: number;
  /** withContraband / (examined × the compliance exam's detection probability), per million pieces. */
  prevalencePerMillion: number;
  /** 95% exact (Clopper-Pearson) interval of that estimate, per million pieces. */
  low: number;
  high: number;
}

export interface HourRow {
  /** Hour index from the start of the run (0 = first hour). */
  hour: number;
  arrived: number;
  released: number;
  seized: number;
  detained: number;
  contrabandArrived: number;
  contrabandSeized: number;
  /** Parcels inside the facility at the end of the hour. */
  inside: number;
  /** Parcels released unscreened this hour because of a backlog limit (included in `released`). */
  releasedUnscreened: number;
  /** Parcel-hours pulled parcels spent inside during the hour: the screening delay as it accrues. */
  screeningDelayParcelHours: number;
  /** Mean time from landing to release of parcels released this hour, hours; null if none. */
  meanDwellHours: number | null;
  /** Utilization of each queue station during the hour, 0-1 (null when unstaffed all hour). */
  utilization: Record<QueueStationName, number | null>;
  /** Parcels waiting at each queue station at the end of the hour. */
  queue: Record<QueueStationName, number>;
}

export interface RunResults {
  scenario: string;
  seed: number;
  days: number;
  /** Days at the start excluded from the statistics (warm-up). */
  warmupDays: number;
  /** Hours covered by the statistics (the run after its warm-up). */
  simulatedHours: number;
  parcels: {
    /** Parcels already inside when the statistics started (0 without a warm-up): the opening balance. */
    insideAtStart: number;
    arrived: number;
    /** `arrived` by origin, keyed by the origin's code (scenario mix.origins). */
    arrivedByOrigin: Record<string, number>;
    released: number;
    seized: number;
    detained: number;
    inside: number;
    /** Pulled parcels released without their ordered screening because of a backlog limit (wait limit or a full hold
     *  area); included in `released`. */
    releasedUnscreened: number;
  };
  contraband: {
    /** Contraband parcels inside when the statistics started (0 without a warm-up). */
    insideAtStart: number;
    arrived: number;
    seized: number;
    /** Contraband parcels released to the postal service (missed). */
    missed: number;
    /** Contraband parcels detained for off-site confirmation. */
    detained: number;
    /** Contraband parcels still inside at the end. */
    inside: number;
    /** seized / (seized + missed + detained): the share of contraband leaving the facility that was seized; 0 when none left. */
    interdictionRate: number;
    /** Contraband parcels among `parcels.releasedUnscreened` (included in `missed`). */
    missedUnscreened: number;
    arrivedByType: ByType;
    seizedByType: ByType;
    missedByType: ByType;
    /** Grams seized, per type (public figures are in pounds: divide by 453.59). */
    seizedGramsByType: ByType;
  };
  interdiction: {
    /** Clean parcels that were screened at X-ray, CT or exam. */
    cleanInspected: number;
    /** Parcels pulled by the canine belt run (alerts). */
    canineAlerts: number;
    /** Parcels the dogs sniffed. */
    canineScreened: number;
    /** Holds the postal service failed to present. */
    holdsNotPresented: number;
    /** Presented holds that were released without being screened (docs/sources.md §4: one IMF examined about half). */
    holdsNotExamined: number;
    /** Seizures of parcels a dog alerted on. */
    canineSeizures: number;
    /** Holds refused because the postal hold area was full (the parcel was released at the belt). */
    holdsRefused: number;
    /** Pulled parcels released unscreened on reaching the wait limit. */
    waitLimitReleases: number;
    compliance: ComplianceResults;
    /** The compliance sample's finds (`compliance.withContraband`) by contraband type. */
    complianceFoundByType: ByType;
    /** Compliance-sample parcels seized, by contraband type (a find may instead be detained or cleared by the lab);
     *  included in `contraband.seizedByType`. */
    complianceSeizedByType: ByType;
    /** Seizures per CBP officer-hour on duty (canine handlers included). */
    seizuresPerOfficerHour: number;
    officerHours: number;
    rules: RuleResults[];
  };
  throughput: {
    /** Released parcels per simulated hour. */
    releasedPerHour: number;
    /** Every released parcel, from its flight's landing to its release to the postal service. */
    landingToRelease: HoursSummary;
    /** Parcels pulled off the belt, from the pull to leaving (released, seized or detained); parcels still inside
     *  count with their time so far. */
    pulledDwell: HoursSummary;
    /** Released within the standard (from tender) / (released + still inside past the standard), 0-1. */
    withinStandardShare: number;
    serviceStandardHours: number;
    /** Parcel-hours that screening added beyond release at the belt: each pulled parcel's time from the pull to
     *  leaving, or to the end of the run if still inside (after a warm-up, only time after it). */
    screeningDelayParcelHours: number;
    /** Parcels inside at the end (waiting for induction, held, queued or in service). */
    backlogAtEnd: number;
  };
  /** What the run cost in officer time and money. */
  cost: {
    /** Officer-hours on duty, overtime and dog handlers included. */
    officerHours: number;
    /** The part of officerHours worked past the end of a shift. */
    overtimeHours: number;
    /** Regular hours at the scenario's rate plus overtime at its multiplier, US dollars. */
    dollars: number;
    /** dollars / seizures; 0 when nothing was seized. */
    dollarsPerSeizure: number;
  };
  stations: Record<QueueStationName, StationResults>;
  hourly: HourRow[];
  /** Events fired by the kernel. */
  events: number;
  /** Contraband outcomes by route; only when the run asked for them (`RunOptions.routes`). */
  routes?: RouteResults;
}

/** Contraband parcels that ended on one route (seized, missed or detained) and those seized. */
export interface RouteOutcome {
  ended: number;
  seized: number;
}

/** Contraband outcomes by origin code, mail type, declared category and concealment (normal, deep). */
export interface RouteResults {
  origin: Record<string, RouteOutcome>;
  mailType: Record<string, RouteOutcome>;
  declared: Record<string, RouteOutcome>;
  concealment: Record<'normal' | 'deep', RouteOutcome>;
}

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
  /** Officer-hours on duty at this station. */
  officerHours: number;
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
  /** Mean dwell (arrival to release) of parcels released this hour, hours; null if none. */
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
    released: number;
    seized: number;
    detained: number;
    inside: number;
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
    arrivedByType: ByType;
    seizedByType: ByType;
    missedByType: ByType;
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
    /** Presented holds that were released without being screened (domain-facts §4: one IMF examined about half). */
    holdsNotExamined: number;
    /** Seizures of parcels a dog alerted on. */
    canineSeizures: number;
    /** Seizures per CBP officer-hour on duty (canine handlers included). */
    seizuresPerOfficerHour: number;
    officerHours: number;
    rules: RuleResults[];
  };
  throughput: {
    /** Released parcels per simulated hour. */
    releasedPerHour: number;
    /** Arrival to release, hours. */
    dwellMeanHours: number;
    dwellMedianHours: number;
    dwellP95Hours: number;
    /** Share of released parcels released within the service standard, 0-1. */
    withinStandardShare: number;
    serviceStandardHours: number;
    /** Parcels inside at the end (waiting for induction, held, queued or in service). */
    backlogAtEnd: number;
  };
  stations: Record<QueueStationName, StationResults>;
  hourly: HourRow[];
  /** Events fired by the kernel. */
  events: number;
}

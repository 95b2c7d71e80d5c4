/**
 * The headline numbers of a run, computed as pure functions: while it runs, from the latest
 * FacilitySnapshot and the hourly rows so far; when it has finished, from RunResults. The panel
 * only lays these out, so everything it shows is tested here, in Node.
 *
 * Some live numbers are estimates, and say so (`approximate`): the snapshot does not know which
 * detained parcels carry contraband, officer-hours are integrated between snapshots rather than
 * read from the model, and parcels released unscreened are counted from the hours completed so
 * far. Others are only known at the end (`KNOWN_AT_END`): the snapshot does not carry them (pulled
 * parcels' times, the screening delay, overtime and cost, the compliance sample), so the live view
 * shows them as not known yet rather than as 0. RunResults replaces all of them when the run
 * finishes.
 */
import type { FacilitySnapshot, HourRow, OfficerState, RunResults } from '../../model/index.js';
import { OFFICER_ON_DUTY } from '../../model/snapshot.js';
import { QUEUE_STATIONS, type QueueStationName } from '../../scenario/index.js';
import type { PresetPoint } from '../../experiments/presetPoints.js';
import { STATION_LABELS } from '../glossary.js';
import { formatSimClock } from '../format/simClock.js';

/** One number to show: its METRICS key and value (null when not known). */
export interface MetricReading {
  key: string;
  value: number | null;
  /** True when the value is an estimate until the run finishes. */
  approximate: boolean;
  /** A 95% interval around the value, in its unit (the compliance estimate). */
  interval?: { low: number; high: number };
}

/** A titled block of readings (parcels, contraband, flow, cost, compliance sample). */
export interface MetricGroup {
  id: 'parcels' | 'contraband' | 'flow' | 'cost' | 'compliance';
  title: string;
  readings: MetricReading[];
}

/** One queue station's row of readings. */
export interface StationRow {
  name: QueueStationName;
  label: string;
  readings: MetricReading[];
}

/** Everything the metrics panel shows at one moment. */
export interface HeadlineView {
  phase: 'live' | 'finished';
  /** Simulated seconds of statistics so far, and in the whole run (after any warm-up). */
  time: number;
  endTime: number;
  /** The header clock's reading ("Day 1, 14:32"), while live. */
  clock?: string;
  groups: MetricGroup[];
  stations: StationRow[];
}

/** Officer-hours integrated across snapshots: the on-duty count holds from one snapshot to the next. */
export interface OfficerClock {
  /** Simulated seconds of the last snapshot seen. */
  time: number;
  /** Officers and dog handlers on duty at that snapshot. */
  onDuty: number;
  /** Officer-hours accumulated up to `time`. */
  hours: number;
}

/**
 * Readings a live run cannot know before it ends: the snapshot does not carry them. The panel
 * writes them as not known "(at the end)".
 */
export const KNOWN_AT_END: ReadonlySet<string> = new Set([
  'throughput.pulledDwell.p95Hours',
  'cost.overtimeHours', 'cost.dollars', 'cost.dollarsPerSeizure',
  'interdiction.compliance.examined', 'interdiction.compliance.prevalencePerMillion',
]);

const reading = (key: string, value: number | null, approximate = false): MetricReading => ({ key, value, approximate });
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/**
 * Officers on duty at one station (busy, idle or on a break).
 *
 * @example
 * stationOnDuty({ officers: ['idle', 'busy', 'offDuty'] }); // 2
 */
export function stationOnDuty(station: { officers: readonly OfficerState[] }): number {
  return station.officers.reduce((n, s) => n + (OFFICER_ON_DUTY[s] ? 1 : 0), 0);
}

/**
 * Simulated seconds of statistics in a snapshot: from the opening (the end of any warm-up) to now.
 *
 * @example
 * elapsedSeconds({ time: 115_200, statsStart: 108_000 }); // 7200: two hours after a 06:00 opening
 */
export function elapsedSeconds(snapshot: Pick<FacilitySnapshot, 'time' | 'statsStart'>): number {
  return Math.max(0, snapshot.time - snapshot.statsStart);
}

/** Officers at every station plus dog handlers (one per team) on duty in a snapshot. */
export function officersOnDuty(snapshot: FacilitySnapshot): number {
  const officers = snapshot.stations.reduce((n, st) => n + stationOnDuty(st), 0);
  return officers + snapshot.canine.reduce((n, s) => n + (s === 'offDuty' ? 0 : 1), 0);
}

/**
 * Advances the officer-hour integral to a new snapshot. A snapshot earlier than the clock (a new
 * run) starts it again from zero.
 *
 * @example
 * let clock = tickOfficerClock(null, first);
 * clock = tickOfficerClock(clock, next); // clock.hours: on-duty count at `first` x hours between them
 */
export function tickOfficerClock(clock: OfficerClock | null, snapshot: FacilitySnapshot): OfficerClock {
  const onDuty = officersOnDuty(snapshot);
  if (clock === null || snapshot.time < clock.time) return { time: snapshot.time, onDuty, hours: 0 };
  return { time: snapshot.time, onDuty, hours: clock.hours + (clock.onDuty * (snapshot.time - clock.time)) / 3600 };
}

/**
 * Mean time from landing to release of the parcels released in the hours so far, hours: each
 * hour's mean weighted by the parcels it released. Null before anything is released.
 *
 * @example
 * meanDwellFromRows([{ released: 1, meanDwellHours: 1 }, { released: 3, meanDwellHours: 2 }]); // 1.75
 */
export function meanDwellFromRows(rows: readonly Pick<HourRow, 'released' | 'meanDwellHours'>[]): number | null {
  let released = 0;
  let sum = 0;
  for (const r of rows) {
    if (r.meanDwellHours === null || r.released === 0) continue;
    released += r.released;
    sum += r.meanDwellHours * r.released;
  }
  return ratio(sum, released);
}

/**
 * Parcels released unscreened in the hours completed so far.
 *
 * @example
 * releasedUnscreenedFromRows([{ releasedUnscreened: 2 }, { releasedUnscreened: 5 }]); // 7
 */
export function releasedUnscreenedFromRows(rows: readonly Pick<HourRow, 'releasedUnscreened'>[]): number {
  return rows.reduce((n, r) => n + r.releasedUnscreened, 0);
}

/**
 * Share of the contraband that has left the facility which was seized, as far as a snapshot
 * knows: seized / (seized + missed). Detained contraband is not in the snapshot, so the value is
 * approximate whenever anything has been detained.
 *
 * @example
 * liveInterdictionRate({ contrabandSeized: 1, contrabandMissed: 9, detained: 0 }); // 0.1
 */
export function liveInterdictionRate(totals: Pick<FacilitySnapshot['totals'], 'contrabandSeized' | 'contrabandMissed' | 'detained'>): number | null {
  return ratio(totals.contrabandSeized, totals.contrabandSeized + totals.contrabandMissed);
}

/** The headline numbers of a running simulation. */
export function liveView(snapshot: FacilitySnapshot, rows: readonly HourRow[], officerHours: number): HeadlineView {
  const t = snapshot.totals;
  const hours = elapsedSeconds(snapshot) / 3600;
  const last = rows.length > 0 ? rows[rows.length - 1] : null;
  const byName = new Map(snapshot.stations.map((s) => [s.name, s]));
  return {
    phase: 'live',
    time: elapsedSeconds(snapshot),
    endTime: snapshot.endTime - snapshot.statsStart,
    clock: formatSimClock(snapshot.time, snapshot.statsStart),
    groups: [
      { id: 'parcels', title: 'Parcels', readings: [
        reading('parcels.arrived', t.arrived), reading('parcels.released', t.released),
        // Counted in the hourly rows, so it trails the snapshot by up to an hour.
        reading('parcels.releasedUnscreened', releasedUnscreenedFromRows(rows), true),
        reading('parcels.seized', t.seized), reading('parcels.detained', t.detained),
      ] },
      { id: 'contraband', title: 'Contraband', readings: [
        reading('contraband.arrived', t.contrabandArrived), reading('contraband.seized', t.contrabandSeized),
        reading('contraband.missed', t.contrabandMissed),
        reading('contraband.interdictionRate', liveInterdictionRate(t), t.detained > 0),
      ] },
      { id: 'flow', title: 'Flow and staff', readings: [
        reading('throughput.releasedPerHour', ratio(t.released, hours)),
        reading('throughput.landingToRelease.meanHours', meanDwellFromRows(rows)),
        reading('throughput.pulledDwell.p95Hours', null),
        // Accrued in the hourly rows, so it trails the snapshot by up to an hour (as the KPI strip's does).
        reading('throughput.screeningDelayParcelHours', rows.reduce((a, r) => a + r.screeningDelayParcelHours, 0), true),
        reading('throughput.backlogAtEnd', t.inside),
        reading('interdiction.officerHours', officerHours, true),
        reading('interdiction.seizuresPerOfficerHour', ratio(t.seized, officerHours), true),
      ] },
      { id: 'cost', title: 'Cost', readings: [
        reading('cost.overtimeHours', null), reading('cost.dollars', null), reading('cost.dollarsPerSeizure', null),
      ] },
      { id: 'compliance', title: 'Compliance sample', readings: [
        reading('interdiction.compliance.examined', null), reading('interdiction.compliance.prevalencePerMillion', null),
      ] },
    ],
    stations: QUEUE_STATIONS.map((name) => {
      const st = byName.get(name);
      return { name, label: STATION_LABELS[name], readings: [
        reading(`stations.${name}.onDuty`, st ? stationOnDuty(st) : null),
        reading(`stations.${name}.queueNow`, st ? st.queue : null),
        reading(`hourly.utilization.${name}`, last ? last.utilization[name] : null),
      ] };
    }),
  };
}

/** The headline numbers of a finished run, exactly as RunResults gives them. */
export function finishedView(r: RunResults): HeadlineView {
  const end = r.simulatedHours * 3600;
  const c = r.interdiction.compliance;
  return {
    phase: 'finished',
    time: end,
    endTime: end,
    groups: [
      { id: 'parcels', title: 'Parcels', readings: [
        reading('parcels.arrived', r.parcels.arrived), reading('parcels.released', r.parcels.released),
        reading('parcels.releasedUnscreened', r.parcels.releasedUnscreened),
        reading('parcels.seized', r.parcels.seized), reading('parcels.detained', r.parcels.detained),
      ] },
      { id: 'contraband', title: 'Contraband', readings: [
        reading('contraband.arrived', r.contraband.arrived), reading('contraband.seized', r.contraband.seized),
        reading('contraband.missed', r.contraband.missed),
        // Undefined, not 0 %, when no contraband left the facility (as the CLI prints it).
        reading('contraband.interdictionRate', r.contraband.seized + r.contraband.missed + r.contraband.detained > 0 ? r.contraband.interdictionRate : null),
      ] },
      { id: 'flow', title: 'Flow and staff', readings: [
        reading('throughput.releasedPerHour', r.throughput.releasedPerHour),
        reading('throughput.landingToRelease.meanHours', r.parcels.released > 0 ? r.throughput.landingToRelease.meanHours : null),
        reading('throughput.pulledDwell.p95Hours', r.throughput.pulledDwell.p95Hours),
        reading('throughput.screeningDelayParcelHours', r.throughput.screeningDelayParcelHours),
        reading('throughput.backlogAtEnd', r.throughput.backlogAtEnd),
        reading('interdiction.officerHours', r.interdiction.officerHours),
        reading('interdiction.seizuresPerOfficerHour', r.interdiction.officerHours > 0 ? r.interdiction.seizuresPerOfficerHour : null),
      ] },
      { id: 'cost', title: 'Cost', readings: [
        reading('cost.overtimeHours', r.cost.overtimeHours), reading('cost.dollars', r.cost.dollars),
        reading('cost.dollarsPerSeizure', r.parcels.seized > 0 ? r.cost.dollarsPerSeizure : null),
      ] },
      { id: 'compliance', title: 'Compliance sample', readings: [
        reading('interdiction.compliance.examined', c.examined),
        // No sample, no estimate; an estimate always comes with its 95% interval.
        c.examined > 0
          ? { ...reading('interdiction.compliance.prevalencePerMillion', c.prevalencePerMillion), interval: { low: c.low, high: c.high } }
          : reading('interdiction.compliance.prevalencePerMillion', null),
      ] },
    ],
    stations: QUEUE_STATIONS.map((name) => {
      const s = r.stations[name];
      return { name, label: STATION_LABELS[name], readings: [
        reading(`stations.${name}.officerHours`, s.officerHours),
        reading(`stations.${name}.queueAtEnd`, s.queueAtEnd),
        reading(`stations.${name}.utilization`, s.officerHours > 0 ? s.utilization : null),
        reading(`stations.${name}.meanWaitSeconds`, s.entered > 0 ? s.meanWaitSeconds : null),
      ] };
    }),
  };
}

/**
 * The value of `key` in a view, or null when the view does not show it.
 *
 * @example
 * valueOf(liveView(snapshot, rows, 0), 'parcels.arrived'); // snapshot.totals.arrived
 */
export function valueOf(view: HeadlineView, key: string): number | null {
  for (const g of view.groups) for (const r of g.readings) if (r.key === key) return r.value;
  for (const s of view.stations) for (const r of s.readings) if (r.key === key) return r.value;
  return null;
}

/**
 * The current run as a point of the yield–throughput plot, while it runs. Unknown values are NaN
 * (the plot leaves the marker out on that axis); officer-hours are those so far.
 *
 * @example
 * frontier.setCurrent(livePoint('this run', snapshot, rows, clock.hours));
 */
export function livePoint(name: string, snapshot: FacilitySnapshot, rows: readonly HourRow[], officerHours: number): PresetPoint {
  const t = snapshot.totals;
  return {
    name,
    interdictionRate: liveInterdictionRate(t) ?? Number.NaN,
    releasedPerHour: ratio(t.released, elapsedSeconds(snapshot) / 3600) ?? Number.NaN,
    // Accrued hour by hour (each row holds its hour's parcel-hours), so it lags by at most an hour.
    screeningDelayParcelHours: rows.reduce((a, r) => a + r.screeningDelayParcelHours, 0),
    pulledDwellP95Hours: Number.NaN,
    officerHours,
    dollars: Number.NaN,
    seizures: t.seized,
  };
}

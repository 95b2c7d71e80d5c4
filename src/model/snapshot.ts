/**
 * A read-only picture of the facility at one instant, for the renderer and the app's panels
 * (docs/architecture.md rule 7). Plain data, so it crosses from the simulation worker to the page by
 * structured clone; the renderer diffs successive snapshots and never touches the model.
 *
 * Lifecycle states travel as their names, typed by their machines (`ParcelState`...), so a
 * reader that maps them (a colour per state, say) can be exhaustive: a state added to a machine
 * fails to compile wherever it is not handled yet.
 */
import { QUEUE_STATIONS, type QueueStationName } from '../scenario/schema.js';
import {
  canineLifecycle, officerLifecycle, parcelLifecycle,
  type CanineState, type OfficerState, type ParcelState, type StationState,
} from '../machines/index.js';
import type { Facility, Landing } from './Facility.js';

export type { Landing } from './Facility.js';

export type { CanineState, OfficerState, ParcelState, StationState };
/** The queue stations' names, for the view (which may import model types only). */
export type { QueueStationName } from '../scenario/schema.js';

/** Pulled parcels listed in a snapshot, at most (the rest are counted, not listed). */
export const SNAPSHOT_PARCEL_LIMIT = 3000;

/**
 * Which officer states are on duty as the model counts officer-hours: from a shift's start to its
 * end, breaks included. An officer finishing a parcel after the shift ended is off the clock.
 */
export const OFFICER_ON_DUTY: Readonly<Record<OfficerState, boolean>> = {
  offDuty: false,
  idle: true,
  busy: true,
  onBreak: true,
  finishingThenBreak: true,
  finishingThenOff: false,
};

export interface StationSnapshot {
  name: QueueStationName;
  /** closed, idle or serving (the station machine). */
  state: StationState;
  lanes: number;
  queue: number;
  inService: number;
  /** Officers by state (offDuty, idle, busy, onBreak, finishingThenBreak, finishingThenOff). */
  officers: OfficerState[];
}

export interface ParcelDot {
  id: number;
  /** Parcel lifecycle state. */
  state: ParcelState;
  /** True when it carries contraband (the app shows this only when revealing). */
  contraband: boolean;
  /** Pulled by a rule (its index) or -1 for a dog's alert. */
  rule: number;
}

export interface FacilitySnapshot {
  /** Simulated seconds from the start of the run. */
  time: number;
  endTime: number;
  events: number;
  /**
   * When statistics started, seconds: the end of a warm-up (the app's live runs open warm at
   * 06:00 after one), 0 without one. Quantities "so far" count from here.
   */
  statsStart: number;
  dock: {
    receptaclesWaiting: number; piecesInside: number; linesBusy: number; lines: number;
    /** Flights that landed in the last hour, newest first (none with single-parcel arrivals). */
    landed: Landing[];
    /** When the next flight lands, seconds; null when none is scheduled. */
    nextLandingAt: number | null;
  };
  stations: StationSnapshot[];
  /** Canine teams by state (offDuty, working, resting). */
  canine: CanineState[];
  /** Pulled parcels inside, counted by lifecycle state (held, lab, queues...); states with none are left out. */
  byState: Partial<Record<ParcelState, number>>;
  /** Pulled parcels inside, listed up to SNAPSHOT_PARCEL_LIMIT, oldest first. */
  parcels: ParcelDot[];
  totals: {
    arrived: number; released: number; seized: number; detained: number; inside: number;
    contrabandArrived: number; contrabandSeized: number; contrabandMissed: number;
  };
}

export function takeSnapshot(f: Facility): FacilitySnapshot {
  const ps = f.parcels;
  const byState: Partial<Record<ParcelState, number>> = {};
  const parcels: ParcelDot[] = [];
  for (const slot of ps.liveSlots()) {
    const state = parcelLifecycle.states[ps.state[slot]];
    byState[state] = (byState[state] ?? 0) + 1;
    if (parcels.length < SNAPSHOT_PARCEL_LIMIT) parcels.push({ id: ps.id[slot], state, contraband: ps.contraband[slot] >= 0, rule: ps.rule[slot] });
  }
  parcels.sort((a, b) => a.id - b.id);
  const m = f.metrics;
  const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  const flights = f.recentLandings();
  return {
    time: f.kernel.now,
    endTime: f.endTime,
    events: f.kernel.fired,
    statsStart: f.statsStart,
    dock: {
      receptaclesWaiting: f.induction.queuedReceptacles,
      piecesInside: f.induction.piecesInside,
      linesBusy: f.induction.activeLines,
      lines: f.scenario.stations.induction.lines,
      landed: flights.landed.map((l) => ({ ...l })),
      nextLandingAt: flights.next,
    },
    stations: QUEUE_STATIONS.map((name) => {
      const st = f.stations[name];
      const officers: OfficerState[] = [];
      for (let o = 0; o < f.staffing.count; o++) {
        if (f.staffing.station[o] === st) officers.push(officerLifecycle.states[f.staffing.state[o]]);
      }
      return { name, state: f.dispatcher.stationState(st), lanes: st.lanes, queue: st.queue.size, inService: st.inService, officers };
    }),
    canine: Array.from(f.canine.state, (s) => canineLifecycle.states[s]),
    byState,
    parcels,
    totals: {
      arrived: m.arrived, released: m.released, seized: m.seized, detained: m.detained, inside: f.inside,
      contrabandArrived: total(m.contrabandArrived), contrabandSeized: total(m.contrabandSeized), contrabandMissed: total(m.contrabandMissed),
    },
  };
}

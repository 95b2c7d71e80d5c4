/**
 * A read-only picture of the facility at one instant, for the renderer and the app's panels
 * (ARCHITECTURE.md rule 7). Plain data, so it crosses from the simulation worker to the page by
 * structured clone; the renderer diffs successive snapshots and never touches the model.
 */
import { QUEUE_STATIONS, type QueueStationName } from '../scenario/schema.js';
import { canineLifecycle, officerLifecycle, parcelLifecycle, stationLifecycle } from '../machines/index.js';
import type { Facility } from './Facility.js';

/** Pulled parcels listed in a snapshot, at most (the rest are counted, not listed). */
export const SNAPSHOT_PARCEL_LIMIT = 3000;

export interface StationSnapshot {
  name: QueueStationName;
  /** closed, idle or serving (the station machine). */
  state: string;
  lanes: number;
  queue: number;
  inService: number;
  /** Officers by state name (offDuty, idle, busy, onBreak, finishingThenBreak, finishingThenOff). */
  officers: string[];
}

export interface ParcelDot {
  id: number;
  /** Parcel lifecycle state name. */
  state: string;
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
  dock: { receptaclesWaiting: number; piecesInside: number; linesBusy: number; lines: number };
  stations: StationSnapshot[];
  /** Canine teams by state name (offDuty, working, resting). */
  canine: string[];
  /** Pulled parcels inside, by lifecycle state count (held, lab, queues...). */
  byState: Record<string, number>;
  /** Pulled parcels inside, listed up to SNAPSHOT_PARCEL_LIMIT, oldest first. */
  parcels: ParcelDot[];
  totals: {
    arrived: number; released: number; seized: number; detained: number; inside: number;
    contrabandArrived: number; contrabandSeized: number; contrabandMissed: number;
  };
}

export function takeSnapshot(f: Facility): FacilitySnapshot {
  const ps = f.parcels;
  const byState: Record<string, number> = {};
  const parcels: ParcelDot[] = [];
  for (const slot of ps.liveSlots()) {
    const state = parcelLifecycle.states[ps.state[slot]];
    byState[state] = (byState[state] ?? 0) + 1;
    if (parcels.length < SNAPSHOT_PARCEL_LIMIT) parcels.push({ id: ps.id[slot], state, contraband: ps.contraband[slot] >= 0, rule: ps.rule[slot] });
  }
  parcels.sort((a, b) => a.id - b.id);
  const m = f.metrics;
  const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  return {
    time: f.kernel.now,
    endTime: f.endTime,
    events: f.kernel.fired,
    dock: {
      receptaclesWaiting: f.induction.queuedReceptacles,
      piecesInside: f.induction.piecesInside,
      linesBusy: f.induction.activeLines,
      lines: f.scenario.stations.induction.lines,
    },
    stations: QUEUE_STATIONS.map((name) => {
      const st = f.stations[name];
      const officers: string[] = [];
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

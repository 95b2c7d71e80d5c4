/**
 * The dispatcher: the one owner of the officers free to take a parcel and of the start of service,
 * that is, which queued parcel starts with which officer at which station, and when.
 *
 * Stations and officers are passive resources, as in SimPy: a station (QueueStation) only keeps
 * its queue and counts, and Staffing only keeps officers' time (shifts, breaks, overtime) and
 * reports what happens to them. The dispatcher turns those facts into the stations' staff: an
 * officer who came or came back is present and free; one who finished stays free; one who went
 * on a break or left is not present any more; a parcel handed back goes to the head of its queue.
 * After each fact, and each time a parcel joins a queue, it starts what can start: the head of the
 * queue with the officer who became free last (a stack), while a lane is free. The parcel's side
 * of a start (its lifecycle step, its service time) is the parcel flow's, told through
 * `ServiceListener`; the officer's side is Staffing's (`assign`, `done`).
 *
 * The dispatcher also keeps each station's lifecycle, the station machine (src/machines/station.ts)
 * stepped through its table by the same facts: STAFFED when the first officer is present,
 * SERVICE_START at every start, ALL_DONE when the last service ends, UNSTAFFED when the last
 * officer goes.
 *
 * It builds its Staffing itself, as its listener, so neither needs the other filled in later.
 */
import type { Kernel } from '../sim/Kernel.js';
import type { Scenario } from '../scenario/schema.js';
import { stationLifecycle, type StationState } from '../machines/index.js';
import { Lifecycle, type LifecycleRecorder } from './Lifecycle.js';
import type { ParcelStore } from './ParcelStore.js';
import type { QueueStation } from './QueueStation.js';
import { Staffing } from './Staffing.js';
import { lengthened } from './lengthened.js';

const E = stationLifecycle.event;

/** The parcel's side of service, which the parcel flow applies when the dispatcher says. */
export interface ServiceListener {
  /** Officer `officer` started serving the parcel in `slot` at `station`. */
  started(station: QueueStation, slot: number, officer: number): void;
  /** The parcel in `slot`, in service at `station`, was handed back at shift end; it is put back
   *  at the head of the queue after this returns. */
  handedBack(station: QueueStation, slot: number): void;
}

export class Dispatcher {
  readonly staffing: Staffing;
  /** Free officers at each station (by station index), a stack: the last to become free goes first. */
  private readonly idle: number[][];
  /** Parcel slot in each officer's hands, -1 if none (lengthened when officers are hired during a run). */
  private hand: Int32Array;
  /** Each station's lifecycle state (the station machine), by station index. */
  private readonly stationStates: Uint8Array;
  private readonly stationLife: Lifecycle;

  constructor(
    scenario: Scenario,
    private readonly kernel: Kernel,
    private readonly parcels: ParcelStore,
    stations: readonly QueueStation[],
    private readonly service: ServiceListener,
    recorder: LifecycleRecorder | null,
  ) {
    this.idle = stations.map(() => []);
    this.stationStates = new Uint8Array(stations.length).fill(stationLifecycle.initial);
    this.stationLife = new Lifecycle(stationLifecycle, recorder);
    this.staffing = new Staffing(scenario, kernel, stations, {
      came: (o) => this.arrive(o),
      cameBack: (o) => this.arrive(o),
      finished: (o) => this.free(o),
      wentOnBreak: (o) => this.depart(o),
      handingBack: (o) => this.takeBack(o),
      left: (o) => this.depart(o),
    }, recorder);
    this.hand = new Int32Array(this.staffing.count).fill(-1);
  }

  /** The parcel slot officer `o` is serving, -1 if none. */
  parcelOf(o: number): number {
    return o < this.hand.length ? this.hand[o] : -1;
  }

  /** The station's lifecycle state: closed, idle or serving. */
  stationState(station: QueueStation): StationState {
    return stationLifecycle.states[this.stationStates[station.index]];
  }

  /** The parcel in `slot` joins the station's queue, and starts at once if it can. */
  request(station: QueueStation, slot: number): void {
    station.join(slot, this.kernel.now, false);
    this.dispatch(station);
  }

  /** The queued parcel in `slot` leaves the station's queue unserved (the wait limit). */
  withdraw(station: QueueStation, slot: number): void {
    station.remove(slot, this.kernel.now);
  }

  /**
   * The service of the parcel in `slot` at `station` is over; returns the officer who served it.
   * They stay out of the free officers until `release`: what the service found is decided in
   * between, so the parcel moves on before the officer takes the next one.
   */
  finish(station: QueueStation, slot: number): number {
    const ps = this.parcels;
    const o = ps.officer[slot];
    this.hand[o] = -1;
    this.end(station, slot, true);
    return o;
  }

  /** Officer `o`, whose service `finish` ended, is done with the parcel: free again, or away. */
  release(o: number): void {
    this.staffing.done(o);
  }

  /** Starts what can start at `station`: a queued parcel, a free officer and a free lane. */
  private dispatch(st: QueueStation): void {
    const ps = this.parcels;
    const idle = this.idle[st.index];
    const now = this.kernel.now;
    while (st.queue.size > 0 && idle.length > 0 && st.inService < st.lanes) {
      const o = idle.pop()!;
      const slot = st.begin(now, ps.queuedAt[st.queue.at(0)]);
      this.fire(st, E.SERVICE_START);
      this.hand[o] = slot;
      ps.officer[slot] = o;
      this.service.started(st, slot, o);
      this.staffing.assign(o);
    }
  }

  /** An officer came on duty or back from a break: present and free. */
  private arrive(o: number): void {
    if (o >= this.hand.length) this.hand = lengthened(this.hand, this.staffing.count, -1);
    const st = this.staffing.station[o];
    st.setPresent(this.kernel.now, +1);
    if (st.present === 1) this.fire(st, E.STAFFED);
    this.idle[st.index].push(o);
    this.dispatch(st);
  }

  /** An officer finished the parcel in hand and stays: free for the next. */
  private free(o: number): void {
    const st = this.staffing.station[o];
    this.idle[st.index].push(o);
    this.dispatch(st);
  }

  /** An officer went on a break or left: no longer present, free or not. */
  private depart(o: number): void {
    const st = this.staffing.station[o];
    removeFrom(this.idle[st.index], o);
    st.setPresent(this.kernel.now, -1);
    if (st.present === 0) this.fire(st, E.UNSTAFFED);
    // A handed-back parcel waits at the head of the queue for another free officer.
    this.dispatch(st);
  }

  /** Shift end under the hand-over rule: the parcel in hand goes back to the head of its queue. */
  private takeBack(o: number): void {
    const st = this.staffing.station[o];
    const slot = this.hand[o];
    this.hand[o] = -1;
    this.end(st, slot, false);
    this.service.handedBack(st, slot);
    st.join(slot, this.kernel.now, true);
  }

  /** A service ended: served, or handed back unfinished. */
  private end(st: QueueStation, slot: number, served: boolean): void {
    const ps = this.parcels;
    ps.officer[slot] = -1;
    st.end(this.kernel.now, ps.serviceStartedAt[slot], served);
    if (st.inService === 0) this.fire(st, E.ALL_DONE);
  }

  private fire(st: QueueStation, event: number): void {
    this.stationLife.fire(this.stationStates, st.index, st.index, event, this.kernel.now);
  }
}

/** Takes `x` out of the stack if it is there, moving the top into its place (order of the rest
 *  aside from that is kept, which fixes who is dispatched next). */
function removeFrom(list: number[], x: number): void {
  const i = list.lastIndexOf(x);
  if (i >= 0) {
    list[i] = list[list.length - 1];
    list.pop();
  }
}


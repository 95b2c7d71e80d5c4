/**
 * One screening station that parcels queue for: X-ray, CT, exam tables, the field-test bench or
 * seizure processing. It holds the queue, the officers present, the lanes (machines or tables)
 * that cap how many parcels are in service at once, and the statistics of its queue.
 *
 * A parcel is in service only when a lane is free AND an officer is idle, so the number of
 * servers at any moment is min(lanes, officers present). The facility decides what happens to a
 * parcel; this class keeps the bookkeeping that Little's law and utilization are computed from.
 */
import type { Sampler } from '../sim/distributions.js';
import { TimeWeighted } from '../sim/TimeWeighted.js';
import type { QueueStationName } from '../scenario/schema.js';
import { SlotQueue } from './SlotQueue.js';

export class QueueStation {
  readonly queue = new SlotQueue();
  /** Parcels in service now. */
  inService = 0;
  /** Officers present (idle, busy or finishing a parcel before leaving). */
  present = 0;
  /** Idle officers, as a stack of officer numbers. */
  readonly idle: number[] = [];
  /** The station's lifecycle state (stationMachine), one entry. */
  readonly state = new Uint8Array(1);

  readonly queueLength = new TimeWeighted(0, 0);
  readonly busy = new TimeWeighted(0, 0);
  readonly servers = new TimeWeighted(0, 0);
  entered = 0;
  served = 0;
  /** Parcels that left the queue unserved at the wait limit. */
  releasedUnscreened = 0;
  started = 0;
  waitSumSeconds = 0;
  serviceSumSeconds = 0;
  officerSeconds = 0;
  // Integrals at the last hour mark, for hourly utilization.
  busyMark = 0;
  serversMark = 0;

  constructor(
    readonly name: QueueStationName,
    readonly index: number,
    readonly lanes: number,
    readonly service: Sampler,
  ) {}

  /** Restarts the statistics at `now` (warm-up deletion); the queue and staff stay as they are. */
  resetStatistics(now: number): void {
    this.queueLength.reset(now);
    this.busy.reset(now);
    this.servers.reset(now);
    this.entered = this.served = this.started = this.releasedUnscreened = 0;
    this.waitSumSeconds = this.serviceSumSeconds = this.officerSeconds = 0;
    this.busyMark = this.serversMark = 0;
  }

  /** Servers available: lanes capped by officers present. */
  get capacity(): number {
    return Math.min(this.lanes, this.present);
  }

  /** True when a queued parcel can start service now. */
  canStart(): boolean {
    return this.queue.size > 0 && this.idle.length > 0 && this.inService < this.lanes;
  }

  join(slot: number, now: number, front: boolean): void {
    if (front) this.queue.pushFront(slot);
    else {
      this.queue.push(slot);
      this.entered++;
    }
    this.queueLength.set(now, this.queue.size);
  }

  /** A queued parcel leaves without service (the wait limit). */
  remove(slot: number, now: number): void {
    if (!this.queue.remove(slot)) throw new Error(`${this.name}: slot ${slot} is not in the queue`);
    this.releasedUnscreened++;
    this.queueLength.set(now, this.queue.size);
  }

  /** Takes the next parcel into service; returns its slot. */
  begin(now: number, queuedAt: number): number {
    const slot = this.queue.shift();
    this.queueLength.set(now, this.queue.size);
    this.inService++;
    this.busy.set(now, this.inService);
    this.started++;
    this.waitSumSeconds += now - queuedAt;
    return slot;
  }

  /** A parcel's service ended (`served`), or was handed back (`served` false). */
  end(now: number, startedAt: number, served: boolean): void {
    this.inService--;
    this.busy.set(now, this.inService);
    if (served) {
      this.served++;
      this.serviceSumSeconds += now - startedAt;
    } else {
      this.started--;
    }
  }

  setPresent(now: number, delta: number): void {
    this.present += delta;
    this.servers.set(now, Math.min(this.lanes, this.present));
  }
}

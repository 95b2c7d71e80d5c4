/**
 * One screening station that parcels queue for: X-ray, CT, exam tables, the field-test bench or
 * seizure processing. It holds the queue, the count of officers present, the lanes (machines or
 * tables) that cap how many parcels are in service at once, and the statistics of its queue.
 *
 * The station is passive, like a SimPy resource: it decides nothing. The dispatcher
 * (Dispatcher.ts) is the one caller of its mutators: it puts parcels in the queue and takes them
 * out, starts and ends service, and counts officers in and out. Everyone else reads (the
 * facility only restarts the statistics after a warm-up). So the counts Little's law and
 * utilization are computed from have one writer.
 */
import type { Sampler } from '../sim/distributions.js';
import { TimeWeighted } from '../sim/TimeWeighted.js';
import type { QueueStationName } from '../scenario/schema.js';
import { SlotQueue } from './SlotQueue.js';

export class QueueStation {
  readonly queue = new SlotQueue();
  private serving = 0;
  private officers = 0;

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

  constructor(
    readonly name: QueueStationName,
    readonly index: number,
    readonly lanes: number,
    readonly service: Sampler,
  ) {}

  /** Parcels in service now. */
  get inService(): number {
    return this.serving;
  }

  /** Officers present now (idle, busy, or finishing a parcel before a break or leaving). */
  get present(): number {
    return this.officers;
  }

  /** Restarts the statistics at `now` (warm-up deletion); the queue and staff stay as they are. */
  resetStatistics(now: number): void {
    this.queueLength.reset(now);
    this.busy.reset(now);
    this.servers.reset(now);
    this.entered = this.served = this.started = this.releasedUnscreened = 0;
    this.waitSumSeconds = this.serviceSumSeconds = 0;
  }

  /** A parcel joins the queue: at the back, or at the head (handed back at shift end, not a new entry). */
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

  /** Takes the parcel at the head of the queue into service; returns its slot. */
  begin(now: number, queuedAt: number): number {
    const slot = this.queue.shift();
    this.queueLength.set(now, this.queue.size);
    this.serving++;
    this.busy.set(now, this.serving);
    this.started++;
    this.waitSumSeconds += now - queuedAt;
    return slot;
  }

  /** A parcel's service ended (`served`), or was handed back (`served` false). */
  end(now: number, startedAt: number, served: boolean): void {
    this.serving--;
    this.busy.set(now, this.serving);
    if (served) {
      this.served++;
      this.serviceSumSeconds += now - startedAt;
    } else {
      this.started--;
    }
  }

  /** An officer came (+1) or went (-1); the servers available are the lanes capped by officers present. */
  setPresent(now: number, delta: number): void {
    this.officers += delta;
    this.servers.set(now, Math.min(this.lanes, this.officers));
  }
}

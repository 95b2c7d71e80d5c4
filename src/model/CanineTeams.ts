/**
 * Dog-and-handler teams working the belt: 20-minute runs, rests between them, inside shifts.
 *
 * A working dog screens `itemsPerHour` parcels as the belt carries them past; it does not stop the
 * belt, so the dogs add no queue. Their capacity is kept as a token bucket: tokens accrue at
 * itemsPerHour per working team and are spent one per parcel sniffed as receptacles come off the
 * induction lines. The bucket holds at most ten minutes' worth, since a dog cannot bank the
 * parcels it did not see. Each team's lifecycle is the canine machine (src/machines/canine.ts).
 */
import type { Kernel } from '../sim/Kernel.js';
import type { Scenario } from '../scenario/schema.js';
import { canineLifecycle } from '../machines/index.js';
import { Lifecycle, type LifecycleRecorder } from './Lifecycle.js';

const S = canineLifecycle.state;
const E = canineLifecycle.event;
const DAY = 86_400;
const BUCKET_SECONDS = 600;

export class CanineTeams {
  readonly count: number;
  readonly state: Uint8Array;
  private readonly shift: number[] = [];
  private readonly pending: Float64Array; // handle of the next run end / rest end
  private readonly life: Lifecycle;
  private readonly ratePerSecond: number;
  private tokens = 0;
  private working = 0;
  private updatedAt = 0;
  handlerSeconds = 0;
  private readonly since: Float64Array;
  private readonly evStart: number;
  private readonly evEnd: number;
  private readonly evRunEnd: number;
  private readonly evRestEnd: number;

  constructor(private readonly scenario: Scenario, private readonly kernel: Kernel, recorder: LifecycleRecorder | null) {
    const cfg = scenario.stations.canine;
    if (cfg.enabled) cfg.teamsByShift.forEach((n, s) => { for (let k = 0; k < n; k++) this.shift.push(s); });
    this.count = this.shift.length;
    this.state = new Uint8Array(this.count).fill(canineLifecycle.initial);
    this.pending = new Float64Array(this.count).fill(-1);
    this.since = new Float64Array(this.count).fill(NaN);
    this.life = new Lifecycle(canineLifecycle, recorder);
    this.ratePerSecond = cfg.itemsPerHour / 3600;
    this.evStart = kernel.register('canine shift start', (t) => this.shiftStart(t));
    this.evEnd = kernel.register('canine shift end', (t) => this.shiftEnd(t));
    this.evRunEnd = kernel.register('canine run end', (t) => this.runEnd(t));
    this.evRestEnd = kernel.register('canine rest end', (t) => this.restEnd(t));
  }

  /** Schedules the shifts that start on `day` (and, for day -1, those still running at 0). */
  scheduleDay(day: number): void {
    const now = this.kernel.now;
    for (let t = 0; t < this.count; t++) {
      const sh = this.scenario.shifts[this.shift[t]];
      const start = day * DAY + sh.startHour * 3600;
      const end = start + sh.hours * 3600;
      if (end <= now) continue;
      this.kernel.schedule(Math.max(start, now), this.evStart, t);
      this.kernel.schedule(end, this.evEnd, t);
    }
  }

  /** Takes up to `n` sniffs from the working dogs' capacity; returns how many are available. */
  take(n: number): number {
    this.accrue();
    const k = Math.min(n, Math.floor(this.tokens));
    this.tokens -= k;
    return k;
  }

  /** Returns sniffs taken by `take` but not used (the parcels were pulled by a rule first). */
  giveBack(n: number): void {
    this.tokens += n;
  }

  /** Restarts handler-hour accounting at `now` (warm-up deletion). */
  resetAccounting(now: number): void {
    this.handlerSeconds = 0;
    for (let t = 0; t < this.count; t++) if (!Number.isNaN(this.since[t])) this.since[t] = now;
  }

  /** Handler-hours on duty, up to `now`. */
  dutySeconds(now: number): number {
    let total = this.handlerSeconds;
    for (let t = 0; t < this.count; t++) if (!Number.isNaN(this.since[t])) total += now - this.since[t];
    return total;
  }

  private accrue(): void {
    const now = this.kernel.now;
    if (this.working > 0) {
      const cap = BUCKET_SECONDS * this.ratePerSecond * this.working;
      this.tokens = Math.min(cap, this.tokens + (now - this.updatedAt) * this.ratePerSecond * this.working);
    }
    this.updatedAt = now;
  }

  private setWorking(delta: number): void {
    this.accrue();
    this.working += delta;
    if (this.working === 0) this.tokens = 0;
  }

  private shiftStart(t: number): void {
    this.life.fire(this.state, t, t, E.SHIFT_START, this.kernel.now);
    this.since[t] = this.kernel.now;
    this.setWorking(+1);
    this.pending[t] = this.kernel.scheduleIn(this.scenario.stations.canine.workMinutes * 60, this.evRunEnd, t);
  }

  private runEnd(t: number): void {
    this.life.fire(this.state, t, t, E.RUN_END, this.kernel.now);
    this.setWorking(-1);
    this.pending[t] = this.kernel.scheduleIn(this.scenario.stations.canine.restMinutes * 60, this.evRestEnd, t);
  }

  private restEnd(t: number): void {
    this.life.fire(this.state, t, t, E.REST_END, this.kernel.now);
    this.setWorking(+1);
    this.pending[t] = this.kernel.scheduleIn(this.scenario.stations.canine.workMinutes * 60, this.evRunEnd, t);
  }

  private shiftEnd(t: number): void {
    if (this.state[t] === S.working) this.setWorking(-1);
    if (this.pending[t] >= 0) this.kernel.cancel(this.pending[t]);
    this.pending[t] = -1;
    this.life.fire(this.state, t, t, E.SHIFT_END, this.kernel.now);
    this.handlerSeconds += this.kernel.now - this.since[t];
    this.since[t] = NaN;
  }
}

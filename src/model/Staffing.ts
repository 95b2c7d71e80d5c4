/**
 * Officers' time: who is on duty at which station, their shifts and breaks, overtime, the
 * shift-end rule and the officer-hours they work.
 *
 * Each station has `officersByShift[s]` officers in shift s, every day. An officer's lifecycle is
 * the officer machine (src/machines/officer.ts), stepped through its compiled table. Breaks: one
 * per officer per shift, staggered around mid-shift so a station with several officers never
 * loses them all at once. An officer busy when a break falls due finishes the parcel in hand
 * first and the break is cut short (it still ends when its slot ends), so one officer's late break
 * never overlaps a colleague's slot. At shift end the scenario's `shiftEndRule` applies: `finish`, the
 * officer completes the parcel in hand and then leaves; `handover`, the parcel goes back to the
 * head of its queue and is served again from the start by the next officer.
 *
 * Overtime (scenario.overtime): at the end of a shift, an officer who is idle or busy stays on in
 * blocks of `blockMinutes` while the station's queue is at least its level, up to `maxHours` past
 * the shift; each stay is counted as overtime and paid at the scenario's premium.
 *
 * Changes during a run (scenario.changesDuringRun, docs/model.md): `setOfficers` changes how many
 * officers a station has in a shift from now on. Officers are kept in a pool per station and shift;
 * one whose rank is at or past the station's current number for that shift stays away when the
 * shift starts (an empty roster place). Raising the number calls in the next ranks at once if the
 * shift is under way (hiring new pool members where needed); lowering it sends the highest ranks
 * home as at a shift end, by the scenario's shift-end rule. Nothing before the change is affected,
 * so a run with a change recorded replays the run in which it was made live.
 *
 * Staffing knows nothing of parcels. It reports facts (an officer came, went on a break, came
 * back, finished the parcel in hand, is handing it back, left) to its listener, the dispatcher
 * (Dispatcher.ts), which alone keeps the idle officers and starts service; the dispatcher tells
 * it in turn when an officer takes a parcel (`assign`) and is done with it (`done`).
 */
import type { Kernel } from '../sim/Kernel.js';
import type { Scenario } from '../scenario/schema.js';
import { officerLifecycle } from '../machines/index.js';
import { Lifecycle, type LifecycleRecorder } from './Lifecycle.js';
import { lengthened } from './lengthened.js';
import type { QueueStation } from './QueueStation.js';

const S = officerLifecycle.state;
const E = officerLifecycle.event;
const DAY = 86_400;

/**
 * What happens to officers, as it happens. Each fact is reported once, after the officer's
 * lifecycle has moved; "came" to "left" brackets the time an officer counts as present at their
 * station (a break is a "went on break" to "came back" gap in it).
 */
export interface StaffListener {
  /** Officer `o` came on duty at their station, free to take a parcel. */
  came(o: number): void;
  /** Officer `o` is back from a break, free to take a parcel. */
  cameBack(o: number): void;
  /** Officer `o` finished the parcel in hand and stays, free to take the next. */
  finished(o: number): void;
  /** Officer `o` went on a break: at once, or on finishing the parcel in hand. */
  wentOnBreak(o: number): void;
  /** Officer `o` is handing the parcel in hand back at shift end (the 'handover' rule); `left` follows. */
  handingBack(o: number): void;
  /** Officer `o` left their station at the end of the shift: at once, after handing back, or on finishing the parcel in hand. */
  left(o: number): void;
}

export class Staffing {
  /** Officers' lifecycle states; grows when a change during the run hires officers. */
  state: Uint8Array;
  readonly station: QueueStation[] = [];
  readonly shift: number[] = [];
  private readonly rank: number[] = []; // position within its station and shift, for staggering breaks
  /** Officers on duty by station index and shift: the scenario's, then as changed during the run. */
  private readonly target: number[][];
  /** Officers in the pool by station index and shift (at least the target). */
  private readonly poolSize: number[][];
  private onDutySince: Float64Array; // NaN: not on duty
  private breakEnd: Float64Array; // kernel handle of the pending break end, -1 if none
  private breakSlotEnd: Float64Array; // when the current break slot ends, seconds
  /** When the officer came on duty or back from a break, seconds (the X-ray reader's time on task). */
  onTaskSince: Float64Array;
  private overtimeSince: Float64Array; // NaN: not on overtime
  /** 1 from an officer's shift start event to its (final) shift end event, on duty or not. */
  private rostered: Uint8Array;
  private scheduledThrough = -2; // the last day whose shifts are scheduled
  private overtimeDone = 0; // overtime seconds of stays that ended
  private readonly shiftsDone: Float64Array; // officer-seconds of shifts that ended, by station index
  private accountFrom = 0; // start of the accounting (the end of a warm-up)
  private readonly overtimeMax: number;
  private readonly overtimeBlock: number;
  private readonly life: Lifecycle;
  private readonly evShiftStart: number;
  private readonly evShiftEnd: number;
  private readonly evBreakStart: number;
  private readonly evBreakEnd: number;

  constructor(
    private readonly scenario: Scenario,
    private readonly kernel: Kernel,
    stations: readonly QueueStation[],
    private readonly report: StaffListener,
    recorder: LifecycleRecorder | null,
  ) {
    this.target = stations.map((st) => {
      const cfg = scenario.stations[st.name];
      return scenario.shifts.map((_, s) => (cfg.enabled ? cfg.officersByShift[s] : 0));
    });
    this.poolSize = this.target.map((row) => row.map(() => 0));
    for (const st of stations) {
      this.target[st.index].forEach((n, s) => {
        for (let k = 0; k < n; k++) this.hire(st, s);
      });
    }
    const n = this.count;
    this.state = new Uint8Array(n).fill(officerLifecycle.initial);
    this.onDutySince = new Float64Array(n).fill(NaN);
    this.breakEnd = new Float64Array(n).fill(-1);
    this.breakSlotEnd = new Float64Array(n);
    this.onTaskSince = new Float64Array(n);
    this.overtimeSince = new Float64Array(n).fill(NaN);
    this.rostered = new Uint8Array(n);
    this.shiftsDone = new Float64Array(stations.length);
    this.overtimeMax = scenario.overtime.maxHours * 3600;
    this.overtimeBlock = scenario.overtime.blockMinutes * 60;
    this.life = new Lifecycle(officerLifecycle, recorder);
    this.evShiftStart = kernel.register('officer shift start', (o) => this.shiftStart(o));
    this.evShiftEnd = kernel.register('officer shift end', (o) => this.shiftEnd(o));
    this.evBreakStart = kernel.register('officer break start', (o) => this.breakStart(o));
    this.evBreakEnd = kernel.register('officer break end', (o) => this.breakOver(o));
  }

  /**
   * Schedules the shifts that start on day `day` (and, for day -1, those still running at 0).
   * All starts are scheduled before all ends, so where one shift hands over to the next at the
   * same instant the newcomers arrive first and the station never closes for zero seconds.
   */
  scheduleDay(day: number): void {
    const ends: number[] = [];
    for (let o = 0; o < this.count; o++) this.scheduleShift(o, day, ends);
    for (let i = 0; i < ends.length; i += 2) this.kernel.schedule(ends[i], this.evShiftEnd, ends[i + 1]);
    this.scheduledThrough = day;
  }

  /** Officers in the pool (on duty or not). */
  get count(): number {
    return this.station.length;
  }

  /**
   * From now on `station` has `n` officers in shift `shift` (a change during the run). If that
   * shift is under way, officers are called in or sent home at once; later days follow the new
   * number. Breaks keep the stagger they were given when their day was scheduled.
   */
  setOfficers(station: QueueStation, shift: number, n: number): void {
    const now = this.kernel.now;
    const old = this.target[station.index][shift];
    this.target[station.index][shift] = n;
    while (this.poolSize[station.index][shift] < n) {
      const o = this.hire(station, shift);
      this.growArrays();
      // Its shifts of the days already scheduled (one under way is joined now).
      const ends: number[] = [];
      for (let d = -1; d <= this.scheduledThrough; d++) this.scheduleShift(o, d, ends);
      for (let i = 0; i < ends.length; i += 2) this.kernel.schedule(ends[i], this.evShiftEnd, ends[i + 1]);
    }
    for (let o = 0; o < this.count; o++) {
      if (this.station[o] !== station || this.shift[o] !== shift) continue;
      const onDuty = !Number.isNaN(this.onDutySince[o]);
      if (this.rank[o] < n && this.rank[o] >= old && !onDuty && this.rostered[o] === 1) this.comeOnDuty(o, now);
      else if (this.rank[o] >= n && onDuty) this.goOffDuty(o, now);
    }
  }

  /** A new member of the pool of `station` and `shift`, with the next rank; returns its number. */
  private hire(station: QueueStation, shift: number): number {
    this.station.push(station);
    this.shift.push(shift);
    this.rank.push(this.poolSize[station.index][shift]++);
    return this.station.length - 1;
  }

  /** Room in the per-officer arrays for officers hired during the run (state off duty). */
  private growArrays(): void {
    const n = this.count;
    this.state = lengthened(this.state, n, officerLifecycle.initial);
    this.onDutySince = lengthened(this.onDutySince, n, NaN);
    this.breakEnd = lengthened(this.breakEnd, n, -1);
    this.breakSlotEnd = lengthened(this.breakSlotEnd, n, 0);
    this.onTaskSince = lengthened(this.onTaskSince, n, 0);
    this.overtimeSince = lengthened(this.overtimeSince, n, NaN);
    this.rostered = lengthened(this.rostered, n, 0);
  }

  /** Schedules officer `o`'s shift of day `day` if it has not ended; its end goes into `ends`. */
  private scheduleShift(o: number, day: number, ends: number[]): void {
    const now = this.kernel.now;
    const sh = this.scenario.shifts[this.shift[o]];
    const start = day * DAY + sh.startHour * 3600;
    const end = start + sh.hours * 3600;
    if (end <= now) return;
    this.kernel.schedule(Math.max(start, now), this.evShiftStart, o);
    const breakSeconds = sh.breakMinutes * 60;
    if (breakSeconds > 0) {
      const mid = start + (sh.hours * 3600) / 2;
      const group = this.target[this.station[o].index][this.shift[o]];
      const at = mid - (group * breakSeconds) / 2 + this.rank[o] * breakSeconds;
      if (at >= Math.max(start, now) && at + breakSeconds <= end) this.kernel.schedule(at, this.evBreakStart, o);
    }
    ends.push(end, o);
  }

  /** Officer `o` took a parcel (the dispatcher chose them). */
  assign(o: number): void {
    this.life.fire(this.state, o, o, E.ASSIGN, this.kernel.now);
  }

  /** Officer `o` is done with the parcel in hand: free again, off on a break that fell due, or gone. */
  done(o: number): void {
    const next = this.life.fire(this.state, o, o, E.DONE, this.kernel.now);
    if (next === S.idle) return this.report.finished(o);
    if (next === S.onBreak) {
      this.scheduleBreakEnd(o, Math.max(this.kernel.now, this.breakSlotEnd[o]));
      return this.report.wentOnBreak(o);
    }
    this.report.left(o); // finishingThenOff -> offDuty
  }

  /** Restarts officer-hour accounting at `now` (warm-up deletion). */
  resetAccounting(now: number): void {
    for (let o = 0; o < this.count; o++) {
      if (!Number.isNaN(this.onDutySince[o])) this.onDutySince[o] = now;
    }
    this.overtimeDone = 0;
    this.shiftsDone.fill(0);
    this.accountFrom = now;
  }

  /** Overtime seconds worked up to `now`, every station (stays still running counted to now). */
  overtimeSeconds(now: number): number {
    let total = this.overtimeDone;
    for (let o = 0; o < this.count; o++) {
      if (!Number.isNaN(this.overtimeSince[o])) total += now - Math.max(this.overtimeSince[o], this.accountFrom);
    }
    return total;
  }

  /** Officer-seconds on duty at `station` up to `now` (open shifts counted to now). */
  officerSeconds(station: QueueStation, now: number): number {
    let total = this.shiftsDone[station.index];
    for (let o = 0; o < this.count; o++) {
      if (this.station[o] === station && !Number.isNaN(this.onDutySince[o])) total += now - this.onDutySince[o];
    }
    return total;
  }

  private shiftStart(o: number): void {
    this.rostered[o] = 1;
    // An empty roster place (the station has fewer officers in this shift now): stays away.
    if (this.rank[o] >= this.target[this.station[o].index][this.shift[o]]) return;
    this.comeOnDuty(o, this.kernel.now);
  }

  private comeOnDuty(o: number, now: number): void {
    const next = this.life.fire(this.state, o, o, E.SHIFT_START, now);
    this.onDutySince[o] = now;
    this.onTaskSince[o] = now;
    if (next === S.busy) return; // was finishing a parcel from the previous shift: carries on
    this.report.came(o);
  }

  private breakStart(o: number): void {
    if (Number.isNaN(this.onDutySince[o])) return; // not on duty: an empty roster place, or sent home
    const now = this.kernel.now;
    const next = this.life.fire(this.state, o, o, E.BREAK_START, now);
    this.breakSlotEnd[o] = now + this.scenario.shifts[this.shift[o]].breakMinutes * 60;
    if (next === S.onBreak) {
      this.scheduleBreakEnd(o, this.breakSlotEnd[o]);
      this.report.wentOnBreak(o);
    }
    // finishingThenBreak: the break starts when the parcel in hand is done (see `done`).
  }

  /** Break ends run before anything else at their instant, so the next officer's break (whose
   *  slot starts then) never finds the station momentarily empty. */
  private scheduleBreakEnd(o: number, at: number): void {
    this.breakEnd[o] = this.kernel.schedule(at, this.evBreakEnd, o, -1);
  }

  private breakOver(o: number): void {
    const now = this.kernel.now;
    this.breakEnd[o] = -1;
    this.life.fire(this.state, o, o, E.BREAK_END, now);
    this.onTaskSince[o] = now;
    this.report.cameBack(o);
  }

  /**
   * At the (possibly extended) end of a shift: true if officer `o` stays on for another block of
   * overtime, because their station's queue is at its overtime level and they have hours left.
   */
  private staysOn(o: number, now: number): boolean {
    const s = this.state[o];
    if (s !== S.idle && s !== S.busy) return false;
    const since = this.overtimeSince[o];
    const used = Number.isNaN(since) ? 0 : now - since;
    const left = this.overtimeMax - used;
    const st = this.station[o];
    if (left <= 0 || st.queue.size < this.scenario.overtime.queueAtLeast[st.name]) return false;
    if (Number.isNaN(since)) this.overtimeSince[o] = now;
    this.kernel.schedule(now + Math.min(this.overtimeBlock, left), this.evShiftEnd, o);
    return true;
  }

  private shiftEnd(o: number): void {
    const now = this.kernel.now;
    if (Number.isNaN(this.onDutySince[o])) { // an empty roster place, or sent home earlier
      this.rostered[o] = 0;
      return;
    }
    if (this.staysOn(o, now)) return;
    this.rostered[o] = 0;
    this.goOffDuty(o, now);
  }

  /** Officer `o` leaves their station now, by the shift-end rule: overtime and officer-hours closed. */
  private goOffDuty(o: number, now: number): void {
    if (!Number.isNaN(this.overtimeSince[o])) {
      this.overtimeDone += now - Math.max(this.overtimeSince[o], this.accountFrom);
      this.overtimeSince[o] = NaN;
    }
    this.shiftsDone[this.station[o].index] += now - this.onDutySince[o];
    this.onDutySince[o] = NaN;
    let s = this.state[o];
    const handsBack = (s === S.busy || s === S.finishingThenBreak) && this.scenario.shiftEndRule === 'handover';
    if (handsBack) {
      this.report.handingBack(o);
      s = this.life.fire(this.state, o, o, E.HANDOVER, now); // busy -> idle; finishingThenBreak -> onBreak
    }
    if (s === S.onBreak && this.breakEnd[o] >= 0) {
      this.kernel.cancel(this.breakEnd[o]);
      this.breakEnd[o] = -1;
    }
    this.life.fire(this.state, o, o, E.SHIFT_END, now);
    // Idle, or free after handing back (a pending break is not taken): leaves now. Busy under
    // the 'finish' rule: leaves when the parcel is done (see `done`). On a break: already away.
    if (s === S.idle || handsBack) this.report.left(o);
  }
}


/**
 * The time-weighted average of a piecewise-constant level: queue length, busy servers, staff on
 * duty. A level held for an hour counts sixty times as much as one held for a minute, which is
 * what "average queue length" means (the per-event average would over-weight busy periods, when
 * events are dense).
 *
 * Each change adds level * (time since the last change) to a running integral: O(1) per change,
 * no history kept. `reset(time)` restarts the accumulation from the current level, for deleting
 * a warm-up period.
 *
 * @example
 * const q = new TimeWeighted(0, 0); // empty queue at t = 0
 * q.set(10, 3); // three waiting from t = 10
 * q.add(20, -1); // one leaves at t = 20
 * q.mean(30); // (0*10 + 3*10 + 2*10) / 30 = 1.6667
 */
export class TimeWeighted {
  private start: number;
  private last: number; // time of the last change
  private current: number;
  private area = 0; // integral of the level from `start` to `last`
  private peak: number;
  private trough: number;

  /** Starts accumulating at `startTime` with the level at `level`. */
  constructor(startTime = 0, level = 0) {
    this.start = startTime;
    this.last = startTime;
    this.current = level;
    this.peak = level;
    this.trough = level;
  }

  /** The level now (since the last change). */
  get level(): number {
    return this.current;
  }

  /** Highest level held since the start (or the last `reset`). */
  get max(): number {
    return this.peak;
  }

  /** Lowest level held since the start (or the last `reset`). */
  get min(): number {
    return this.trough;
  }

  /** Time accumulation started (the constructor's `startTime` or the last `reset`). */
  get startTime(): number {
    return this.start;
  }

  /**
   * The level becomes `level` at `time`. Throws a RangeError if `time` is before the last change:
   * the integral cannot be rewritten.
   */
  set(time: number, level: number): void {
    this.advance(time);
    this.current = level;
    if (level > this.peak) this.peak = level;
    if (level < this.trough) this.trough = level;
  }

  /** The level changes by `delta` at `time` (e.g. +1 when a parcel joins a queue). */
  add(time: number, delta: number): void {
    this.set(time, this.current + delta);
  }

  /**
   * Integral of the level from the start to `untilTime` (>= the last change), the current level
   * being held until then: e.g. busy-server-seconds.
   */
  integral(untilTime: number): number {
    if (!(untilTime >= this.last)) throw this.timeError(untilTime);
    return this.area + this.current * (untilTime - this.last);
  }

  /**
   * Time-weighted mean level from the start to `untilTime`. Over an interval of zero length it is
   * the current level (the limit of the mean over ever shorter intervals).
   */
  mean(untilTime: number): number {
    const total = this.integral(untilTime);
    const span = untilTime - this.start;
    return span > 0 ? total / span : this.current;
  }

  /**
   * Restarts accumulation at `time`, keeping the current level: the integral, max and min then
   * cover only what follows (warm-up deletion).
   */
  reset(time: number): void {
    this.advance(time);
    this.start = time;
    this.area = 0;
    this.peak = this.current;
    this.trough = this.current;
  }

  private advance(time: number): void {
    if (!(time >= this.last)) throw this.timeError(time);
    this.area += this.current * (time - this.last);
    this.last = time;
  }

  private timeError(time: number): RangeError {
    return new RangeError(`TimeWeighted: time ${time} is before the last change at ${this.last}`);
  }
}

/**
 * The simulation worker's pacing, as a plain class with an injected clock so it can be tested in
 * Node: how far to advance simulated time on each slice of work, when to send a frame, and how
 * pause and step behave.
 *
 * Playing at speed v means simulated time follows `anchorSim + v × (real elapsed)`. Each call to
 * `tick()` does at most `sliceMs` of work and then returns, so the worker goes back to its event
 * loop and a 'pause' or 'step' message is handled within one slice. When the simulation cannot
 * keep up (a heavy scenario at ×3600), the loop drops the debt instead of racing to catch up,
 * so pausing is never delayed by seconds of backlog. 'max' simply works slice after slice.
 * The kernel is driven with `run(until, done)`, which fires the same events in the same order
 * as a single `advance(endTime)`: slicing never changes the results.
 *
 * @example
 * const loop = new RunLoop(facility, () => performance.now());
 * loop.play(600);
 * const wait = loop.tick(); // ms until the next tick is useful, or null when stopped
 */
import type { Speed } from '../protocol.js';

/** What the loop needs of a simulation (a Facility has it). */
export interface Steppable {
  readonly endTime: number;
  readonly kernel: {
    readonly now: number;
    readonly fired: number;
    peekTime(): number;
    step(): boolean;
    run(until: number, done?: () => boolean): void;
  };
}

export interface RunLoopOptions {
  /** Most real time spent per tick, ms (8-16 keeps the worker responsive). */
  sliceMs: number;
  /** Shortest real time between frames, ms (33 = at most ~30 frames a second). */
  frameMs: number;
  /** Simulated time the loop may fall behind, as real ms at the current speed, before it drops the debt. */
  maxLagMs: number;
}

const DEFAULTS: RunLoopOptions = { sliceMs: 12, frameMs: 33, maxLagMs: 250 };

export class RunLoop {
  private speedValue: Speed = 1;
  private playing = false;
  private anchorReal = 0;
  private anchorSim = 0;
  private lastFrame = -Infinity;
  private readonly options: RunLoopOptions;

  constructor(private readonly sim: Steppable, private readonly clock: () => number, options: Partial<RunLoopOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** True while playing (false when paused, stepped, or at the end). */
  get running(): boolean {
    return this.playing;
  }

  get speed(): Speed {
    return this.speedValue;
  }

  /** True once simulated time has reached the end of the run. */
  get finished(): boolean {
    return this.sim.kernel.now >= this.sim.endTime;
  }

  /** Plays (or changes speed while playing) from the current simulated time. */
  play(speed: Speed): void {
    this.speedValue = speed;
    this.playing = !this.finished;
    this.anchor();
  }

  pause(): void {
    this.playing = false;
  }

  /**
   * Pauses, then advances by one kernel event or by exactly one simulated minute (never past the
   * end of the run). An event that lies beyond the end is not fired; the clock moves to the end.
   */
  step(unit: 'event' | 'minute'): void {
    this.playing = false;
    if (this.finished) return;
    const k = this.sim.kernel;
    if (unit === 'minute') k.run(Math.min(k.now + 60, this.sim.endTime));
    else if (k.peekTime() > this.sim.endTime) k.run(this.sim.endTime);
    else k.step();
  }

  /**
   * One slice of work while playing. Returns the real ms to wait before the next tick is worth
   * running (0: at once), or null when the loop is not playing (paused, or the run just ended).
   */
  tick(): number | null {
    if (!this.playing) return null;
    const start = this.clock();
    const deadline = start + this.options.sliceMs;
    const k = this.sim.kernel;
    const end = this.sim.endTime;
    let behind = false;
    if (this.speedValue === 'max') {
      k.run(end, () => this.clock() >= deadline);
    } else {
      const target = Math.min(end, this.anchorSim + (this.speedValue * (start - this.anchorReal)) / 1000);
      if (target > k.now) k.run(target, () => this.clock() >= deadline);
      behind = k.now < target;
      // Fallen too far behind: forget the debt, so the loop stays at most maxLagMs behind real time.
      if (behind && target - k.now > (this.speedValue * this.options.maxLagMs) / 1000) this.anchor();
    }
    if (this.finished) {
      this.playing = false;
      return null;
    }
    if (this.speedValue === 'max' || behind) return 0;
    // Caught up: the next frame is the next moment with anything new to show.
    return Math.max(1, Math.min(this.options.frameMs / 2, this.lastFrame + this.options.frameMs - this.clock()));
  }

  /** True, and remembers the time, when a frame is due (at most one per frameMs). */
  frameDue(): boolean {
    const now = this.clock();
    if (now - this.lastFrame < this.options.frameMs) return false;
    this.lastFrame = now;
    return true;
  }

  /** Records that a frame was just sent outside the pacing (after a pause or a step). */
  frameSent(): void {
    this.lastFrame = this.clock();
  }

  private anchor(): void {
    this.anchorReal = this.clock();
    this.anchorSim = this.sim.kernel.now;
  }
}

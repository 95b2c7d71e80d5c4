/**
 * The arithmetic behind the belt's particles, kept pure so it can be tested: how fast parcels are
 * being released (from two snapshots' `totals.released` and `time`), and how many released
 * parcels one moving dot stands for so that the belt never carries more than a few hundred dots.
 *
 * About 99% of parcels are never pulled and are not listed in a snapshot, only counted. Drawing
 * them one dot each would mean thousands of dots a second at high speed; drawing a fixed few would
 * hide the volume. So one dot stands for N parcels, N a round number chosen from the rate, and
 * the view says what N is.
 */

/** The round numbers a belt dot may stand for. */
export const PARCELS_PER_DOT_STEPS = [
  1, 2, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000,
] as const;

/**
 * A smaller N is taken only once it is this many times smaller than the current one, so the
 * scale note does not flicker between two steps when the rate hovers near a boundary.
 */
const STEP_DOWN_FACTOR = 5;

/**
 * How many released parcels one belt dot stands for.
 *
 * @param parcelsPerRealSecond - releases per second of wall-clock time (the rate the dots show)
 * @param travelSeconds - how long a dot takes to ride the belt to the exit
 * @param maxDots - the most dots the belt should hold at once
 * @param current - the N in use now (keeps N steady unless the rate moved a lot)
 *
 * @example
 * parcelsPerDot(1_000, 4, 200, 1); // 25: 1,000/s x 4 s = 4,000 parcels on the belt, 160 dots
 */
export function parcelsPerDot(parcelsPerRealSecond: number, travelSeconds: number, maxDots: number, current: number): number {
  const needed = Math.max(0, parcelsPerRealSecond) * travelSeconds / maxDots;
  const target = PARCELS_PER_DOT_STEPS.find((n) => n >= needed) ?? PARCELS_PER_DOT_STEPS[PARCELS_PER_DOT_STEPS.length - 1];
  if (target >= current) return target;
  return target * STEP_DOWN_FACTOR <= current ? target : current;
}

/** What a snapshot says about releases: its time and the running total. */
export interface ReleaseSample {
  /** Simulated seconds. */
  time: number;
  released: number;
  /** Wall-clock milliseconds when the snapshot arrived. */
  wallMs: number;
}

/** Releases between two samples and their rates. */
export interface ReleaseStep {
  parcels: number;
  perSimSecond: number;
  perRealSecond: number;
}

/**
 * The releases between two samples, or null when the pair says nothing about a rate: the run was
 * reset (time or total went back), or no simulated time passed (paused).
 *
 * @example
 * releaseStep({ time: 0, released: 0, wallMs: 0 }, { time: 60, released: 210, wallMs: 500 });
 * // { parcels: 210, perSimSecond: 3.5, perRealSecond: 420 }
 */
export function releaseStep(prev: ReleaseSample, next: ReleaseSample): ReleaseStep | null {
  const dt = next.time - prev.time;
  const parcels = next.released - prev.released;
  if (dt <= 0 || parcels < 0) return null;
  const wall = Math.max(1, next.wallMs - prev.wallMs) / 1000;
  return { parcels, perSimSecond: parcels / dt, perRealSecond: parcels / wall };
}

/**
 * Exponential smoothing: the new estimate moves `weight` of the way towards the sample.
 *
 * @example
 * smooth(null, 10); // 10 (first sample)
 * smooth(10, 20, 0.25); // 12.5
 */
export function smooth(prev: number | null, sample: number, weight = 0.3): number {
  return prev === null ? sample : prev + weight * (sample - prev);
}

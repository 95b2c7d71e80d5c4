/**
 * Seeded random streams, one per purpose (docs/architecture.md rule 4).
 *
 * Each stream is seedrandom's Alea generator seeded with `${seed}/${name}`, so adding a stream
 * for a new feature does not shift the draws of any other, and two scenarios that differ only in
 * staffing see the same parcels (common random numbers). The algorithm (Alea) and the package
 * version (seedrandom 3.0.5, pinned in package.json) are part of every golden output: changing
 * either changes the numbers.
 *
 * @example
 * const streams = new Streams(42);
 * const u = streams.get('arrivals')(); // a number in [0, 1)
 */
import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). Distributions take one as a parameter. */
export type Rng = () => number;

/** Creates the stream named `name` for run seed `seed`. */
export function createStream(seed: number | string, name: string): Rng {
  return seedrandom.alea(`${seed}/${name}`) as Rng;
}

/** The streams of one run, created on first use and cached by name. */
export class Streams {
  private readonly cache = new Map<string, Rng>();
  constructor(readonly seed: number | string) {}

  /** The stream for `name` (the same object on every call). */
  get(name: string): Rng {
    let rng = this.cache.get(name);
    if (rng === undefined) {
      rng = createStream(this.seed, name);
      this.cache.set(name, rng);
    }
    return rng;
  }
}

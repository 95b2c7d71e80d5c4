/**
 * Tiny per-entity random streams: each entity keeps one 32-bit state word in a Uint32Array and
 * draws from it with Mulberry32 (Tommy Ettinger's public-domain generator, 2017).
 *
 * Why not seedrandom here: common random numbers need each pulled parcel to own its draws
 * (service times, detection, hold outcomes), so that a change of staffing, which reorders when
 * parcels are served, does not change what any parcel's screening finds. A seedrandom generator
 * per parcel costs microseconds to create; a state word seeded from a seedrandom stream costs
 * nothing and keeps every draw reproducible. Each parcel draws at most a few dozen numbers, far
 * inside Mulberry32's tested range.
 *
 * @example
 * const state = new Uint32Array(1);
 * seedCounter(state, 0, streams.get('parcel-seeds')());
 * const u = nextCounter(state, 0); // in [0, 1)
 */

/** Seeds entry `i` from a uniform number in [0, 1) (e.g. one draw of a seedrandom stream). */
export function seedCounter(state: Uint32Array, i: number, u: number): void {
  state[i] = Math.floor(u * 4294967296);
}

/** The next uniform in [0, 1) of entry `i`'s stream (Mulberry32 step). */
export function nextCounter(state: Uint32Array, i: number): number {
  const s = (state[i] = (state[i] + 0x6d2b79f5) >>> 0);
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * Storage for the parcels that are pulled off the belt: struct-of-arrays with recycled slots.
 *
 * Only parcels that something pulls (a rule, a sweep, a dog) ever get a slot; the 99% that are
 * released at induction are counted and forgotten, which keeps memory flat on a million-parcel
 * day. Typed arrays rather than objects keep the hot path free of allocation. A slot is reused
 * once its parcel has left, so a parcel is named by its `id`, not its slot.
 */

export const NO_CONTRABAND = -1;
/** Why a parcel was pulled: a rule (its index is in `rule`), a dog's alert, or the compliance sample. */
export const enum PullReason { Rule = 0, Canine = 1, Compliance = 2 }

export class ParcelStore {
  capacity = 0;
  /** Parcel id: receptacle id × 1000 + position, or the arrival number for one-by-one arrivals. */
  id = new Float64Array(0);
  state = new Uint8Array(0);
  origin = new Uint8Array(0);
  mailType = new Uint8Array(0);
  declared = new Uint8Array(0);
  aed = new Uint8Array(0);
  contraband = new Int8Array(0);
  deep = new Uint8Array(0);
  score = new Float32Array(0);
  /** The uniforms weight and declared value are computed from, only when a story asks (saves two
   *  lognormal transforms per pulled parcel on the hot path). */
  uWeight = new Float64Array(0);
  uValue = new Float64Array(0);
  quantityGrams = new Float32Array(0);
  /** Tender (arrival at the facility), seconds. */
  arrivedAt = new Float64Array(0);
  /** When its flight landed, seconds. */
  landedAt = new Float64Array(0);
  /** When it was pulled off the belt, seconds. */
  pulledAt = new Float64Array(0);
  /** Kernel handle of its pending wait-limit event, -1 if none. */
  deadline = new Float64Array(0);
  /** When the parcel joined its current queue (or started its current wait), seconds. */
  queuedAt = new Float64Array(0);
  serviceStartedAt = new Float64Array(0);
  rule = new Int16Array(0);
  reason = new Uint8Array(0);
  /** Officer serving the parcel while it is in service, -1 once it ends (the dispatcher's). */
  officer = new Int32Array(0);
  /** Kernel handle of the parcel's pending completion event (for hand-overs). */
  pending = new Float64Array(0);
  /** 1 once the parcel has been screened at X-ray, CT or exam. */
  screened = new Uint8Array(0);
  /** The parcel's own random stream (one state word, see sim/counterStream.ts). */
  rng = new Uint32Array(0);
  /** Lifecycle history [state, time, state, time, ...], kept only when stories are on. */
  history: (number[] | null)[] = [];

  private free: number[] = [];
  private used = 0;
  /** Parcels currently holding a slot. */
  live = 0;

  constructor(initial = 1024) {
    this.grow(initial);
  }

  /** Takes a free slot for a new parcel. */
  allocate(): number {
    this.live++;
    if (this.free.length > 0) return this.free.pop()!;
    if (this.used === this.capacity) this.grow(this.capacity * 2);
    return this.used++;
  }

  /** Returns a slot once its parcel has left the facility. */
  release(slot: number): void {
    this.live--;
    this.history[slot] = null;
    this.free.push(slot);
  }

  /** Slots currently holding a parcel, for snapshots and end-of-run checks (not the hot path). */
  liveSlots(): number[] {
    const freeSet = new Set(this.free);
    const out: number[] = [];
    for (let s = 0; s < this.used; s++) if (!freeSet.has(s)) out.push(s);
    return out;
  }

  private grow(n: number): void {
    const fields = ['id', 'state', 'origin', 'mailType', 'declared', 'aed', 'contraband', 'deep', 'score',
      'uWeight', 'uValue', 'quantityGrams', 'arrivedAt', 'landedAt', 'pulledAt', 'deadline', 'queuedAt', 'serviceStartedAt', 'rule', 'reason',
      'officer', 'pending', 'screened', 'rng'] as const;
    for (const f of fields) {
      const old = this[f];
      const next = new (old.constructor as new (n: number) => typeof old)(n);
      next.set(old as never);
      (this as Record<string, unknown>)[f] = next;
    }
    this.history.length = n;
    this.capacity = n;
  }
}

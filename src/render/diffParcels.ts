/**
 * The pure heart of the parcel layer: given where each listed parcel stood after the previous
 * snapshot and the parcels of the next one, say which dots to add, move and remove, and give each
 * parcel its slot in its state's zone.
 *
 * Two kinds of zone behave differently, as they do on the floor:
 * - a queue keeps its order: parcels already in it keep their relative order (whatever their ids),
 *   newcomers join at the back, and everyone closes up when the front leaves;
 * - a pool (the held area, the lab, the lanes of a station) lets a parcel stay where it is; a
 *   newcomer takes the lowest free slot, so dots do not shuffle when a neighbour leaves.
 * A slot at or beyond the zone's capacity means "does not fit": the layer counts it in "+N".
 *
 * Generic in the state names `S` (the parcel layer passes the parcel machine's `ParcelState`), so
 * what comes out is typed as what went in.
 */

/** Where a parcel stands: its lifecycle state and its slot in that state's zone. */
export interface Placement<S extends string = string> {
  state: S;
  slot: number;
}

/** One change to the drawn dots. */
export type ParcelOp<S extends string = string> =
  | { kind: 'add'; id: number; state: S; slot: number }
  | { kind: 'move'; id: number; from: S; state: S; slot: number }
  | { kind: 'remove'; id: number; from: S };

/** How a state's zone places parcels. */
export interface ZonePolicy {
  kind: 'queue' | 'pool';
  /** Slots that can be drawn. */
  capacity: number;
}

/** The result of one diff. */
export interface ParcelDiff<S extends string = string> {
  /** Placement of every listed parcel, to pass back in as `prev` next time. */
  placements: Map<number, Placement<S>>;
  /** Adds and moves in snapshot order, then removes. A move is a change of state or of slot. */
  ops: ParcelOp<S>[];
}

/** A parcel listed in a snapshot: only its id and state matter here. */
export interface ListedParcel<S extends string = string> {
  id: number;
  state: S;
}

interface Bucket {
  /** Parcels that were already in this state: [id, previous slot]. */
  stayers: [number, number][];
  /** Parcels new to this state, in snapshot order. */
  newcomers: number[];
}

/**
 * Diffs a snapshot's parcel list against the previous placements.
 *
 * @example
 * const zone = () => ({ kind: 'queue' as const, capacity: 10 });
 * const a = diffParcels(new Map(), [{ id: 1, state: 'xrayQueue' }, { id: 2, state: 'xrayQueue' }], zone);
 * const b = diffParcels(a.placements, [{ id: 2, state: 'xrayQueue' }], zone);
 * b.ops; // [{ kind: 'move', id: 2, from: 'xrayQueue', state: 'xrayQueue', slot: 0 }, { kind: 'remove', id: 1, from: 'xrayQueue' }]
 */
export function diffParcels<S extends string>(
  prev: ReadonlyMap<number, Placement<S>>,
  parcels: readonly ListedParcel<S>[],
  zoneOf: (state: S) => ZonePolicy,
): ParcelDiff<S> {
  const buckets = new Map<S, Bucket>();
  for (const p of parcels) {
    let b = buckets.get(p.state);
    if (!b) buckets.set(p.state, (b = { stayers: [], newcomers: [] }));
    const old = prev.get(p.id);
    if (old && old.state === p.state) b.stayers.push([p.id, old.slot]);
    else b.newcomers.push(p.id);
  }

  const slotOf = new Map<number, number>();
  for (const [state, b] of buckets) {
    const zone = zoneOf(state);
    b.stayers.sort((x, y) => x[1] - y[1]);
    if (zone.kind === 'queue') placeQueue(b, slotOf);
    else placePool(b, zone.capacity, slotOf);
  }

  const placements = new Map<number, Placement<S>>();
  const ops: ParcelOp<S>[] = [];
  for (const p of parcels) {
    const slot = slotOf.get(p.id)!;
    placements.set(p.id, { state: p.state, slot });
    const old = prev.get(p.id);
    if (!old) ops.push({ kind: 'add', id: p.id, state: p.state, slot });
    else if (old.state !== p.state || old.slot !== slot) ops.push({ kind: 'move', id: p.id, from: old.state, state: p.state, slot });
  }
  for (const [id, old] of prev) {
    if (!placements.has(id)) ops.push({ kind: 'remove', id, from: old.state });
  }
  return { placements, ops };
}

/** Queue: those already queued keep their order, newcomers join the back, no gaps. */
function placeQueue(b: Bucket, slotOf: Map<number, number>): void {
  let rank = 0;
  for (const [id] of b.stayers) slotOf.set(id, rank++);
  for (const id of b.newcomers) slotOf.set(id, rank++);
}

/** Pool: drawn parcels keep their slot; the rest (undrawn first, then newcomers) fill the gaps. */
function placePool(b: Bucket, capacity: number, slotOf: Map<number, number>): void {
  const taken = new Uint8Array(Math.max(0, capacity));
  const waiting: number[] = [];
  for (const [id, slot] of b.stayers) {
    if (slot < capacity) {
      taken[slot] = 1;
      slotOf.set(id, slot);
    } else waiting.push(id);
  }
  for (const id of b.newcomers) waiting.push(id);
  let free = 0;
  let beyond = capacity;
  for (const id of waiting) {
    while (free < capacity && taken[free]) free++;
    if (free < capacity) {
      taken[free] = 1;
      slotOf.set(id, free);
    } else slotOf.set(id, beyond++);
  }
}

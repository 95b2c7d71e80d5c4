// The snapshot diff: adds, moves and removes by id; queues keep order and close up; pools keep
// dots where they are and fill holes; what does not fit gets a slot beyond the capacity.
import { describe, expect, it } from 'vitest';
import { diffParcels, type ParcelOp, type Placement, type ZonePolicy } from '../../src/render/diffParcels.js';

const zones: Record<string, ZonePolicy> = {
  xrayQueue: { kind: 'queue', capacity: 3 },
  xray: { kind: 'pool', capacity: 2 },
  held: { kind: 'pool', capacity: 3 },
};
const zoneOf = (s: string): ZonePolicy => zones[s] ?? { kind: 'pool', capacity: 0 };
const parcels = (...xs: [number, string][]) => xs.map(([id, state]) => ({ id, state }));
const slots = (m: Map<number, Placement>) => Object.fromEntries([...m].map(([id, p]) => [id, `${p.state}#${p.slot}`]));
const kinds = (ops: ParcelOp[]) => ops.map((o) => `${o.kind} ${o.id}`);

describe('diffParcels', () => {
  it('adds every parcel of the first snapshot, in order, slots by rank', () => {
    const d = diffParcels(new Map(), parcels([5, 'xrayQueue'], [7, 'xrayQueue'], [9, 'held']), zoneOf);
    expect(kinds(d.ops)).toEqual(['add 5', 'add 7', 'add 9']);
    expect(slots(d.placements)).toEqual({ 5: 'xrayQueue#0', 7: 'xrayQueue#1', 9: 'held#0' });
  });

  it('reports nothing when nothing changed', () => {
    const a = diffParcels(new Map(), parcels([1, 'held'], [2, 'xrayQueue']), zoneOf);
    expect(diffParcels(a.placements, parcels([1, 'held'], [2, 'xrayQueue']), zoneOf).ops).toEqual([]);
  });

  it('moves a parcel that changes state and removes one that left the listing', () => {
    const a = diffParcels(new Map(), parcels([1, 'xrayQueue'], [2, 'xrayQueue']), zoneOf);
    const b = diffParcels(a.placements, parcels([1, 'xray']), zoneOf);
    expect(b.ops).toEqual([
      { kind: 'move', id: 1, from: 'xrayQueue', state: 'xray', slot: 0 },
      { kind: 'remove', id: 2, from: 'xrayQueue' },
    ]);
  });

  it('closes a queue up when its front leaves', () => {
    const a = diffParcels(new Map(), parcels([1, 'xrayQueue'], [2, 'xrayQueue'], [3, 'xrayQueue']), zoneOf);
    const b = diffParcels(a.placements, parcels([1, 'xray'], [2, 'xrayQueue'], [3, 'xrayQueue']), zoneOf);
    expect(slots(b.placements)).toEqual({ 1: 'xray#0', 2: 'xrayQueue#0', 3: 'xrayQueue#1' });
  });

  it('puts a queue newcomer at the back even when its id is older', () => {
    const a = diffParcels(new Map(), parcels([1, 'held'], [5, 'xrayQueue']), zoneOf);
    const b = diffParcels(a.placements, parcels([1, 'xrayQueue'], [5, 'xrayQueue']), zoneOf);
    expect(slots(b.placements)).toEqual({ 5: 'xrayQueue#0', 1: 'xrayQueue#1' });
  });

  it('leaves pool dots where they are and fills the lowest hole', () => {
    const a = diffParcels(new Map(), parcels([1, 'held'], [2, 'held'], [3, 'held']), zoneOf);
    const b = diffParcels(a.placements, parcels([1, 'held'], [3, 'held'], [4, 'held']), zoneOf);
    expect(slots(b.placements)).toEqual({ 1: 'held#0', 3: 'held#2', 4: 'held#1' });
    expect(kinds(b.ops)).toEqual(['add 4', 'remove 2']);
  });

  it('keeps a lane for the parcel being served when the other lane frees up', () => {
    const a = diffParcels(new Map(), parcels([1, 'xray'], [2, 'xray']), zoneOf);
    const b = diffParcels(a.placements, parcels([2, 'xray']), zoneOf);
    expect(slots(b.placements)).toEqual({ 2: 'xray#1' });
  });

  it('places what does not fit beyond the capacity, and lets it in when room appears', () => {
    const a = diffParcels(new Map(), parcels([1, 'held'], [2, 'held'], [3, 'held'], [4, 'held'], [5, 'held']), zoneOf);
    expect(slots(a.placements)).toMatchObject({ 4: 'held#3', 5: 'held#4' });
    const b = diffParcels(a.placements, parcels([1, 'held'], [3, 'held'], [4, 'held'], [5, 'held'], [6, 'held']), zoneOf);
    // 4 was waiting longest, so it takes the freed slot; 5 and the newcomer 6 still do not fit.
    expect(slots(b.placements)).toEqual({ 1: 'held#0', 3: 'held#2', 4: 'held#1', 5: 'held#3', 6: 'held#4' });
  });

  it('handles a state with no zone by counting everything as not fitting', () => {
    const d = diffParcels(new Map(), parcels([1, 'mystery'], [2, 'mystery']), zoneOf);
    expect(slots(d.placements)).toEqual({ 1: 'mystery#0', 2: 'mystery#1' });
  });

  it('scales to 3,000 parcels with every parcel placed once', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: i, state: i % 3 === 0 ? 'held' : 'xrayQueue' }));
    const a = diffParcels(new Map(), many, () => ({ kind: 'queue', capacity: 5000 }));
    expect(a.placements.size).toBe(3000);
    const b = diffParcels(a.placements, many.slice(10), () => ({ kind: 'queue', capacity: 5000 }));
    expect(b.ops.filter((o) => o.kind === 'remove')).toHaveLength(10);
  });
});

// The slot queue: FIFO order, hand-overs to the front, and removal from anywhere (the wait limit),
// across the ring buffer's wrap-around and growth.
import { describe, expect, it } from 'vitest';
import { SlotQueue } from '../../src/model/SlotQueue.js';

function queueOf(slots: number[]): SlotQueue {
  const q = new SlotQueue();
  for (const s of slots) q.push(s);
  return q;
}

describe('SlotQueue', () => {
  it('serves in order of arrival, and a handed-over slot next', () => {
    const q = queueOf([1, 2, 3]);
    q.pushFront(9);
    expect([q.shift(), q.shift(), q.shift(), q.shift()]).toEqual([9, 1, 2, 3]);
  });

  it.each([
    ['the front', 0],
    ['the middle, nearer the front', 3],
    ['the middle, nearer the back', 7],
    ['the back', 9],
  ])('removes a slot at %s and keeps the order of the rest', (_, i) => {
    const slots = Array.from({ length: 10 }, (_, k) => 100 + k);
    const q = queueOf(slots);
    expect(q.remove(slots[i])).toBe(true);
    expect(q.toArray()).toEqual(slots.filter((_, k) => k !== i));
  });

  it('removes correctly when the ring has wrapped around and after it grew', () => {
    const q = new SlotQueue();
    for (let k = 0; k < 60; k++) q.push(k);
    for (let k = 0; k < 50; k++) q.shift(); // head near the end of the 64-slot buffer
    for (let k = 60; k < 200; k++) q.push(k); // wraps, then grows
    const expected = q.toArray();
    for (const victim of [50, 63, 64, 120, 199]) {
      expect(q.remove(victim)).toBe(true);
      expected.splice(expected.indexOf(victim), 1);
      expect(q.toArray()).toEqual(expected);
    }
    expect(q.size).toBe(expected.length);
  });

  it('says so when the slot is not queued', () => {
    const q = queueOf([1, 2]);
    expect(q.remove(5)).toBe(false);
    expect(q.toArray()).toEqual([1, 2]);
  });
});

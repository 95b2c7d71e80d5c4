// The event kernel: ordering by (time, priority, sequence), cancellation, no time travel, and
// the bounds of run().
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../src/sim/Kernel.js';
import { createStream } from '../../src/sim/random.js';

/** A kernel with one event type that records (now, payload) when it fires. */
function recording(): { k: Kernel; EV: number; log: Array<[number, number]> } {
  const k = new Kernel();
  const log: Array<[number, number]> = [];
  const EV = k.register('ev', (payload, time) => log.push([time, payload]));
  return { k, EV, log };
}

describe('Kernel', () => {
  it('fires events in time order', () => {
    const { k, EV, log } = recording();
    k.schedule(5, EV, 1);
    k.schedule(1, EV, 2);
    k.schedule(3, EV, 3);
    k.run();
    expect(log).toEqual([[1, 2], [3, 3], [5, 1]]);
    expect(k.now).toBe(5);
    expect(k.fired).toBe(3);
  });

  it('runs ties in scheduling order', () => {
    const { k, EV, log } = recording();
    for (let i = 0; i < 50; i++) k.schedule(7, EV, i);
    k.run();
    expect(log.map(([, p]) => p)).toEqual([...Array(50).keys()]);
  });

  it('fires the lower priority value first at equal time', () => {
    const { k, EV, log } = recording();
    k.schedule(2, EV, 1, 5);
    k.schedule(2, EV, 2, -1);
    k.schedule(2, EV, 3, 0);
    k.schedule(1, EV, 4, 9); // an earlier time wins whatever its priority
    k.run();
    expect(log.map(([, p]) => p)).toEqual([4, 2, 3, 1]);
  });

  it('passes the payload and the time to the handler, with now equal to the time', () => {
    const k = new Kernel();
    const seen: number[][] = [];
    const EV = k.register('ev', (payload, time) => seen.push([payload, time, k.now]));
    k.schedule(2.5, EV, 1234.5);
    k.run();
    expect(seen).toEqual([[1234.5, 2.5, 2.5]]);
    expect(k.typeName(EV)).toBe('ev');
  });

  it('does not fire a cancelled event', () => {
    const { k, EV, log } = recording();
    k.schedule(1, EV, 1);
    const h = k.schedule(2, EV, 2);
    k.schedule(3, EV, 3);
    k.cancel(h);
    k.run();
    expect(log.map(([, p]) => p)).toEqual([1, 3]);
  });

  it('ignores cancelling an event that already fired or was already cancelled', () => {
    const { k, EV, log } = recording();
    const h1 = k.schedule(1, EV, 1);
    const h2 = k.schedule(2, EV, 2);
    k.step();
    k.cancel(h1); // fired
    k.cancel(h2);
    k.cancel(h2); // twice
    k.schedule(3, EV, 3);
    k.run();
    expect(log.map(([, p]) => p)).toEqual([1, 3]);
  });

  it('ignores a stale handle after its slot was reused by a new event', () => {
    const { k, EV, log } = recording();
    const old = k.schedule(1, EV, 1);
    k.run(); // fires, frees the slot
    const fresh = k.schedule(2, EV, 2); // reuses the slot
    expect(fresh % 2 ** 24).toBe(old % 2 ** 24);
    expect(fresh).not.toBe(old);
    k.cancel(old);
    k.run();
    expect(log.map(([, p]) => p)).toEqual([1, 2]);
  });

  it('lets a handler cancel another pending event', () => {
    const k = new Kernel();
    const log: number[] = [];
    let victim = -1;
    const B = k.register('b', (p) => log.push(p));
    const A = k.register('a', () => k.cancel(victim));
    k.schedule(1, A);
    victim = k.schedule(2, B, 7);
    k.schedule(3, B, 8);
    k.run();
    expect(log).toEqual([8]);
  });

  it('throws when scheduling in the past', () => {
    const { k, EV } = recording();
    k.schedule(10, EV);
    k.run();
    expect(() => k.schedule(9.999, EV)).toThrow(RangeError);
    expect(() => k.scheduleIn(-1, EV)).toThrow(RangeError);
    expect(() => k.schedule(10, EV)).not.toThrow(); // now itself is allowed
  });

  it('throws for a NaN or infinite time', () => {
    const { k, EV } = recording();
    expect(() => k.schedule(NaN, EV)).toThrow(RangeError);
    expect(() => k.schedule(Infinity, EV)).toThrow(RangeError);
    expect(() => k.scheduleIn(NaN, EV)).toThrow(RangeError);
    expect(k.pending).toBe(0);
  });

  it('run(until) stops before later events and sets now to until', () => {
    const { k, EV, log } = recording();
    k.schedule(1, EV, 1);
    k.schedule(5, EV, 5); // an event exactly at `until` fires
    k.schedule(6, EV, 6);
    k.run(5.5);
    expect(log.map(([, p]) => p)).toEqual([1, 5]);
    expect(k.now).toBe(5.5);
    expect(k.pending).toBe(1);
    k.run(100);
    expect(log.map(([, p]) => p)).toEqual([1, 5, 6]);
    expect(k.now).toBe(100); // advanced to `until` even with nothing left
  });

  it('run(until) throws for a NaN bound instead of running forever', () => {
    const { k } = recording();
    expect(() => k.run(NaN)).toThrow(RangeError);
  });

  it('run(until) sees events that handlers schedule after the queue has grown', () => {
    // A handler schedules enough events to outgrow the initial arrays, then one that is due
    // before `until`: run must still find it.
    const k = new Kernel();
    const log: number[] = [];
    const LATE = k.register('late', (p) => log.push(p));
    const FLOOD = k.register('flood', () => {
      for (let i = 0; i < 3000; i++) k.schedule(100, LATE, i);
      k.schedule(1, LATE, -1);
    });
    k.schedule(0, FLOOD);
    k.run(10);
    expect(log).toEqual([-1]);
    expect(k.now).toBe(10);
    k.run();
    expect(log.length).toBe(3001);
  });

  it('run with a predicate stops as soon as it returns true', () => {
    const { k, EV, log } = recording();
    for (let t = 1; t <= 10; t++) k.schedule(t, EV, t);
    k.run(Infinity, () => log.length === 4);
    expect(log.length).toBe(4);
    expect(k.now).toBe(4);
  });

  it('step fires exactly one event and reports whether there was one', () => {
    const { k, EV, log } = recording();
    k.schedule(2, EV, 2);
    k.schedule(1, EV, 1);
    expect(k.step()).toBe(true);
    expect(log).toEqual([[1, 1]]);
    expect(k.now).toBe(1);
    expect(k.step()).toBe(true);
    expect(k.step()).toBe(false);
  });

  it('peekTime skips cancelled events and is Infinity when nothing is pending', () => {
    const { k, EV } = recording();
    expect(k.peekTime()).toBe(Infinity);
    const h = k.schedule(1, EV);
    k.schedule(4, EV);
    k.cancel(h);
    expect(k.peekTime()).toBe(4);
  });

  it('stop() from a handler makes run return after that event', () => {
    const k = new Kernel();
    const log: number[] = [];
    const EV = k.register('ev', (p) => {
      log.push(p);
      if (p === 3) k.stop();
    });
    for (let t = 1; t <= 6; t++) k.schedule(t, EV, t);
    k.run(100);
    expect(log).toEqual([1, 2, 3]);
    expect(k.now).toBe(3); // not advanced to `until`
    k.run();
    expect(log).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shows every fired event to the observer, before its handler', () => {
    const k = new Kernel();
    const seen: string[] = [];
    const A = k.register('a', (p) => seen.push(`handle a ${p}`));
    const B = k.register('b', (p) => seen.push(`handle b ${p}`));
    k.observer = (time, type, payload) => seen.push(`observe ${time} ${k.typeName(type)} ${payload}`);
    k.schedule(1, A, 10);
    const h = k.schedule(2, B, 20);
    k.schedule(3, B, 30);
    k.cancel(h); // a cancelled event is not seen
    k.run();
    expect(seen).toEqual(['observe 1 a 10', 'handle a 10', 'observe 3 b 30', 'handle b 30']);
  });

  it('pops 100k random schedules in (time, priority, sequence) order', () => {
    const rng = createStream(1, 'kernel-property');
    const k = new Kernel();
    const fired: number[] = [];
    const EV = k.register('ev', (p) => fired.push(p));
    type Item = { time: number; prio: number; seq: number };
    const items: Item[] = [];
    for (let seq = 0; seq < 100_000; seq++) {
      // Coarse times and few priorities, so that ties on both are common.
      const item = { time: Math.floor(rng() * 1000), prio: Math.floor(rng() * 3) - 1, seq };
      items.push(item);
      k.schedule(item.time, EV, seq, item.prio);
    }
    // Cancel a random tenth, including some that will sit deep in the heap.
    const cancelled = new Set<number>();
    const handles = new Map<number, number>();
    const k2 = new Kernel();
    const fired2: number[] = [];
    const EV2 = k2.register('ev', (p) => fired2.push(p));
    for (const it of items) handles.set(it.seq, k2.schedule(it.time, EV2, it.seq, it.prio));
    for (const it of items) if (rng() < 0.1) cancelled.add(it.seq);
    for (const seq of cancelled) k2.cancel(handles.get(seq)!);
    k.run();
    k2.run();
    const expected = [...items].sort((a, b) => a.time - b.time || a.prio - b.prio || a.seq - b.seq).map((it) => it.seq);
    expect(fired).toEqual(expected);
    expect(fired2).toEqual(expected.filter((s) => !cancelled.has(s)));
  });

  it('interleaves events scheduled by handlers correctly with those already pending', () => {
    // A chain where each event schedules the next at the same time: it must run after the
    // events already pending at that time (sequence order), not before.
    const k = new Kernel();
    const log: string[] = [];
    const CHAIN = k.register('chain', (p) => {
      log.push(`chain${p}`);
      if (p < 2) k.schedule(k.now, CHAIN, p + 1);
    });
    const OTHER = k.register('other', (p) => log.push(`other${p}`));
    k.schedule(1, CHAIN, 0);
    k.schedule(1, OTHER, 0);
    k.run();
    expect(log).toEqual(['chain0', 'other0', 'chain1', 'chain2']);
  });
});

/**
 * The discrete-event kernel: a clock and a pending-event queue, and the only thing in Interdict
 * that advances simulated time (docs/architecture.md rule 3).
 *
 * Events are plain integers, not objects: an event type (registered once with a handler) and an
 * integer payload (usually an entity's slot). They are kept in a binary heap over typed arrays and
 * ordered by (time, priority, sequence number), so simultaneous events of equal priority run in
 * the order they were scheduled, as in SimPy. This layout keeps the per-event cost to a few array
 * reads and writes with no allocation, which is what lets the engine process millions of events a
 * second (see `npm run bench`).
 *
 * @example
 * const k = new Kernel();
 * const PING = k.register('ping', (payload) => console.log(k.now, payload));
 * k.schedule(5, PING, 42);
 * k.run(); // logs "5 42"
 */

/** Called when an event fires: `payload` is what was scheduled, `time` equals `kernel.now`. */
export type EventHandler = (payload: number, time: number) => void;

/** Called for every event the kernel fires, before its handler: for traces and debugging. */
export type EventObserver = (time: number, type: number, payload: number) => void;

const SLOT_BITS = 2 ** 24; // a handle is slot + generation * 2^24; slots stay below 16 M.

export class Kernel {
  /** Current simulated time, in seconds from the start of the run. */
  now = 0;
  /** Events fired so far. */
  fired = 0;
  /** Optional observer of every fired event (golden traces, debugging); null on the hot path. */
  observer: EventObserver | null = null;

  private readonly handlers: EventHandler[] = [];
  private readonly names: string[] = [];
  // Slot storage (one slot per pending event) and the heap, which holds slot numbers.
  private time = new Float64Array(1024);
  private prio = new Int32Array(1024);
  private seq = new Float64Array(1024);
  private type = new Int32Array(1024);
  private payload = new Float64Array(1024);
  private gen = new Float64Array(1024);
  private cancelled = new Uint8Array(1024);
  private heap = new Int32Array(1024);
  private size = 0;
  private free: number[] = [];
  private nextSlot = 0;
  private nextSeq = 0;
  private stopped = false;

  /** Registers an event type and its handler; returns the type's number for `schedule`. */
  register(name: string, handler: EventHandler): number {
    this.handlers.push(handler);
    this.names.push(name);
    return this.handlers.length - 1;
  }

  /** The name a type was registered with. */
  typeName(type: number): string {
    return this.names[type] ?? `#${type}`;
  }

  /** Number of events waiting (cancelled ones included until they reach the front). */
  get pending(): number {
    return this.size;
  }

  /**
   * Schedules event `type` with `payload` at absolute `time` (seconds). Lower `priority` runs
   * first among events at the same time. Returns a handle for `cancel`.
   * Throws a RangeError for a time before `now` or not a finite number: time never goes back.
   */
  schedule(time: number, type: number, payload = 0, priority = 0): number {
    if (!(time >= this.now) || time === Infinity) {
      throw new RangeError(`cannot schedule ${this.typeName(type)} at t=${time}: now is ${this.now}`);
    }
    let slot: number;
    if (this.free.length > 0) slot = this.free.pop()!;
    else {
      slot = this.nextSlot++;
      if (slot >= this.time.length) this.grow();
    }
    this.time[slot] = time;
    this.prio[slot] = priority;
    this.seq[slot] = this.nextSeq++;
    this.type[slot] = type;
    this.payload[slot] = payload;
    this.cancelled[slot] = 0;
    this.siftUp(this.size++, slot);
    return slot + this.gen[slot] * SLOT_BITS;
  }

  /** Schedules an event `delay` seconds from now. */
  scheduleIn(delay: number, type: number, payload = 0, priority = 0): number {
    return this.schedule(this.now + delay, type, payload, priority);
  }

  /** Cancels a pending event. Cancelling one that already fired or was cancelled does nothing. */
  cancel(handle: number): void {
    const slot = handle % SLOT_BITS;
    if (slot < this.nextSlot && this.gen[slot] === (handle - slot) / SLOT_BITS) this.cancelled[slot] = 1;
  }

  /** Time of the next event that will fire, or Infinity when none is pending. */
  peekTime(): number {
    this.dropCancelled();
    return this.size > 0 ? this.time[this.heap[0]] : Infinity;
  }

  /** Fires the next event. Returns false when nothing was pending. */
  step(): boolean {
    this.dropCancelled();
    if (this.size === 0) return false;
    this.fireTop();
    return true;
  }

  /**
   * Fires events in order until the queue is empty, `stop()` is called, or the next event lies
   * after `until` (then the clock is set to `until`). With a predicate, also stops as soon as it
   * returns true after an event.
   */
  run(until = Infinity, done?: () => boolean): void {
    // NaN compares false with everything, so it would silently mean "run forever".
    if (Number.isNaN(until)) throw new RangeError('run(until): until is NaN');
    this.stopped = false;
    while (!this.stopped) {
      this.dropCancelled();
      // Read this.heap and this.time afresh each time: a handler that schedules may grow (and so
      // replace) them, and a cached reference would then compare against a stale heap.
      if (this.size === 0 || this.time[this.heap[0]] > until) break;
      this.fireTop();
      if (done !== undefined && done()) return;
    }
    if (!this.stopped && until !== Infinity && until > this.now) this.now = until;
  }

  /** Makes `run` return after the event being handled. */
  stop(): void {
    this.stopped = true;
  }

  private fireTop(): void {
    const slot = this.heap[0];
    const t = this.time[slot];
    const type = this.type[slot];
    const payload = this.payload[slot];
    this.removeTop();
    this.now = t;
    this.fired++;
    if (this.observer !== null) this.observer(t, type, payload);
    this.handlers[type](payload, t);
  }

  private dropCancelled(): void {
    while (this.size > 0 && this.cancelled[this.heap[0]] === 1) this.removeTop();
  }

  private removeTop(): void {
    const top = this.heap[0];
    this.gen[top]++;
    this.free.push(top);
    const last = this.heap[--this.size];
    if (this.size > 0) this.siftDown(0, last);
  }

  /** True when slot a must fire before slot b. */
  private before(a: number, b: number): boolean {
    const ta = this.time[a];
    const tb = this.time[b];
    if (ta !== tb) return ta < tb;
    const pa = this.prio[a];
    const pb = this.prio[b];
    if (pa !== pb) return pa < pb;
    return this.seq[a] < this.seq[b];
  }

  private siftUp(i: number, slot: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!this.before(slot, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = slot;
  }

  private siftDown(i: number, slot: number): void {
    const heap = this.heap;
    const n = this.size;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(heap[child + 1], heap[child])) child++;
      const c = heap[child];
      if (!this.before(c, slot)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = slot;
  }

  private grow(): void {
    const n = this.time.length * 2;
    if (n > SLOT_BITS) throw new RangeError('more than 16 million pending events');
    const copy = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.time = copy(this.time);
    this.prio = copy(this.prio);
    this.seq = copy(this.seq);
    this.type = copy(this.type);
    this.payload = copy(this.payload);
    this.gen = copy(this.gen);
    this.cancelled = copy(this.cancelled);
    this.heap = copy(this.heap);
  }
}

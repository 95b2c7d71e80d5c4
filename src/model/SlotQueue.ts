/**
 * A FIFO of parcel slots on a growable ring buffer, with push-to-front for hand-overs (a parcel
 * returned at shift end is served next, not sent to the back).
 */
export class SlotQueue {
  private buf = new Int32Array(64);
  private head = 0;
  size = 0;

  push(slot: number): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size++) & (this.buf.length - 1)] = slot;
  }

  pushFront(slot: number): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = slot;
    this.size++;
  }

  shift(): number {
    const slot = this.buf[this.head];
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    return slot;
  }

  /** The i-th slot from the front (0 = next to be served). */
  at(i: number): number {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }

  toArray(limit = Infinity): number[] {
    const n = Math.min(this.size, limit);
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) out[i] = this.at(i);
    return out;
  }

  private grow(): void {
    const next = new Int32Array(this.buf.length * 2);
    for (let i = 0; i < this.size; i++) next[i] = this.at(i);
    this.buf = next;
    this.head = 0;
  }
}

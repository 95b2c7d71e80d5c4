/**
 * A FIFO of parcel slots on a growable ring buffer, with push-to-front for hand-overs (a parcel
 * returned at shift end is served next, not sent to the back) and removal from anywhere (a parcel
 * released unscreened at the wait limit).
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

  /**
   * Removes `slot` wherever it is (a parcel leaving the queue unserved). Parcels that leave this
   * way are usually the oldest, near the front, so the search starts there and the shorter side
   * is moved. Returns false when the slot is not queued.
   */
  remove(slot: number): boolean {
    const mask = this.buf.length - 1;
    let i = 0;
    while (i < this.size && this.buf[(this.head + i) & mask] !== slot) i++;
    if (i === this.size) return false;
    if (i < this.size / 2) {
      for (let k = i; k > 0; k--) this.buf[(this.head + k) & mask] = this.buf[(this.head + k - 1) & mask];
      this.head = (this.head + 1) & mask;
    } else {
      for (let k = i; k < this.size - 1; k++) this.buf[(this.head + k) & mask] = this.buf[(this.head + k + 1) & mask];
    }
    this.size--;
    return true;
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

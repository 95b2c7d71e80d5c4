/**
 * Postal induction: receptacles wait in tender order for one of the induction lines, which open
 * them onto the belt at `parcelsPerHourPerLine`. The postal service runs the lines around the
 * clock. A receptacle's parcels reach targeting and the dogs when it comes off its line, so surges
 * of tendered mail show up as an induction backlog and longer dwell for every parcel.
 */
import type { Kernel } from '../sim/Kernel.js';
import type { Scenario } from '../scenario/schema.js';
import type { Receptacle } from './contents.js';

export class Induction {
  private readonly waiting: Receptacle[] = [];
  private head = 0;
  private busy = 0;
  private readonly lines: number;
  private readonly secondsPerPiece: number;
  private readonly evDone: number;
  private readonly inService = new Map<number, Receptacle>();
  /** Pieces in receptacles waiting or being inducted. */
  piecesInside = 0;

  constructor(scenario: Scenario, private readonly kernel: Kernel, private readonly onDone: (r: Receptacle) => void) {
    this.lines = scenario.stations.induction.lines;
    this.secondsPerPiece = 3600 / scenario.stations.induction.parcelsPerHourPerLine;
    this.evDone = kernel.register('receptacle inducted', (id) => this.done(id));
  }

  get queuedReceptacles(): number {
    return this.waiting.length - this.head;
  }

  get activeLines(): number {
    return this.busy;
  }

  add(r: Receptacle): void {
    this.waiting.push(r);
    this.piecesInside += r.pieces;
    this.start();
  }

  private start(): void {
    while (this.busy < this.lines && this.head < this.waiting.length) {
      const r = this.waiting[this.head++];
      if (this.head > 4096 && this.head * 2 > this.waiting.length) {
        this.waiting.splice(0, this.head);
        this.head = 0;
      }
      this.busy++;
      this.inService.set(r.id, r);
      this.kernel.scheduleIn(r.pieces * this.secondsPerPiece, this.evDone, r.id);
    }
  }

  private done(id: number): void {
    const r = this.inService.get(id)!;
    this.inService.delete(id);
    this.busy--;
    this.piecesInside -= r.pieces;
    this.onDone(r);
    this.start();
  }

  /** Pieces still inside that were tendered before `t` seconds (for the service standard). */
  piecesTenderedBefore(t: number): number {
    let n = 0;
    for (let i = this.head; i < this.waiting.length; i++) if (this.waiting[i].tenderAt < t) n += this.waiting[i].pieces;
    for (const r of this.inService.values()) if (r.tenderAt < t) n += r.pieces;
    return n;
  }

  /** Contraband still inside, by type index (for the end-of-run accounting). */
  contrabandInside(counts: Float64Array): void {
    const add = (r: Receptacle) => {
      const c = r.contraband;
      if (c !== null) for (let i = 0; i < c.length; i += 4) counts[c[i + 1]]++;
    };
    for (let i = this.head; i < this.waiting.length; i++) add(this.waiting[i]);
    for (const r of this.inService.values()) add(r);
  }
}

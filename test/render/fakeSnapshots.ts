/**
 * A fake facility for the render harness: a toy process that produces FacilitySnapshots shaped
 * like the model's (pulled parcels moving through held, queues, lanes, lab and seizure; officers,
 * dogs, receptacles; a release total growing at a JFK-like rate), without running the model. It
 * lets the view be looked at and timed with a chosen number of pulled parcels.
 *
 * Deterministic (its own small generator), so screenshots are repeatable.
 */
import type { FacilitySnapshot, ParcelDot, ParcelState, StationSnapshot } from '../../src/model/snapshot.js';

export interface FakeOptions {
  /** Pulled parcels to keep inside (the view's stress level). */
  target: number;
  /** Parcels arriving per simulated day. */
  arrivalsPerDay?: number;
  lanes?: Partial<Record<StationSnapshot['name'], number>>;
  seed?: number;
}

type Name = StationSnapshot['name'];
const SERVICE: Record<Name, ParcelState> = { xray: 'xray', ct: 'ct', exam: 'exam', fieldTest: 'fieldTest', seizure: 'seizureProcessing' };
const QUEUE: Record<Name, ParcelState> = { xray: 'xrayQueue', ct: 'ctQueue', exam: 'examQueue', fieldTest: 'fieldTestQueue', seizure: 'seizureQueue' };
const OFFICERS: Record<Name, number> = { xray: 8, ct: 2, exam: 16, fieldTest: 2, seizure: 2 };

export class FakeFacility {
  time = 6 * 3600;
  private nextId = 1;
  private parcels: ParcelDot[] = [];
  private seed: number;
  private released = 0;
  private seized = 0;
  private detained = 0;
  private arrived = 0;
  private readonly lanes: Record<Name, number>;

  constructor(private readonly o: FakeOptions) {
    this.seed = o.seed ?? 7;
    this.lanes = { xray: 2, ct: 1, exam: 10, fieldTest: 2, seizure: 2, ...o.lanes };
  }

  /** Advances `dt` simulated seconds and returns the snapshot at the new time. */
  step(dt: number): FacilitySnapshot {
    this.time += dt;
    const perSecond = (this.o.arrivalsPerDay ?? 300_000) / 86_400;
    const arriving = Math.round(perSecond * dt * (0.8 + 0.4 * this.random()));
    this.arrived += arriving;
    // Pull enough to stay near the target, plus a trickle.
    const pulls = Math.max(0, Math.round((this.o.target - this.parcels.length) * 0.08)) + (this.random() < 0.5 ? 1 : 0);
    for (let i = 0; i < pulls; i++) {
      const r = this.random();
      const state: ParcelState = r < 0.55 ? 'held' : r < 0.75 ? 'xrayQueue' : r < 0.8 ? 'awaitingInduction' : 'examQueue';
      this.parcels.push({ id: this.nextId++, state, contraband: this.random() < 0.06, rule: r > 0.95 ? -1 : Math.floor(r * 4) });
    }
    this.released += Math.max(0, arriving - pulls);
    this.advance();
    return this.snapshot();
  }

  private advance(): void {
    const inState = (s: string) => this.parcels.filter((p) => p.state === s).length;
    const busy: Record<string, number> = {};
    for (const n of Object.keys(SERVICE) as Name[]) busy[SERVICE[n]] = inState(SERVICE[n]);
    const gone = new Set<number>();
    for (const p of this.parcels) {
      const r = this.random();
      const start = (n: Name) => {
        if (busy[SERVICE[n]] < this.lanes[n] && r < 0.5) {
          busy[SERVICE[n]]++;
          p.state = SERVICE[n];
        }
      };
      switch (p.state) {
        case 'awaitingInduction': if (r < 0.2) p.state = 'xrayQueue'; break;
        case 'held': if (r < 0.006) p.state = 'examQueue'; else if (r < 0.009) p.state = 'xrayQueue'; else if (r < 0.011) gone.add(p.id); break;
        case 'xrayQueue': start('xray'); break;
        case 'ctQueue': start('ct'); break;
        case 'examQueue': start('exam'); break;
        case 'fieldTestQueue': start('fieldTest'); break;
        case 'seizureQueue': start('seizure'); break;
        case 'xray': if (r < 0.5) { busy.xray--; if (r < 0.1) p.state = 'examQueue'; else { gone.add(p.id); this.released++; } } break;
        case 'exam': if (r < 0.25) { busy.exam--; if (r < 0.04) p.state = 'seizureQueue'; else if (r < 0.07) p.state = 'fieldTestQueue'; else { gone.add(p.id); this.released++; } } break;
        case 'fieldTest': if (r < 0.3) { busy.fieldTest--; p.state = r < 0.15 ? 'seizureQueue' : 'lab'; } break;
        case 'lab': if (r < 0.02) p.state = 'seizureQueue'; break;
        case 'seizureProcessing': if (r < 0.3) { busy.seizureProcessing--; gone.add(p.id); if (r < 0.27) this.seized++; else this.detained++; } break;
      }
    }
    this.parcels = this.parcels.filter((p) => !gone.has(p.id));
  }

  private snapshot(): FacilitySnapshot {
    const byState: Record<string, number> = {};
    for (const p of this.parcels) byState[p.state] = (byState[p.state] ?? 0) + 1;
    const hour = (this.time / 3600) % 24;
    const stations: StationSnapshot[] = (Object.keys(SERVICE) as Name[]).map((name) => {
      const inService = byState[SERVICE[name]] ?? 0;
      const queue = byState[QUEUE[name]] ?? 0;
      const n = OFFICERS[name];
      const officers = Array.from({ length: n }, (_, i) => {
        if (i >= n / 2) return 'offDuty';
        if (i < inService) return 'busy';
        return i === n / 2 - 1 && hour % 4 < 1 ? 'onBreak' : 'idle';
      });
      const state = name === 'ct' ? 'closed' : inService > 0 ? 'serving' : 'idle';
      return { name, state, lanes: this.lanes[name], queue, inService, officers };
    });
    const waiting = Math.round(40 + 30 * Math.sin(this.time / 5000));
    return {
      time: this.time,
      endTime: 86_400 * 2,
      events: Math.round(this.time * 10),
      statsStart: 0,
      dock: {
        receptaclesWaiting: waiting, piecesInside: waiting * 115, linesBusy: Math.min(6, Math.round(waiting / 10)), lines: 6,
        // A flight on every hour mark, shown for the hour after it.
        landed: [{ at: Math.floor(this.time / 3600) * 3600, receptacles: 82, pieces: 9375 }],
        nextLandingAt: Math.floor(this.time / 3600 + 1) * 3600,
      },
      stations,
      canine: ['working', hour % 2 < 1 ? 'resting' : 'working'],
      byState,
      parcels: this.parcels.slice(0, 3000).map((p) => ({ ...p })),
      totals: {
        arrived: this.arrived, released: this.released, seized: this.seized, detained: this.detained, inside: this.parcels.length,
        contrabandArrived: 0, contrabandSeized: this.seized, contrabandMissed: 0,
      },
    };
  }

  private random(): number {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed / 2147483647;
  }
}

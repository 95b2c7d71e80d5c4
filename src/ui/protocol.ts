/**
 * Messages between the page and the simulation worker. The worker owns the running Facility;
 * the page only ever sees snapshots, hourly rows, stories and results (plain data), so the main
 * thread never waits on the simulation (ARCHITECTURE.md rule 7).
 */
import type { FacilitySnapshot, HourRow, ParcelStory, RunResults } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';

/** Simulated seconds per real second, or 'max' for as fast as the worker can go. */
export type Speed = number | 'max';

export type ToWorker =
  /** Builds a new run (paused at time 0) and sends its first snapshot. */
  | { type: 'load'; scenario: Scenario; seed: number; days: number }
  | { type: 'play'; speed: Speed }
  | { type: 'pause' }
  /** Advances one kernel event, or one simulated minute, then pauses. */
  | { type: 'step'; unit: 'event' | 'minute' }
  /** Asks for a parcel's story (answered with 'story'). */
  | { type: 'story'; id: number; requestId: number };

export type FromWorker =
  | {
      type: 'frame';
      snapshot: FacilitySnapshot;
      /** Hourly rows completed since the previous frame (the page appends them). */
      newRows: HourRow[];
      running: boolean;
    }
  | { type: 'story'; requestId: number; story: ParcelStory | null }
  /** The run reached its end: the full results, as the CLI would print them. */
  | { type: 'finished'; results: RunResults }
  | { type: 'error'; message: string };

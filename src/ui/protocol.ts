/**
 * Messages between the page and its workers. The simulation worker owns the running Facility;
 * the page only ever sees snapshots, hourly rows, stories and results (plain data), so the main
 * thread never waits on the simulation (docs/architecture.md rule 7). The preset-points worker runs
 * the presets in the background for the yield-throughput plot.
 *
 * Every run the page starts has a `runId`; the worker stamps frames and results with it, so a
 * message from a run the page has since replaced (in flight during a reset) is ignored.
 */
import type { FacilitySnapshot, HourRow, ParcelStory, RunResults } from '../model/index.js';
import type { RunChange, RunChangeRequest, Scenario } from '../scenario/index.js';
import type { PresetPoint } from '../experiments/presetPoints.js';
import type { SteppedEvent } from './worker/steppedEvent.js';

/** What a step did: the one event that ran (null when none did: the run had reached its end), or
 *  how many events a minute's step ran. The page says it in words (format/eventWords.ts). */
export type StepReport = { unit: 'event'; event: SteppedEvent | null } | { unit: 'minute'; events: number };

/** Simulated seconds per real second, or 'max' for as fast as the worker can go. */
export type Speed = number | 'max';

export type ToWorker =
  /** Builds a new run (paused at its opening, after the warm-up: model/liveRun.ts) and sends its first snapshot. */
  | { type: 'load'; runId: number; scenario: Scenario; seed: number; days: number }
  | { type: 'play'; speed: Speed }
  | { type: 'pause' }
  /** Advances one kernel event, or one simulated minute, then pauses. */
  | { type: 'step'; unit: 'event' | 'minute' }
  /**
   * Changes staffing or rules while the run goes (answered with 'changed'): each takes effect at
   * the next whole minute of the run, and the answer gives it with that minute, for the record.
   */
  | { type: 'change'; runId: number; requests: RunChangeRequest[] }
  /**
   * Runs straight to simulated time `until` (capped at the end) and answers with 'progress': how a
   * companion run (run B beside A) keeps pace with the run on screen without animating.
   */
  | { type: 'advance'; runId: number; until: number }
  /** Asks for a parcel's story (answered with 'story'). */
  | { type: 'story'; id: number; requestId: number }
  /**
   * The page has drawn the last frame and can take another. While playing, the worker sends no
   * new frame until then, so a busy page is never flooded (it samples the run, rule 7).
   */
  | { type: 'ready' };

export type FromWorker =
  | {
      type: 'frame';
      runId: number;
      snapshot: FacilitySnapshot;
      /** Hourly rows completed since the previous frame (the page appends them). */
      newRows: HourRow[];
      running: boolean;
      /** On the frame that answers a 'step': what the step did. */
      stepped?: StepReport;
    }
  | { type: 'story'; requestId: number; story: ParcelStory | null }
  /** The changes now scheduled, each with its minute; `refused` says why none could be (the run ends first). */
  | { type: 'changed'; runId: number; changes: RunChange[]; refused: string | null }
  /** Where an advanced run stands: its results so far (final once `time` is the end). */
  | { type: 'progress'; runId: number; time: number; finished: boolean; results: RunResults }
  /** The run reached its end: the full results, as the CLI would print them. */
  | { type: 'finished'; runId: number; results: RunResults }
  | { type: 'error'; runId: number | null; message: string };

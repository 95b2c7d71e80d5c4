/**
 * The points of the app's headline plot: for each preset, how much contraband it stops against
 * what it costs in throughput, delay, staff time or money. Each point is one run of a preset with the
 * same seed (common random numbers), so points differ by their settings, not by luck. Pure and
 * Node-safe: the app runs it in a Web Worker, the tests in Node.
 */
import { runScenario, type RunResults } from '../model/index.js';
import { getPreset, presetNames } from '../scenario/index.js';

/** One run reduced to the numbers the yield–throughput plot compares. */
export interface PresetPoint {
  /** The preset's name, or a label for the current run. */
  name: string;
  /** Share of contraband leaving the facility that was seized, 0-1. */
  interdictionRate: number;
  /** Released parcels per simulated hour. */
  releasedPerHour: number;
  /** Parcel-hours screening added beyond release at the belt; NaN while a live run cannot know it yet. */
  screeningDelayParcelHours: number;
  /** 95th percentile of pulled parcels' time, from the pull to leaving, hours; NaN while a live run cannot know it yet. */
  pulledDwellP95Hours: number;
  /** Officer-hours on duty over the run (canine handlers included). */
  officerHours: number;
  /** What the run's officer time cost, overtime included, US dollars; NaN while a live run cannot know it yet. */
  dollars: number;
  /** Parcels seized. */
  seizures: number;
}

/** Reports progress: presets done so far, out of `total`, and the one just finished. */
export type PresetProgress = (done: number, total: number, name: string) => void;

/**
 * The plot's point for one finished run.
 *
 * @example
 * pointFromResults('baseline', runScenario(getPreset('baseline').scenario, { seed: 1 }));
 * // { name: 'baseline', interdictionRate: 0.13, releasedPerHour: 12257.2, screeningDelayParcelHours: ..., ... }
 */
export function pointFromResults(name: string, results: RunResults): PresetPoint {
  return {
    name,
    interdictionRate: results.contraband.interdictionRate,
    releasedPerHour: results.throughput.releasedPerHour,
    screeningDelayParcelHours: results.throughput.screeningDelayParcelHours,
    pulledDwellP95Hours: results.throughput.pulledDwell.p95Hours,
    officerHours: results.interdiction.officerHours,
    dollars: results.cost.dollars,
    seizures: results.parcels.seized,
  };
}

/**
 * Runs each named preset once, with the same seed and length, and returns their points in the
 * order given. 'single-queue' is left out by default: it is a teaching queue with no contraband,
 * two orders of magnitude smaller, and would squash every other point into a corner.
 *
 * @example
 * computePresetPoints(['baseline', 'jfk-2018'], 1, 1, (done, total) => post({ done, total }));
 */
export function computePresetPoints(
  names: readonly string[] = presetNames().filter((n) => n !== 'single-queue'),
  seed = 1,
  days = 1,
  onProgress?: PresetProgress,
): PresetPoint[] {
  return names.map((name, i) => {
    const point = pointFromResults(name, runScenario(getPreset(name).scenario, { seed, days }));
    onProgress?.(i + 1, names.length, name);
    return point;
  });
}

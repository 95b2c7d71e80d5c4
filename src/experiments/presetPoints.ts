/**
 * The points of the app's headline plot: for a run (or, with intervals, for a preset's
 * replications, src/ui/points/presetFigures.ts), how much contraband it stops against what it costs
 * in throughput, delay, staff time or money.
 */
import type { RunResults } from '../model/index.js';

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
  /** 95% half-widths, where the point is a mean over replications (the shipped preset points). */
  halfWidths?: Partial<Record<'interdictionRate' | 'releasedPerHour' | 'screeningDelayParcelHours' | 'pulledDwellP95Hours' | 'officerHours' | 'dollars', number>>;
}

/**
 * The plot's point for one finished run. A run in which no contraband left the facility has no
 * interdiction rate (NaN, as the numbers panel's "—"), not a rate of 0%: the plot leaves it out
 * and says why, rather than plotting a failure that did not happen.
 *
 * @example
 * pointFromResults('baseline', runScenario(getPreset('baseline').scenario, { seed: 1 }));
 * // { name: 'baseline', interdictionRate: 0.13, releasedPerHour: 12257.2, screeningDelayParcelHours: ..., ... }
 */
/** Contraband that left the facility: seized, missed or detained (the interdiction rate's denominator). */
function contrabandOut(r: RunResults): number {
  return r.contraband.seized + r.contraband.missed + r.contraband.detained;
}

export function pointFromResults(name: string, results: RunResults): PresetPoint {
  return {
    name,
    interdictionRate: contrabandOut(results) > 0 ? results.contraband.interdictionRate : Number.NaN,
    releasedPerHour: results.throughput.releasedPerHour,
    screeningDelayParcelHours: results.throughput.screeningDelayParcelHours,
    pulledDwellP95Hours: results.throughput.pulledDwell.p95Hours,
    officerHours: results.interdiction.officerHours,
    dollars: results.cost.dollars,
    seizures: results.parcels.seized,
  };
}

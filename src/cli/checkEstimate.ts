/**
 * Refuses, before it starts, work this machine cannot finish in reasonable time or memory: a
 * run, or an experiment's runs spread over its workers. The refusal is bad input (exit 2) and names
 * the scenario fields that drive the estimate, with their values, so the person knows what to
 * change. The estimate is an upper bound (src/model/costEstimate.ts), so nothing that would finish
 * comfortably is refused.
 */
import { estimateRun, type RunEstimate } from '../model/costEstimate.js';
import type { Scenario } from '../scenario/index.js';
import { CliError } from './CliError.js';

/** What one run, and one experiment, may take on a machine like ours. */
export const CLI_LIMITS = { runSeconds: 30 * 60, bytes: 4e9, experimentSeconds: 12 * 3600 } as const;

/** Throws a CliError when a run of `scenario` for `days` days would pass the limits. */
export function checkRun(scenario: Scenario, days: number): void {
  const e = estimateRun(scenario, days);
  if (e.seconds <= CLI_LIMITS.runSeconds && e.bytes <= CLI_LIMITS.bytes) return;
  throw new CliError([
    `this run would take up to ${duration(e.seconds)} and ${gigabytes(e.bytes)} (an upper estimate), more than a machine like this allows (${duration(CLI_LIMITS.runSeconds)}, ${gigabytes(CLI_LIMITS.bytes)})`,
    `what drives it: ${drivers(scenario, days, e)}; run fewer days or pieces, or select fewer parcels`,
  ]);
}

/** Throws a CliError when `runs` (scenario and days of each) over `workers` workers would pass the limits. */
export function checkExperiment(runs: readonly { scenario: Scenario; days: number }[], workers: number): void {
  let seconds = 0;
  let worst: { run: (typeof runs)[number]; e: RunEstimate } | null = null;
  for (const run of runs) {
    const e = estimateRun(run.scenario, run.days);
    seconds += e.seconds;
    if (worst === null || e.seconds > worst.e.seconds) worst = { run, e };
  }
  if (worst !== null && (worst.e.seconds > CLI_LIMITS.runSeconds || worst.e.bytes > CLI_LIMITS.bytes)) checkRun(worst.run.scenario, worst.run.days);
  const wall = seconds / Math.max(1, workers);
  if (wall <= CLI_LIMITS.experimentSeconds) return;
  throw new CliError([
    `these ${runs.length.toLocaleString('en-US')} runs would take up to ${duration(wall)} on ${workers} worker${workers === 1 ? '' : 's'} (an upper estimate), more than ${duration(CLI_LIMITS.experimentSeconds)}`,
    'use fewer points, replications or days, or split the sweep over machines with --shard i/n',
  ]);
}

function drivers(s: Scenario, days: number, e: RunEstimate): string {
  return e.drivers.map((path) => {
    if (path === 'days') return `days (${days})`;
    if (path === 'arrivals.piecesPerDay' && s.arrivals.kind === 'flights') return `arrivals.piecesPerDay (${s.arrivals.piecesPerDay.toLocaleString('en-US')})`;
    if (path === 'arrivals.perHour' && s.arrivals.kind === 'poisson') return `arrivals.perHour (${s.arrivals.perHour.toLocaleString('en-US')})`;
    const rule = /^targeting\.rules\.(\d+)$/.exec(path);
    if (rule) {
      const r = s.targeting.rules[Number(rule[1])];
      return `${path} ('${r.id}', ${r.when.kind})`;
    }
    return path;
  }).join(', ');
}

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.ceil(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}

/**
 * The calibration run: every figure the README and docs/calibration.md quote about the presets,
 * computed from replications with 95% intervals, never typed by hand (`npm run calibration`).
 *
 * One list of jobs covers it all, so a worker pool stays busy: each preset (but the teaching
 * queue) with seeds 1-10 for 7 days, and the `aed-risk` threshold of `baseline` from strict to lax
 * with seeds 1-5. The presets share seeds, so any two of them form a comparison on common random
 * numbers (paired differences), as `npm run sim -- compare` does.
 *
 * A fingerprint of the presets and of one short run is written with the figures: the suite checks
 * it (test/experiments/calibration.test.ts), so a change to the model or a preset that would move
 * the figures fails until the calibration is run again.
 *
 * @example
 * const plan = calibrationPlan();
 * const { metrics } = await runJobs(executor, plan.jobs);
 * const figures = calibrationFigures(plan, metrics);
 */
import { runScenario } from '../model/index.js';
import { getPreset, parseScenario, presetNames, PRESETS, type Scenario } from '../scenario/index.js';
import { cloneJson } from './gridPaths.js';
import type { Job } from './jobs.js';
import { summarize, type MetricSummary } from './summary.js';

/** Seeds, replications and run length of the calibration. */
export const CALIBRATION = { seed: 1, replications: 10, days: 7, sweepReplications: 5 } as const;
/** The `aed-risk` thresholds of the sweep, strict to lax. */
export const SWEEP_THRESHOLDS = [0.9995, 0.999, 0.998, 0.997, 0.995, 0.99, 0.98, 0.95] as const;
/** The comparisons reported, each against `baseline`, with the metrics that tell its story. */
export const COMPARISONS: readonly { preset: string; metrics: readonly string[] }[] = [
  { preset: 'short-staffed', metrics: ['interdictionRate', 'seized', 'releasedUnscreenedPerDay', 'screeningDelayPerDay', 'pulledP95Hours', 'dollarsPerDay'] },
  { preset: 'hold-failures', metrics: ['interdictionRate', 'seized', 'screeningDelayPerDay'] },
  { preset: 'artemis-surge', metrics: ['precursorsSeized', 'pillPressSeized', 'precursorsAndPressesSeized', 'interdictionRate', 'screeningDelayPerDay', 'dollarsPerDay'] },
];

/** A group of replications: one preset, or one threshold of the sweep. */
export interface Cell {
  key: string;
  scenario: Scenario;
  /** Job indexes of its replications, in seed order. */
  jobs: number[];
}

export interface CalibrationPlan {
  presets: Cell[];
  sweep: Cell[];
  jobs: Job[];
}

/** The figures derived from one run's flattened metrics, per day where a run's length matters. */
export const DERIVED: Record<string, { label: string; unit: string; of(m: Record<string, number>, days: number): number }> = {
  seizedPer100k: { label: 'Seizures per 100,000 pieces', unit: '', of: (m) => (1e5 * m['parcels.seized']) / m['parcels.arrived'] },
  seized: { label: 'Seizures', unit: 'parcels a run', of: (m) => m['parcels.seized'] },
  interdictionRate: { label: 'Interdiction rate', unit: '%', of: (m) => 100 * m['contraband.interdictionRate'] },
  releasedUnscreenedPerDay: { label: 'Released unscreened', unit: 'parcels a day', of: (m, d) => m['parcels.releasedUnscreened'] / d },
  screeningDelayPerDay: { label: 'Screening delay', unit: 'parcel-hours a day', of: (m, d) => m['throughput.screeningDelayParcelHours'] / d },
  pulledP95Hours: { label: "Pulled parcels' time, 95th percentile", unit: 'h', of: (m) => m['throughput.pulledDwell.p95Hours'] },
  landingP50Hours: { label: 'Landing to release, median', unit: 'h', of: (m) => m['throughput.landingToRelease.p50Hours'] },
  withinStandard: { label: 'Within the service standard', unit: '%', of: (m) => 100 * m['throughput.withinStandardShare'] },
  examUtilization: { label: 'Exam tables busy', unit: '%', of: (m) => 100 * m['stations.exam.utilization'] },
  dollarsPerDay: { label: 'Officer cost', unit: '$ a day', of: (m, d) => m['cost.dollars'] / d },
  seizuresPerDay: { label: 'Seizures', unit: 'parcels a day', of: (m, d) => m['parcels.seized'] / d },
  officerHoursPerDay: { label: 'Officer-hours', unit: 'h a day', of: (m, d) => m['cost.officerHours'] / d },
  releasedPerHour: { label: 'Released', unit: 'parcels an hour', of: (m) => m['throughput.releasedPerHour'] },
  precursorsSeized: { label: 'Precursor seizures', unit: 'parcels a run', of: (m) => m['contraband.seizedByType.precursors'] },
  pillPressSeized: { label: 'Pill-press seizures', unit: 'parcels a run', of: (m) => m['contraband.seizedByType.pillPress'] },
  precursorsAndPressesSeized: { label: 'Precursor and pill-press seizures', unit: 'parcels a run', of: (m) => m['contraband.seizedByType.precursors'] + m['contraband.seizedByType.pillPress'] },
};
/** The derived figures the preset table shows, in column order. */
export const PRESET_COLUMNS = ['seizedPer100k', 'interdictionRate', 'releasedUnscreenedPerDay', 'screeningDelayPerDay', 'pulledP95Hours', 'landingP50Hours', 'examUtilization', 'dollarsPerDay'] as const;
/** The derived figures the app's trade-off view plots for each preset (shipped in presetFigures.json). */
export const POINT_FIGURES = ['interdictionRate', 'seizuresPerDay', 'screeningDelayPerDay', 'pulledP95Hours', 'officerHoursPerDay', 'dollarsPerDay', 'releasedPerHour'] as const;
/** The derived figures each threshold of the sweep shows. */
export const SWEEP_COLUMNS = ['seizedPer100k', 'interdictionRate', 'releasedUnscreenedPerDay', 'screeningDelayPerDay', 'examUtilization'] as const;

/** A summary with its interval, as reports show it. */
export interface Figure extends MetricSummary {
  low: number;
  high: number;
}

export interface CalibrationFigures {
  presets: { name: string; piecesPerDay: number; figures: Record<string, Figure>; compliance: { examined: number; found: number; perMillion: number; trueRatePerMillion: number } }[];
  comparisons: { preset: string; differences: Record<string, Figure> }[];
  sweep: { threshold: number; figures: Record<string, Figure> }[];
}

/** The jobs of the calibration, grouped into cells. */
export function calibrationPlan(replications: number = CALIBRATION.replications, sweepReplications: number = CALIBRATION.sweepReplications): CalibrationPlan {
  const jobs: Job[] = [];
  const cell = (key: string, scenario: Scenario, runs: number): Cell => {
    const c: Cell = { key, scenario, jobs: [] };
    for (let r = 0; r < runs; r++) {
      c.jobs.push(jobs.length);
      jobs.push({ index: jobs.length, scenario, seed: CALIBRATION.seed + r, days: CALIBRATION.days, warmupDays: 0 });
    }
    return c;
  };
  const presets = presetNames().filter((n) => n !== 'single-queue').map((n) => cell(n, getPreset(n).scenario, replications));
  const sweep = SWEEP_THRESHOLDS.map((t) => cell(`aed-risk ${t}`, withThreshold(t), sweepReplications));
  return { presets, sweep, jobs };
}

/** Baseline with the `aed-risk` threshold at `t`. */
function withThreshold(t: number): Scenario {
  const s = cloneJson(getPreset('baseline').scenario);
  const rule = s.targeting.rules.find((r) => r.id === 'aed-risk');
  if (rule === undefined || rule.when.kind !== 'riskScore') throw new Error('calibration: baseline needs a riskScore rule aed-risk');
  rule.when.atLeast = t;
  const parsed = parseScenario(s);
  if (!parsed.ok) throw new Error(`calibration: threshold ${t} gives an invalid scenario`);
  return parsed.scenario;
}

/** The figures, from every job's metrics. */
export function calibrationFigures(plan: CalibrationPlan, metrics: ReadonlyMap<number, Record<string, number>>): CalibrationFigures {
  const runsOf = (c: Cell) => c.jobs.map((j) => {
    const m = metrics.get(j);
    if (m === undefined) throw new Error(`calibration: run ${j} (${c.key}) is missing`);
    return m;
  });
  const figure = (values: number[]): Figure => {
    const s = summarize(values);
    return { ...s, low: s.mean - s.halfWidth, high: s.mean + s.halfWidth };
  };
  const derive = (runs: Record<string, number>[], names: readonly string[]) =>
    Object.fromEntries(names.map((n) => [n, figure(runs.map((m) => DERIVED[n].of(m, CALIBRATION.days)))]));
  const baselineRuns = runsOf(plan.presets.find((c) => c.key === 'baseline')!);
  return {
    presets: plan.presets.map((c) => {
      const runs = runsOf(c);
      const examined = runs.reduce((a, m) => a + m['interdiction.compliance.examined'], 0);
      const found = runs.reduce((a, m) => a + m['interdiction.compliance.withContraband'], 0);
      const s = c.scenario;
      const detect = s.targeting.compliance.detectProbability;
      return {
        name: c.key,
        piecesPerDay: s.arrivals.kind === 'flights' ? s.arrivals.piecesPerDay : s.arrivals.perHour * 24,
        figures: derive(runs, [...new Set([...PRESET_COLUMNS, ...POINT_FIGURES])]),
        compliance: {
          examined, found,
          perMillion: examined > 0 && detect > 0 ? (1e6 * found) / (examined * detect) : 0,
          trueRatePerMillion: Object.values(s.contraband).reduce((a, k) => a + k.perMillion, 0),
        },
      };
    }),
    comparisons: COMPARISONS.map(({ preset, metrics: names }) => {
      const runs = runsOf(plan.presets.find((c) => c.key === preset)!);
      return {
        preset,
        differences: Object.fromEntries(names.map((n) => [n, figure(runs.map((m, r) => DERIVED[n].of(m, CALIBRATION.days) - DERIVED[n].of(baselineRuns[r], CALIBRATION.days)))])),
      };
    }),
    sweep: plan.sweep.map((c, i) => ({ threshold: SWEEP_THRESHOLDS[i], figures: derive(runsOf(c), SWEEP_COLUMNS) })),
  };
}

/**
 * A short fingerprint of what the calibration depends on: every preset (but its words), the
 * plan's constants and the full results of one day of `baseline`. Any change to the model or to a
 * preset's numbers alters it.
 */
export function calibrationFingerprint(): string {
  const probe = runScenario(getPreset('baseline').scenario, { seed: 1, days: 1 });
  // Descriptions are words for people; leaving them out lets a preset's text change without a new calibration.
  const numbers = (key: string, value: unknown) => (key === 'description' || key === 'summary' ? undefined : value);
  return fnv1a(JSON.stringify([PRESETS, CALIBRATION, SWEEP_THRESHOLDS, COMPARISONS, probe], numbers));
}

/** FNV-1a over UTF-16 code units, twice with different offsets for 64 bits: a checksum, not security. */
function fnv1a(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

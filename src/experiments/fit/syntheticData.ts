/**
 * Synthetic facility data: the model's own days written in the fit's CSV format (fitData.ts), for
 * the example in docs/ and for the parameter-recovery test, where data simulated with known
 * prevalence and d′ must be fitted back. Day d is a one-day run with seed `seed + d` (a day
 * starting empty, as the fit's grid runs are), so the data's seeds never meet the grid's if the
 * two seeds are far apart.
 */
import { addDays } from './calendar.js';
import type { ContrabandType, Scenario } from '../../scenario/index.js';
import { csvField } from '../csv.js';
import type { Executor } from '../executor.js';
import type { Job } from '../jobs.js';
import { runJobs } from '../runJobs.js';

export interface SyntheticSpec {
  scenario: Scenario;
  days: number;
  seed: number;
  /** The first date, YYYY-MM-DD. */
  start: string;
  /** Types whose seizures the file gives. */
  types: readonly ContrabandType[];
  /** Rules each type's seizures are split by. */
  rules: readonly string[];
  /** Whether to write the compliance sample's columns. */
  compliance: boolean;
}

export function syntheticJobs(spec: SyntheticSpec): Job[] {
  return Array.from({ length: spec.days }, (_, d) => ({ index: d, scenario: spec.scenario, seed: spec.seed + d, days: 1, warmupDays: 0 }));
}


/** The CSV text of the days' metrics (every job must have finished). */
export function syntheticCsv(spec: SyntheticSpec, metrics: ReadonlyMap<number, Record<string, number>>): string {
  const origins = spec.scenario.mix.origins.map((o) => o.code);
  const header = [
    'date',
    ...origins.map((c) => `pieces:${c}`),
    ...spec.types.flatMap((t) => [`seized:${t}`, ...spec.rules.map((r) => `seized:${t}:${r}`)]),
    ...(spec.compliance ? ['compliance:examined', ...spec.types.map((t) => `compliance:found:${t}`)] : []),
  ];
  const lines = [header.map(csvField).join(',')];
  for (let d = 0; d < spec.days; d++) {
    const m = metrics.get(d);
    if (!m) throw new Error(`synthetic data: day ${d + 1} has no result`);
    lines.push([
      addDays(spec.start, d),
      ...origins.map((c) => m[`parcels.arrivedByOrigin.${c}`]),
      ...spec.types.flatMap((t) => [
        m[`contraband.seizedByType.${t}`] - m[`interdiction.complianceSeizedByType.${t}`],
        ...spec.rules.map((r) => m[`interdiction.rules.${r}.hitsByType.${t}`]),
      ]),
      ...(spec.compliance ? [m['interdiction.compliance.examined'], ...spec.types.map((t) => m[`interdiction.complianceFoundByType.${t}`])] : []),
    ].map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the days and returns the CSV text; throws if a run fails.
 *
 * @example
 * const csv = await simulateFacilityData({ scenario, days: 90, seed: 1000, start: '2025-01-01', types: ['pills'], rules: ['aed-risk'], compliance: true }, inProcessExecutor());
 */
export async function simulateFacilityData(spec: SyntheticSpec, executor: Executor, onProgress?: (done: number, total: number) => void): Promise<string> {
  const outcome = await runJobs(executor, syntheticJobs(spec), { onProgress });
  if (outcome.missing.length > 0) throw outcome.error ?? new Error('synthetic data: runs did not finish');
  return syntheticCsv(spec, outcome.metrics);
}

/**
 * Parameter recovery: data simulated by the model with known prevalence and d′, fitted back from
 * a deliberately wrong starting scenario; do the 95% intervals cover the truth? The suite runs a
 * few seeded repetitions (test/experiments/fit/recovery.test.ts), `npm run fit:recovery` many
 * (scripts/fit-recovery.ts, its coverage quoted in docs/fit.md).
 *
 * The facility is the baseline made small and contraband-rich so that a repetition takes seconds:
 * 10,000 pieces a day, two types (pills 3,000 and fentanyl 1,500 per million), d′ 2.0, a
 * compliance sample of 0.5% of pieces, seizures split by the `aed-risk` rule as seizure records
 * would give them. The fit starts from 1,000 per million each and d′ 2.6.
 */
import { getPreset, type ContrabandType, type Scenario } from '../../scenario/index.js';
import type { Executor } from '../executor.js';
import { cloneJson } from '../gridPaths.js';
import { parseFitData } from './fitData.js';
import { fitToData } from './fitModel.js';
import type { Interval } from './likelihood.js';
import { simulateFacilityData } from './syntheticData.js';

export const RECOVERY_TYPES: readonly ContrabandType[] = ['pills', 'fentanyl'];
export const RECOVERY_TRUTH = { separation: 2.0, perMillion: [3000, 1500] } as const;

export interface RecoveryOptions {
  /** Days of data per repetition. */
  days: number;
  /** Grid runs per d′ value. */
  replications: number;
  separations: number[];
  bootstrap: number;
}

export const RECOVERY_DEFAULTS: RecoveryOptions = { days: 30, replications: 60, separations: [1.4, 1.7, 2.0, 2.3, 2.6], bootstrap: 100 };

/** The facility with the true values (`truth`: true) or the fit's starting guess. */
export function recoveryScenario(truth: boolean): Scenario {
  const s = cloneJson(getPreset('baseline').scenario) as Scenario;
  if (s.arrivals.kind === 'flights') s.arrivals.piecesPerDay = 10_000;
  for (const t of Object.keys(s.contraband) as ContrabandType[]) s.contraband[t].perMillion = 0;
  RECOVERY_TYPES.forEach((t, i) => { s.contraband[t].perMillion = truth ? RECOVERY_TRUTH.perMillion[i] : 1000; });
  s.riskScore.separation = truth ? RECOVERY_TRUTH.separation : 2.6;
  s.targeting.compliance.rate = 0.005;
  s.name = truth ? 'recovery-truth' : 'recovery-start';
  return s;
}

export interface RecoveryRepetition {
  separation: Interval;
  perMillion: Interval[];
  /** Whether each interval holds the truth: d′, then each type. */
  covered: boolean[];
  /** Grids the fit ran (it runs again at the fitted prevalence). */
  passes: number;
}

/**
 * Repetition `rep`: its data from seeds 1,000,000 × (rep + 1) on, its grid from 1,000 × rep + 1
 * (never the same runs), fitted back.
 *
 * @example
 * const r = await recoveryRepetition(0, RECOVERY_DEFAULTS, inProcessExecutor());
 * r.covered; // [true, true, true]
 */
export async function recoveryRepetition(rep: number, options: RecoveryOptions, executor: Executor): Promise<RecoveryRepetition> {
  const truth = recoveryScenario(true);
  const csv = await simulateFacilityData({
    scenario: truth, days: options.days, seed: 1_000_000 * (rep + 1), start: '2025-01-01',
    types: RECOVERY_TYPES, rules: ['aed-risk'], compliance: true,
  }, executor);
  const parsed = parseFitData(csv, truth);
  if (!parsed.ok) throw new Error(`recovery: the simulated data do not parse: ${parsed.errors.join('; ')}`);
  const { result, error } = await fitToData({
    scenario: recoveryScenario(false), data: parsed.data, source: `recovery-${rep}.csv`,
    seed: 1000 * rep + 1, replications: options.replications, separations: options.separations, bootstrap: options.bootstrap,
  }, executor);
  if (error !== undefined || result.estimates === null) throw error ?? new Error('recovery: the fit did not finish');
  const { separation, perMillion } = result.estimates;
  const holds = (iv: Interval, x: number) => iv.low <= x && x <= iv.high;
  return {
    separation,
    perMillion,
    covered: [holds(separation, RECOVERY_TRUTH.separation), ...perMillion.map((iv, t) => holds(iv, RECOVERY_TRUTH.perMillion[t]))],
    passes: result.method.passes,
  };
}

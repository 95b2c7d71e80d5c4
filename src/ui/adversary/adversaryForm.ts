/**
 * The "Smugglers adapt" form, checked: the words typed in, an adversary experiment out, or each
 * field's problem in plain words. Pure (no DOM), so it is tested in Node.
 */
import { DEFAULT_PRIOR_PARCELS, DEFAULT_RATE, adversaryJobCount, type AdversarySpec } from '../../experiments/index.js';
import { resolveChoice, type OpenScenario } from '../experiments/scenarioChoice.js';

/** The form's fields as typed. */
export interface AdversaryValues {
  scenario: string;
  rounds: string;
  roundsAfter: string;
  replications: string;
  days: string;
  seed: string;
  rate: string;
}

/** The form's starting values: the baseline, round 0 and ten adapting rounds, five replications of a week. */
export const ADVERSARY_DEFAULTS: AdversaryValues = {
  scenario: 'baseline', rounds: '11', roundsAfter: '2', replications: '5', days: '7', seed: '1', rate: String(DEFAULT_RATE),
};

/** What a field may hold, for the checks and their words. */
const BOUNDS = {
  rounds: [2, 30, 'Rounds before the re-tune'],
  roundsAfter: [0, 10, 'Rounds after the re-tune'],
  replications: [2, 50, 'Replications per round'],
  days: [1, 30, 'Days per run'],
  seed: [0, 1_000_000_000, 'First seed'],
} as const;

export type AdversaryCheck =
  | { ok: true; spec: AdversarySpec; runs: number; label: string }
  | { ok: false; errors: Partial<Record<keyof AdversaryValues, string>> };

/**
 * Checks the form.
 *
 * @example
 * checkAdversary({ ...ADVERSARY_DEFAULTS, rounds: '1' }, null);
 * // { ok: false, errors: { rounds: 'Rounds before the re-tune must be a whole number from 2 to 30' } }
 */
export function checkAdversary(values: AdversaryValues, current: OpenScenario | null): AdversaryCheck {
  const errors: Partial<Record<keyof AdversaryValues, string>> = {};
  const whole = (field: keyof typeof BOUNDS): number => {
    const [min, max, words] = BOUNDS[field];
    const text = values[field].trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max) errors[field] = `${words} must be a whole number from ${min} to ${max}`;
    return n;
  };
  const rounds = whole('rounds');
  const roundsAfter = whole('roundsAfter');
  const replications = whole('replications');
  const days = whole('days');
  const seed = whole('seed');
  const rate = Number(values.rate.trim());
  if (!/^\d+(\.\d+)?$/.test(values.rate.trim()) || rate > 100) errors.rate = 'How fast smugglers learn must be a number from 0 to 100';
  const choice = resolveChoice(values.scenario, current);
  if (!choice.ok) errors.scenario = `Scenario: ${choice.message}`;
  if (!choice.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const spec: AdversarySpec = {
    scenario: choice.scenario, seed, replications, days, warmupDays: 0, rounds, retune: true, roundsAfter,
    rule: { kind: 'logit', rate, priorParcels: DEFAULT_PRIOR_PARCELS },
  };
  return { ok: true, spec, runs: adversaryJobCount(spec), label: choice.label };
}

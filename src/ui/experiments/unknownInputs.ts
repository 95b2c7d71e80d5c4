/**
 * From the comparison form's "Unknown inputs" fields to the second-order Monte Carlo the core
 * runs (`planSecondOrder`): three inputs nobody knows exactly, each drawn evenly between the low
 * and high typed (uniform, Latin hypercube), in a number of plausible worlds, with the
 * comparison's replications as the runs in each world. The inputs are the ones policy staff ask
 * about first: how common contraband is (a multiplier on every type's prevalence), how well the
 * risk score separates it (d′), and the share of held parcels the postal service presents. The
 * ranges are the user's own assumptions, and the result says so. Each refusal is keyed by its
 * field and said in plain words.
 */
import { parseUncertainty, planSecondOrder, type CompareSpec, type SecondOrderPlan } from '../../experiments/index.js';
import { grouped, MAX_UI_RUNS, readNumber } from './formLimits.js';
import type { FieldErrors } from './sweepGrid.js';

/** The fields as typed. */
export interface UnknownInputsValues {
  prevalenceLow: string;
  prevalenceHigh: string;
  separationLow: string;
  separationHigh: string;
  presentLow: string;
  presentHigh: string;
  worlds: string;
}

/** The form's defaults: half to twice the prevalence, a weaker or stronger score, the presentation rates on record. */
export const UNKNOWN_DEFAULTS: UnknownInputsValues = {
  prevalenceLow: '0.5', prevalenceHigh: '2', separationLow: '1.5', separationHigh: '2.8', presentLow: '0.6', presentHigh: '0.95', worlds: '10',
};

/** Most worlds the app runs (the command line takes up to 1,000). */
export const MAX_UI_WORLDS = 50;

/** Each input: its fields, its scenario path, whether it multiplies, and its allowed range in words. */
const INPUTS = [
  { key: 'prevalence', name: 'prevalence', path: 'contraband.*.perMillion', multiplier: true, min: 0, max: 20, words: 'a multiplier from 0 to 20' },
  { key: 'separation', name: 'risk separation', path: 'riskScore.separation', multiplier: false, min: 0, max: 10, words: 'a d′ from 0 to 10' },
  { key: 'present', name: 'presentation rate', path: 'targeting.holds.presentProbability', multiplier: false, min: 0, max: 1, words: 'a share from 0 to 1' },
] as const;

/** A checked experiment, or every problem by field ('prevalenceLow', ..., 'worlds'). */
export type UnknownCheck = { ok: true; plan: SecondOrderPlan; runs: number } | { ok: false; errors: FieldErrors };

/**
 * Checks the fields and plans the comparison in plausible worlds.
 *
 * @example
 * checkUnknownInputs(UNKNOWN_DEFAULTS, compareSpec); // { ok: true, plan, runs: 340 } with 10 replications
 */
export function checkUnknownInputs(values: UnknownInputsValues, compare: CompareSpec): UnknownCheck {
  const errors: FieldErrors = {};
  const ranges = INPUTS.map((input) => {
    const lowKey = `${input.key}Low` as keyof UnknownInputsValues;
    const highKey = `${input.key}High` as keyof UnknownInputsValues;
    const read = (key: keyof UnknownInputsValues) => {
      const r = readNumber(values[key]);
      if (!r.ok) errors[key] = r.message;
      else if (r.value < input.min || r.value > input.max) errors[key] = `must be ${input.words}`;
      return r.ok ? r.value : NaN;
    };
    const low = read(lowKey);
    const high = read(highKey);
    if (!errors[lowKey] && !errors[highKey] && !(low < high)) errors[highKey] = 'must be more than the low value';
    return { input, low, high };
  });
  const worldsText = values.worlds.trim();
  const worlds = Number(worldsText);
  if (!/^\d{1,3}$/.test(worldsText) || worlds < 2 || worlds > MAX_UI_WORLDS) errors.worlds = `must be a whole number from 2 to ${MAX_UI_WORLDS}`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const file = {
    name: `${compare.b.label} against ${compare.a.label} with unknown inputs`,
    inputs: ranges.map(({ input, low, high }) => ({
      name: input.name, path: input.path, multiplier: input.multiplier, distribution: 'uniform', low, high,
      note: 'assumption: the range typed in the app',
    })),
    outer: worlds,
  };
  const parsed = parseUncertainty(file, [compare.a.scenario, compare.b.scenario]);
  if (!parsed.ok) return { ok: false, errors: { worlds: 'these scenarios lack one of the unknown inputs; pick others' } };
  const planned = planSecondOrder({
    experiment: 'compare', arms: [compare.a, compare.b], uncertainty: parsed.spec, seed: compare.seed,
    inner: compare.replications, days: compare.days, warmupDays: compare.warmupDays,
  });
  if (!planned.ok) return { ok: false, errors: { worlds: 'some draws make an impossible scenario: narrow the ranges' } };
  const runs = planned.plan.jobs.length;
  if (runs > MAX_UI_RUNS) return { ok: false, errors: { worlds: `${grouped(runs)} runs in all; the app runs at most ${grouped(MAX_UI_RUNS)}: fewer worlds or replications (or use the command line)` } };
  return { ok: true, plan: planned.plan, runs };
}

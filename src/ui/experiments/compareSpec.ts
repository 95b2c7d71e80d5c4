/**
 * From the comparison form to the `CompareSpec` the experiments core runs: scenario A against B,
 * R replications each, common random numbers on (the same seeds for both) or off (independent
 * seeds, for contrast). Each refusal is keyed by its input: 'a', 'b', 'replications', 'seed',
 * 'days'.
 */
import type { CompareSpec } from '../../experiments/index.js';
import { readDays, readReplications, readSeed } from './formLimits.js';
import { resolveChoice, type OpenScenario } from './scenarioChoice.js';
import type { FieldErrors } from './sweepGrid.js';

/** The comparison form's values, as typed. */
export interface CompareFormValues {
  /** Preset names, or CURRENT_SCENARIO. */
  a: string;
  b: string;
  replications: string;
  seed: string;
  days: string;
  /** Common random numbers: B uses A's seeds. */
  crn: boolean;
}

/** A checked comparison, or every problem by field. */
export type CompareCheck = { ok: true; spec: CompareSpec; runs: number } | { ok: false; errors: FieldErrors };

/**
 * Checks the form and builds the comparison.
 *
 * @example
 * checkCompare({ a: 'baseline', b: 'short-staffed', replications: '10', seed: '1', days: '1', crn: true }, null);
 * // { ok: true, spec: { a: { label: 'baseline', ... }, b: { label: 'short-staffed', ... }, mode: 'crn', ... }, runs: 20 }
 */
export function checkCompare(form: CompareFormValues, current: OpenScenario | null): CompareCheck {
  const errors: FieldErrors = {};
  const a = resolveChoice(form.a, current);
  if (!a.ok) errors.a = a.message;
  const b = resolveChoice(form.b, current);
  if (!b.ok) errors.b = b.message;
  else if (form.a === form.b) errors.b = 'B is the same scenario as A, so every difference would be 0: pick another';
  const replications = readReplications(form.replications);
  if (!replications.ok) errors.replications = replications.message;
  const seed = readSeed(form.seed);
  if (!seed.ok) errors.seed = seed.message;
  const days = readDays(form.days);
  if (!days.ok) errors.days = days.message;
  if (Object.keys(errors).length > 0 || !a.ok || !b.ok || !replications.ok || !seed.ok || !days.ok) return { ok: false, errors };
  // Two picks of the same scenario under different names (a preset and the unchanged current
  // scenario) are allowed: the comparison then shows, usefully, that nothing differs.
  const labelB = a.label === b.label ? `${b.label} (B)` : b.label;
  return {
    ok: true,
    spec: {
      a: { label: a.label, scenario: a.scenario },
      b: { label: labelB, scenario: b.scenario },
      seed: seed.value,
      replications: replications.value,
      days: days.value,
      warmupDays: 0,
      mode: form.crn ? 'crn' : 'independent',
    },
    runs: 2 * replications.value,
  };
}

/**
 * From the "Fit to your facility's data" form to the fit the experiments core runs: the scenario
 * picked, the data file's text, and the runs per grid point as typed. The data file is checked by
 * the same parser as `npm run sim -- fit` (`parseFitData`), so its problems read the same, by line
 * and column; the panel lists them under the file input.
 *
 * Error keys: 'scenario', 'replications', 'data' (the data file's problems, one a line).
 */
import { DEFAULT_FIT_REPLICATIONS, defaultSeparations, withDataVolume, type FitSpec } from '../../experiments/fit/fitModel.js';
import { parseFitData } from '../../experiments/fit/fitData.js';
import { readReplications } from '../experiments/formLimits.js';
import { resolveChoice, type OpenScenario } from '../experiments/scenarioChoice.js';

/** The form's values, as typed; `file` is null until a file is chosen. */
export interface FitFormValues {
  scenario: string;
  replications: string;
  file: { name: string; text: string } | null;
}

export type FitCheck =
  | { ok: true; spec: FitSpec; runs: number; label: string; preset: string | null }
  | { ok: false; errors: { scenario?: string; replications?: string; data?: string[] } };

/** The form's starting values: the command line's runs per grid point; the example data is the baseline's. */
export const FIT_DEFAULTS = { scenario: 'baseline', replications: String(DEFAULT_FIT_REPLICATIONS) };

/** The grid's first seed, as the command line's default. */
export const FIT_SEED = 1;

/**
 * Checks the form and builds the fit (see the file comment).
 *
 * @example
 * checkFit({ scenario: 'baseline', replications: '20', file: { name: 'fit-example.csv', text } }, null);
 * // { ok: true, spec: { ... }, runs: 140, label: 'baseline', preset: 'baseline' }
 */
export function checkFit(form: FitFormValues, current: OpenScenario | null): FitCheck {
  const errors: { scenario?: string; replications?: string; data?: string[] } = {};
  const choice = resolveChoice(form.scenario, current);
  if (!choice.ok) errors.scenario = choice.message;
  const reps = readReplications(form.replications);
  if (!reps.ok) errors.replications = reps.message;
  if (form.file === null) errors.data = ['choose a data file (comma-separated, one line per day)'];
  else if (choice.ok) {
    const parsed = parseFitData(form.file.text, choice.scenario);
    if (!parsed.ok) errors.data = parsed.errors;
    else if (reps.ok && Object.keys(errors).length === 0) {
      const spec: FitSpec = { scenario: choice.scenario, data: parsed.data, source: form.file.name, seed: FIT_SEED, replications: reps.value };
      // The grid is placed around the d′ of the scenario at the data's volume, as fitToData places it.
      const runs = defaultSeparations(withDataVolume(choice.scenario, parsed.data)).length * reps.value;
      return { ok: true, spec, runs, label: choice.label, preset: choice.preset };
    }
  }
  return { ok: false, errors };
}

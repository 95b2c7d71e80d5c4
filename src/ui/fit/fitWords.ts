/**
 * The fit's results in the panel's words: the rows of the fitted values table (the same interval
 * text as the command line and the memo, `intervalText`) and each type's dispersion check. Pure,
 * so the tests read them in Node.
 */
import type { FitResult } from '../../experiments/fit/fitModel.js';
import { intervalText } from '../../experiments/fit/fitReport.js';

/** One row of the fitted values table. */
export interface FittedRow {
  quantity: string;
  /** "2.04 (1.71 to 2.42)": the estimate and its 95% interval. */
  estimate: string;
  /** Standard deviation of the estimate from the simulation's error alone. */
  simulationSd: string;
}

/**
 * The table's rows: d′ first, then each fitted type's prevalence (empty when the fit did not finish).
 *
 * @example
 * fittedRows(result)[0]; // { quantity: 'Risk score separation d′', estimate: '1.16 (0.56 to 1.75)', simulationSd: '0.210' }
 */
export function fittedRows(r: FitResult): FittedRow[] {
  const e = r.estimates;
  if (e === null) return [];
  return [
    { quantity: 'Risk score separation d′', estimate: intervalText(e.separation, 2), simulationSd: e.simulationSd.separation.toFixed(3) },
    ...r.data.types.map((t, i) => ({
      quantity: `${t}, parcels per million pieces`,
      estimate: intervalText(e.perMillion[i], 0),
      simulationSd: e.simulationSd.perMillion[i].toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
    })),
  ];
}

/**
 * Above this, a dispersion (Pearson χ² per degree of freedom over `days` days) is more than Poisson
 * days would give by chance: χ²/df has mean 1 and standard deviation √(2/df), and this is 2 of them
 * above 1 (about the 97.5th percentile once df is 10 or more; a normal approximation, rougher below).
 */
export function dispersionLimit(days: number): number {
  return 1 + 2 * Math.sqrt(2 / Math.max(1, days - 1));
}

/**
 * Each fitted type's dispersion check, in words.
 *
 * @example
 * dispersionLines(result); // ['pills: 1.14, near 1 (at most 1.37 by chance over 60 days): days vary as the model's do.', ...]
 */
export function dispersionLines(r: FitResult): string[] {
  const days = r.data.days;
  const limit = dispersionLimit(days);
  return r.data.types.map((t, i) => {
    const x = r.dispersion[i];
    if (!Number.isFinite(x)) return `${t}: no check (it needs at least 2 days).`;
    const head = `${t}: ${x.toFixed(2)}`;
    return x <= limit
      ? `${head}, near 1 (at most ${limit.toFixed(2)} by chance over ${days} days): days vary as the model's do.`
      : `${head}, above ${limit.toFixed(2)}, more than chance over ${days} days: prevalence itself seems to vary from day to day, so the intervals are too narrow.`;
  });
}

/**
 * Types the fit could not explain: the data have seizures in a cell (a rule, or "other") where the
 * simulation seized none at the fitted d′. The likelihood is then impossible there, and the
 * estimate and its interval for that type mean nothing; more runs per grid point simulate more
 * seizures. Empty when every observed cell was also simulated.
 *
 * @example
 * fitWarnings(result); // ['counterfeit: the data have 103 seizures by rule aed-risk, but the simulation seized none there: ...']
 */
export function fitWarnings(r: FitResult): string[] {
  if (r.estimates === null) return [];
  return r.data.types.flatMap((t, i) => (r.cells[i] ?? [])
    .filter((c) => c.observed > 0 && !(c.fitted > 0))
    .map((c) => `${t}: the data have ${c.observed.toLocaleString('en-US')} seizure${c.observed === 1 ? '' : 's'} ${c.cell === 'other' ? 'not by a listed rule' : `by rule ${c.cell}`}, ` +
      'but the simulation seized none there, so this type\'s estimate and interval mean nothing. Raise the runs per grid point.'));
}

/**
 * How many contraband parcels of each type the simulation had per grid point, and how many it
 * seized: what the detection probabilities, and so the intervals, rest on.
 *
 * @example
 * simulatedText(result); // 'counterfeit 72 (7 seized), pills 90 (11 seized), fentanyl 86 (18 seized)'
 */
export function simulatedText(r: FitResult): string {
  return r.data.types.map((t, i) => {
    const s = r.method.simulated[i];
    return s === undefined ? t : `${t} ${Math.round(s.arrived).toLocaleString('en-US')} (${Math.round(s.seized).toLocaleString('en-US')} seized)`;
  }).join(', ');
}

/**
 * The fit's results in the panel's words: the rows of the fitted values table (the same interval
 * text as the command line and the memo, `intervalText`) and each type's dispersion check. Pure,
 * so the tests read them in Node.
 */
import { MAX_PASSES, type FitResult } from '../../experiments/fit/fitModel.js';
import { gridPassesText, intervalText, thinGridText } from '../../experiments/fit/fitReport.js';

// The dispersion check's words are the command line's and the memo's too.
export { dispersionLimit, dispersionLines } from '../../experiments/fit/fitReport.js';

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
 * Types the fit could not explain: the data have seizures in a cell (a rule, or "other") where the
 * simulation seized none at the fitted d′. The likelihood is then impossible there, and the
 * estimate and its interval for that type mean nothing; more runs per grid point simulate more
 * seizures. First, when the grid seized far fewer than the data (a thin simulation), and when the
 * fit is not consistent with its grid's prevalence (fitModel.ts).
 * Empty when every observed cell was also simulated and the fit settled.
 *
 * @example
 * fitWarnings(result); // ['counterfeit: the data have 103 seizures by rule aed-risk, but the simulation seized none there: ...']
 */
export function fitWarnings(r: FitResult): string[] {
  if (r.estimates === null) return [];
  const thin = thinGridText(r);
  const unsettled = r.method.settled ? [] : [gridPassesText(r)];
  return [...(thin === null ? [] : [thin]), ...unsettled, ...r.data.types.flatMap((t, i) => (r.cells[i] ?? [])
    .filter((c) => c.observed > 0 && !(c.fitted > 0))
    .map((c) => `${t}: the data have ${c.observed.toLocaleString('en-US')} seizure${c.observed === 1 ? '' : 's'} ${c.cell === 'other' ? 'not by a listed rule' : `by rule ${c.cell}`}, ` +
      'but the simulation seized none there, so this type\'s estimate and interval mean nothing. Raise the runs per grid point.'))];
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

/**
 * The status line while another grid runs at the fitted prevalence (`total` runs in all now, `perGrid`
 * a grid): which grid, why, and the new total, since the bar falls back as its total grows.
 *
 * @example
 * newGridStatus(1400, 700); // 'Grid 2 of at most 4: running again at the fitted prevalence, ... (1,400 runs in all)…'
 */
export function newGridStatus(total: number, perGrid: number): string {
  return `Grid ${Math.round(total / perGrid)} of at most ${MAX_PASSES}: running again at the fitted prevalence, since contraband's own load on the stations moves the chance of seizure (${total.toLocaleString('en-US')} runs in all)…`;
}

/**
 * The fit in words: a short text for the terminal, and a Markdown memo for policy staff with the
 * estimates and their 95% intervals, how well the model reproduces the data (seizures by rule
 * and in total, day-to-day dispersion, the plot), and what the numbers rest on. Everything taken
 * from the input (file and scenario names, dates) is escaped.
 */
import { escapeMarkdown } from '../escape.js';
import { MAX_PASSES, nearGrid, RECENTRE_TOLERANCE, type FitResult } from './fitModel.js';
import type { Interval } from './likelihood.js';

function num(x: number, digits: number): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "2.04 (1.71 to 2.42)", an end reaching the searched range marked "≤" or "≥". */
export function intervalText(iv: Interval, digits: number): string {
  const lo = `${iv.lowOpen ? '≤ ' : ''}${num(iv.low, digits)}`;
  const hi = `${iv.highOpen ? '≥ ' : ''}${num(iv.high, digits)}`;
  return `${num(iv.value, digits)} (${lo} to ${hi})`;
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

/** Plain-text lines for standard output. */
export function fitSummaryLines(r: FitResult): string[] {
  if (!r.estimates) return [`fit of ${r.data.source}: not finished (the simulation grid did not complete)`];
  const e = r.estimates;
  // An unsettled fit and a thin grid are said first, before any figure is read.
  const grid = `  ${gridPassesText(r)}`;
  const thin = thinGridText(r);
  return [
    `fit of ${r.data.source}: ${r.data.days} days, ${r.data.first} to ${r.data.last}; 95% intervals`,
    ...(thin === null ? [] : [`  ${thin}`]),
    ...(r.method.settled ? [] : [grid]),
    `  risk score separation d′   ${intervalText(e.separation, 2)}`,
    ...r.data.types.map((t, i) => `  ${`${t} per million`.padEnd(26)} ${intervalText(e.perMillion[i], 0)}`),
    ...dispersionLines(r).map((line) => `  dispersion of ${line}`),
    ...(r.method.settled ? [grid] : []),
  ];
}

/**
 * The memo; `plotFile` is the SVG's file name beside it.
 *
 * @example
 * writeFileSync('report.md', fitReportMarkdown(result, 'report-fit.svg'));
 */
export function fitReportMarkdown(r: FitResult, plotFile: string): string {
  const md = escapeMarkdown;
  const lines: string[] = [`# Calibration to ${md(r.data.source)}`, ''];
  lines.push(
    `${r.data.days} days of data, ${md(r.data.first)} to ${md(r.data.last)}; pieces ${r.data.piecesByOrigin ? 'by origin' : 'in total (split by the scenario\'s origin shares)'}; ` +
    `seizures of ${r.data.types.map(md).join(', ')}${r.data.rules.some((x) => x.length > 0) ? ', split by targeting rule where given' : ''}; ` +
    `${r.data.compliance ? 'with' : 'without'} the compliance sample.`, '');
  if (!r.estimates) {
    lines.push('**Not finished**: the simulation grid did not complete, so there are no estimates.');
    return `${lines.join('\n')}\n`;
  }
  const e = r.estimates;
  lines.push('## Fitted values', '', '| Quantity | Estimate (95% interval) | Of which simulation error (sd) |', '| --- | --- | --- |');
  lines.push(`| Risk score separation d′ | ${intervalText(e.separation, 2)} | ${num(e.simulationSd.separation, 3)} |`);
  r.data.types.forEach((t, i) => lines.push(`| ${md(t)}, parcels per million pieces | ${intervalText(e.perMillion[i], 0)} | ${num(e.simulationSd.perMillion[i], 1)} |`));
  const thin = thinGridText(r);
  if (thin !== null) lines.push('', `**Thin simulation.** ${md(thin)}`);
  if (!r.method.settled) lines.push('', `**Not settled.** ${md(gridPassesText(r))}`);
  lines.push('', 'Maximum likelihood; intervals from the profile likelihood, widened for the error of the simulated detection probabilities (bootstrap over the grid\'s runs). "≤" or "≥" marks an end that reached the edge of the d′ grid or of possible values: the data do not bound it there.', '');
  lines.push('## How well the model reproduces the data', '', '| Type | Seizures | Observed | Fitted |', '| --- | --- | --- | --- |');
  r.data.types.forEach((t, i) => r.cells[i].forEach((c) => lines.push(`| ${md(t)} | ${c.cell === 'other' ? 'other (dogs, X-ray, other rules)' : `rule ${md(c.cell)}`} | ${c.observed} | ${num(c.fitted, 1)} |`)));
  lines.push('', 'Dispersion (Pearson χ² per degree of freedom of the daily seizures; near 1 when days vary as Poisson counts; well above 1 means prevalence itself varies from day to day, and the intervals above are then too narrow):', '');
  lines.push(...dispersionLines(r).map((line) => `- ${md(line)}`));
  lines.push('', `![Observed and fitted seizures a day](${md(plotFile)})`, '');
  lines.push('## What it rests on', '',
    `- The simulation grid: d′ = ${r.method.separations.map((s) => num(s, 2)).join(', ')}, ${r.method.replications} one-day runs each on common random numbers (seeds ${r.method.seed} to ${r.method.seed + r.method.replications - 1}), ${r.method.bootstrap} bootstrap draws.`,
    `- Simulated contraband parcels per grid point: ${r.data.types.map((t, i) => `${md(t)} ${num(r.method.simulated[i].arrived, 0)} (${num(r.method.simulated[i].seized, 0)} seized)`).join(', ')}.`,
    `- ${gridPassesText(r)}`,
    '- Everything else in the scenario (staffing, rules, detection rates) is taken as known; the volume and origin mix are the data\'s own.',
    '- docs/fit.md explains the method and its assumptions.', '');
  return `${lines.join('\n')}\n`;
}

/**
 * Where the grid ran and why, in one or two sentences for the memo, the terminal and the app:
 * contraband's own load moves the chance of seizure, so the grid runs again at the fitted
 * prevalence until the fit is consistent with its grid (fitModel.ts, `settled`).
 *
 * @example
 * gridPassesText(result); // 'The grid ran 2 times, at 2,000 and 4,310 per million in all: ...'
 */
export function gridPassesText(r: FitResult): string {
  const m = r.method;
  const perType = r.data.types.map((t, i) => `${t} ${num(m.simulatedPerMillion[i], 0)}`).join(', ');
  const firstAt = m.standIn ? 'a stand-in prevalence, the scenario having none of these types' : 'the scenario\'s prevalence';
  const totals = m.gridTotals.map((x) => num(x, 0));
  const ran = m.passes === 1
    ? `The grid ran once, at ${totals[0]} per million in all (${firstAt}), shared equally: ${perType}.`
    : `The grid ran ${m.passes} times, at ${listed(totals)} per million in all: first at ${firstAt}, then each at the previous grid's fit, because contraband's own load on the stations moves the chance of seizure.`;
  const tol = `${RECENTRE_TOLERANCE * 100}%`;
  const fitted = (r.estimates?.perMillion ?? []).reduce((a, iv) => a + iv.value, 0);
  const fit = `the fit (${num(fitted, 0)} per million in all)`;
  const before = `so the estimates come from the grid before it, at ${perType} per million, whose prevalence the fit is not consistent with`;
  switch (m.unsettled) {
    case null: {
      const grid = m.gridTotals[m.passes - 1] ?? 0;
      const why = fitted === 0
        ? 'the fit found no contraband, so there is no load to follow'
        : nearGrid(fitted, grid)
          ? `${fit} lies within ${tol} of its prevalence`
          : `${fit} is more than ${tol} from its prevalence, but inside the data's 95% interval for the total, so the data cannot tell the two apart`;
      return `${ran} The estimates come from ${m.passes === 1 ? 'it' : 'the last'}: ${why}.`;
    }
    case 'most grids':
      return `The fit did not settle. ${ran} After ${MAX_PASSES} grids, the most it runs, the last grid's prevalence still lies more than ${tol} from ${fit} and outside the data's interval for it; the estimates come from that grid. The simulation's error is probably too large: raise the runs per grid point.`;
    case 'refused':
      return `The fit did not settle. ${ran} The last grid was refused (${m.refusal ?? 'the simulation seized none of a kind the data have'}), ${before}. Raise the runs per grid point.`;
    case 'runaway':
      return `The fit did not settle. ${ran} The fit on the last grid ran beyond any prevalence a scenario can have, ${before}. The data and the scenario may disagree: check the scenario's detection rates and staffing.`;
  }
}

/**
 * Below this share of the data's seizures of a type, the grid's own seizures of it (per grid point)
 * are too few for the intervals to be trusted. An assumption, from the example in docs/fit.md: at 20
 * runs per grid point (about a seventh of the data's counterfeit seizures) the d′ interval missed the
 * truth; at 100 (about as many as the data) every interval held it.
 */
export const THIN_GRID_SHARE = 0.5;

/**
 * The warning when the simulation saw far fewer seizures than the data: the bootstrap then
 * understates the simulation's error (it resamples the few seizures there are), or null.
 *
 * @example
 * thinGridText(result); // 'The simulation is thin: per grid point it seized fewer than half as many ...'
 */
export function thinGridText(r: FitResult): string | null {
  const thin = r.data.types.flatMap((t, i) => {
    const data = (r.cells[i] ?? []).reduce((a, c) => a + c.observed, 0);
    const simulated = r.method.simulated[i]?.seized;
    return simulated !== undefined && data > 0 && simulated < THIN_GRID_SHARE * data ? [`${t} ${num(simulated, 0)} against the data's ${num(data, 0)}`] : [];
  });
  if (thin.length === 0) return null;
  return `The simulation is thin: per grid point it seized fewer than half as many of a type as the data hold (${thin.join('; ')}), so its error may be larger than the intervals show. Raise the runs per grid point.`;
}

/** "a", "a and b", "a, b and c". */
function listed(xs: readonly string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

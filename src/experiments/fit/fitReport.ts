/**
 * The fit in words: a short text for the terminal, and a Markdown memo for policy staff with the
 * estimates and their 95% intervals, how well the model reproduces the data (seizures by rule
 * and in total, day-to-day dispersion, the plot), and what the numbers rest on. Everything taken
 * from the input (file and scenario names, dates) is escaped.
 */
import { escapeMarkdown } from '../escape.js';
import type { FitResult } from './fitModel.js';
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

/** Plain-text lines for standard output. */
export function fitSummaryLines(r: FitResult): string[] {
  if (!r.estimates) return [`fit of ${r.data.source}: not finished (the simulation grid did not complete)`];
  const e = r.estimates;
  return [
    `fit of ${r.data.source}: ${r.data.days} days, ${r.data.first} to ${r.data.last}; 95% intervals`,
    `  risk score separation d′   ${intervalText(e.separation, 2)}`,
    ...r.data.types.map((t, i) => `  ${`${t} per million`.padEnd(26)} ${intervalText(e.perMillion[i], 0)}`),
    ...r.data.types.map((t, i) => `  ${`${t} dispersion`.padEnd(26)} ${num(r.dispersion[i], 2)} (near 1: days vary as the model's do)`),
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
  lines.push('', 'Maximum likelihood; intervals from the profile likelihood, widened for the error of the simulated detection probabilities (bootstrap over the grid\'s runs). "≤" or "≥" marks an end that reached the edge of the d′ grid or of possible values: the data do not bound it there.', '');
  lines.push('## How well the model reproduces the data', '', '| Type | Seizures | Observed | Fitted |', '| --- | --- | --- | --- |');
  r.data.types.forEach((t, i) => r.cells[i].forEach((c) => lines.push(`| ${md(t)} | ${c.cell === 'other' ? 'other (dogs, X-ray, other rules)' : `rule ${md(c.cell)}`} | ${c.observed} | ${num(c.fitted, 1)} |`)));
  lines.push('', 'Dispersion (Pearson χ² per degree of freedom of the daily seizures; near 1 when days vary as Poisson counts; well above 1 means prevalence itself varies from day to day, and the intervals above are then too narrow):', '');
  r.data.types.forEach((t, i) => lines.push(`- ${md(t)}: ${num(r.dispersion[i], 2)}`));
  lines.push('', `![Observed and fitted seizures a day](${md(plotFile)})`, '');
  lines.push('## What it rests on', '',
    `- The simulation grid: d′ = ${r.method.separations.map((s) => num(s, 2)).join(', ')}, ${r.method.replications} one-day runs each on common random numbers (seeds ${r.method.seed} to ${r.method.seed + r.method.replications - 1}), ${r.method.bootstrap} bootstrap draws.`,
    `- Simulated contraband parcels per grid point: ${r.data.types.map((t, i) => `${md(t)} ${num(r.method.simulated[i].arrived, 0)} (${num(r.method.simulated[i].seized, 0)} seized)`).join(', ')}.`,
    '- Everything else in the scenario (staffing, rules, detection rates) is taken as known; the volume and origin mix are the data\'s own.',
    '- docs/fit.md explains the method and its assumptions.', '');
  return `${lines.join('\n')}\n`;
}

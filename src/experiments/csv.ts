/**
 * CSV output of experiment results, in the long ("tidy") layout: one row per point × metric (a
 * sweep), per metric (replications), or per metric with A, B and their difference (a comparison).
 * Long rather than wide because a run has ~150 metrics: a wide file would need ~450 columns per
 * point, while the long one filters and pivots directly in a spreadsheet, R or pandas
 * (`df.pivot(index='point', columns='metric', values='mean')`). docs/cli.md lists the columns.
 *
 * Fields are quoted per RFC 4180 when they hold a comma, a quote or a line break. Numbers are
 * written exactly as JavaScript prints them (the shortest text that reads back as the same
 * double, as in the JSON); a value that does not exist (the half-width of a single run) is empty.
 * Parameter values that are lists (officers per shift) are written as JSON, `[2,2]`.
 *
 * Text cells (names, labels, metric paths; never numbers, so that negative values stay numeric)
 * that a spreadsheet would read as a formula, those starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, get a leading apostrophe: a grid parameter named `=HYPERLINK(...)` shows as text
 * instead of running (OWASP, "CSV injection").
 */
import type { CompareResult } from './compare.js';
import type { ExperimentResult } from './resultJson.js';
import type { MetricSummary } from './summary.js';
import type { SweepResult } from './sweep.js';
import { uncertaintyRows } from './uncertaintyCsv.js';
import { adversaryRows } from './adversary/adversaryCsv.js';
import type { CandidateReport, OptimizeResult } from './optimize/optimizeResult.js';

/**
 * The result as CSV text with a header row, lines ending in `\n`.
 *
 * @example
 * resultCsv(sweepResult).split('\n')[0];
 * // 'point,xray officers,aed threshold,metric,n,mean,sd,half_width,ci_low,ci_high'
 */
export function resultCsv(result: ExperimentResult): string {
  switch (result.format) {
    case 'interdict-sweep':
      return sweepCsv(result);
    case 'interdict-replicate':
      return rows([['scenario', ...SUMMARY_COLUMNS], ...Object.entries(result.metrics).map(([m, s]) => [result.scenario.name, m, ...summaryCells(s)])]);
    case 'interdict-compare':
      return compareCsv(result);
    case 'interdict-uncertainty':
      return rows(uncertaintyRows(result));
    case 'interdict-adversary':
      return rows(adversaryRows(result));
    case 'interdict-optimize':
      return optimizeCsv(result);
  }
}

const SUMMARY_COLUMNS = ['metric', 'n', 'mean', 'sd', 'half_width', 'ci_low', 'ci_high'];

function sweepCsv(result: SweepResult): string {
  const names = result.grid.parameters.map((p) => p.name);
  const out: unknown[][] = [['point', ...names, ...SUMMARY_COLUMNS]];
  for (const point of result.points) {
    const values = names.map((n) => point.parameters[n]);
    for (const [metric, s] of Object.entries(point.metrics)) out.push([point.index, ...values, metric, ...summaryCells(s)]);
  }
  return rows(out);
}

function compareCsv(result: CompareResult): string {
  const out: unknown[][] = [[
    'metric', 'n', 'a_mean', 'a_half_width', 'b_mean', 'b_half_width',
    'diff_mean', 'diff_sd', 'diff_half_width', 'diff_low', 'diff_high', 'significant',
  ]];
  for (const [metric, d] of Object.entries(result.differences)) {
    const a = result.a.metrics[metric];
    const b = result.b.metrics[metric];
    out.push([metric, d.n, a?.mean, a?.halfWidth, b?.mean, b?.halfWidth, d.mean, d.sd, d.halfWidth, d.low, d.high, d.significant]);
  }
  return rows(out);
}

/**
 * An optimization: one row per candidate × criterion (the objective, then each constraint), the
 * finalists by rank, then the check (the chosen one and the base scenario on fresh seeds);
 * `probability` is P(best) on the chosen one's rows and P(beats chosen) on the others'
 * (docs/optimize.md).
 */
function optimizeCsv(r: OptimizeResult): string {
  const names = r.problem.variables.map((v) => v.name);
  const out: unknown[][] = [['candidate', 'point', ...names, 'criterion', ...SUMMARY_COLUMNS, 'per_day', 'limit', 'status', 'probability']];
  const add = (label: string, c: CandidateReport, probability: number) => {
    const head = [label, c.point ?? '', ...names.map((n) => (c.point === null ? '' : c.parameters[n]))];
    out.push([...head, 'objective', r.problem.objective.metric, ...summaryCells(c.objective), r.problem.objective.perDay, '', '', probability]);
    c.constraints.forEach((k, j) => out.push([...head, k.name, k.metric, ...summaryCells(k.estimate), r.problem.constraints[j].perDay, k.limit, k.status, probability]));
  };
  for (const f of r.finalists) add(String(f.rank), f, f.rank === 1 && r.chosen ? r.chosen.probabilityBest : f.probabilityBeatsChosen);
  if (r.check) {
    add('chosen, fresh seeds', r.check.chosen, NaN);
    add('base, fresh seeds', r.check.base, NaN);
  }
  return rows(out);
}

function summaryCells(s: MetricSummary): unknown[] {
  return [s.n, s.mean, s.sd, s.halfWidth, s.mean - s.halfWidth, s.mean + s.halfWidth];
}

function rows(table: unknown[][]): string {
  return table.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** What a spreadsheet takes for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: numbers as JavaScript prints them (empty when not finite), lists as JSON, and
 * anything with a comma, quote or line break quoted.
 *
 * @example
 * csvField([2, 2]); // '"[2,2]"'
 * csvField('say "hi"'); // '"say ""hi"""'
 * csvField(NaN); // ''
 * csvField('=1+1'); // "'=1+1"
 * csvField(-3); // '-3'
 */
export function csvField(value: unknown): string {
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (value === undefined || value === null) text = '';
  else if (typeof value === 'string') text = FORMULA_START.test(value) ? `'${value}` : value;
  else if (typeof value === 'boolean') text = String(value);
  else text = JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

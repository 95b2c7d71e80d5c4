/**
 * An optimization result in words and units, for every place that shows one: the CLI's summary,
 * the memo, the CSV's labels and the app's finalists table. Each finalist's settings, its
 * objective and constraints as "mean ± half-width" in the metric's unit (intervals cut at what a
 * figure can be, `metricBounds.ts`), each constraint's status judged by its interval, and the
 * approximate probability that it beats the chosen one; then the check: the chosen one and the
 * base scenario on fresh seeds, and the chosen one's paired difference from the base.
 */
import { differenceText, metricVerdict } from '../differenceVerdict.js';
import { formatBoundedEstimate } from '../metricBounds.js';
import { metricLabel, type MetricLabel } from '../metricLabels.js';
import type { MetricSummary } from '../summary.js';
import type { CandidateReport, OptimizeResult, PairedDifference } from './optimizeResult.js';

/** A table: header, rows of text, and each column's alignment. */
export interface OptimizeTable {
  header: string[];
  rows: string[][];
  align: ('left' | 'right')[];
}

/** Words for a constraint's status. */
export const STATUS_WORDS = { met: 'met', violated: 'broken', uncertain: 'not sure' } as const;

/**
 * The label of a criterion's metric, "per day" added when it is divided by days.
 *
 * @example
 * criterionLabel({ metric: 'cost.dollars', perDay: true }).label; // 'Cost per day'
 */
export function criterionLabel(c: { metric: string; perDay: boolean }): MetricLabel {
  const m = metricLabel(c.metric);
  return c.perDay ? { ...m, label: `${m.label} per day` } : m;
}

/**
 * A probability in words: "0.93", "< 0.001", "> 0.999".
 *
 * @example
 * probabilityText(0.93456); // '0.93'
 */
export function probabilityText(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p < 0.001) return '< 0.001';
  if (p > 0.999) return '> 0.999';
  return p.toFixed(p < 0.1 || p > 0.9 ? 3 : 2);
}

/** A parameter value as shown: text as is, numbers and lists as JSON. */
export function valueText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * The finalists (the chosen one first) and, last, the base scenario on the same seeds.
 *
 * @example
 * const t = finalistsTable(result); // header: ['Rank', 'xray officers', ..., 'Interdiction rate', 'Cost per day ≤ 16800', 'P(beats chosen)', 'Runs']
 */
export function finalistsTable(r: OptimizeResult): OptimizeTable {
  const names = r.problem.variables.map((v) => v.name);
  const objective = criterionLabel(r.problem.objective);
  const constraintHeads = r.problem.constraints.map((c) => c.name);
  const cells = (c: CandidateReport): string[] => [
    formatBoundedEstimate(c.objective.mean, c.objective.halfWidth, objective),
    ...c.constraints.map((k, j) => `${formatBoundedEstimate(k.estimate.mean, k.estimate.halfWidth, criterionLabel(r.problem.constraints[j]))} (${STATUS_WORDS[k.status]})`),
  ];
  const rows = r.finalists.map((f) => [
    f.rank === 1 && r.chosen !== null ? '1 (chosen)' : String(f.rank),
    ...names.map((n) => valueText(f.parameters[n])),
    ...cells(f),
    f.rank === 1 && r.chosen !== null ? `P(best) ${probabilityText(r.chosen.probabilityBest)}` : probabilityText(f.probabilityBeatsChosen),
    String(f.runs),
  ]);
  if (r.check) {
    const k = r.check;
    rows.push([`chosen, fresh seeds`, ...names.map((n) => valueText(k.chosen.parameters[n])), ...cells(k.chosen), '', String(k.chosen.runs)]);
    rows.push([`${k.label} (base), fresh seeds`, ...names.map(() => ''), ...cells(k.base), '', String(k.base.runs)]);
  }
  const right = (k: number) => Array<'right'>(k).fill('right');
  return {
    header: ['Rank', ...names, `${objective.label} (${r.problem.objective.goal})`, ...constraintHeads, 'P(beats chosen)', 'Runs'],
    rows,
    align: ['left', ...right(names.length + 1 + constraintHeads.length + 2)],
  };
}

/**
 * The answer in one paragraph: the chosen settings, the objective with its interval against the
 * base's, the difference with its verdict, the constraints, and P(best).
 *
 * @example
 * chosenSentence(result);
 * // 'Chosen: xray officers 3, exam officers 9. Interdiction rate 14.2 ± 1.1 % against 12.0 ± 1.0 % for baseline: +2.2 points ...'
 */
export function chosenSentence(r: OptimizeResult): string {
  const c = r.chosen;
  if (c === null) return r.complete ? 'No candidate was chosen.' : 'Stopped before the selection: no candidate was chosen; the best found so far are listed.';
  const objective = criterionLabel(r.problem.objective);
  const settings = r.problem.variables.map((v) => `${v.name} ${valueText(c.parameters[v.name])}`).join(', ');
  const est = (s: MetricSummary, m: MetricLabel) => formatBoundedEstimate(s.mean, s.halfWidth, m);
  const parts = [`Chosen: ${settings}.`];
  const k = r.check;
  if (k === null) parts.push(`${objective.label} ${est(c.objective, objective)}.`);
  else {
    parts.push(`On ${k.chosen.runs} fresh seeds (${k.seeds.first} to ${k.seeds.last}, used by no run of the search), ${objective.label.toLowerCase()} ${est(k.chosen.objective, objective)} against ${est(k.base.objective, objective)} for ${k.label}; difference ${diff(k.difference.objective, objective, k.base.objective.mean)}.`);
  }
  const shown = k?.chosen ?? c;
  shown.constraints.forEach((s, j) => {
    const m = criterionLabel(r.problem.constraints[j]);
    const bound = 'atMost' in r.problem.constraints[j] ? 'at most' : 'at least';
    parts.push(`${m.label} ${est(s.estimate, m)} (${bound} ${formatBoundedEstimate(s.limit, NaN, m)}: ${STATUS_WORDS[s.status]}${k ? `; ${k.label} ${est(k.base.constraints[j].estimate, m)}` : ''}).`);
  });
  parts.push(`Approximate probability that it is the best of the ${r.finalists.length} finalists: ${probabilityText(c.probabilityBest)} (normal approximation, APCS-P).`);
  return parts.join(' ');
}

function diff(d: PairedDifference, m: MetricLabel, baseMean: number): string {
  return differenceText(d, m, metricVerdict(m.metric, d, baseMean));
}

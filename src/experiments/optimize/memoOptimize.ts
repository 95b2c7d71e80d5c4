/**
 * The sections of an optimization's memo (see `memoDocument.ts`): what was asked (the base, the
 * decision variables and their values, the objective and constraints, the runs), the answer in a
 * paragraph, the finalists with their intervals, how the search went, and how to read it.
 */
import { clippedNote, runLength, type MemoSection } from '../memoBlocks.js';
import { isClipped, metricBounds } from '../metricBounds.js';
import { describeParameter } from '../memoSweep.js';
import type { OptimizeResult } from './optimizeResult.js';
import { chosenSentence, criterionLabel, finalistsTable, valueText } from './optimizeTable.js';
import { formatBoundedEstimate } from '../metricBounds.js';
import { worldsParagraphs } from './worldsText.js';

/**
 * The memo sections of an optimization result.
 *
 * @example
 * optimizeSections(result).map((s) => s.heading); // ['What was asked', 'The answer', 'The finalists', 'How the search went', 'Reading the numbers']
 */
export function optimizeSections(r: OptimizeResult): MemoSection[] {
  const p = r.problem;
  const base = p.base.scenario;
  const objective = criterionLabel(p.objective);
  const asked = [
    `Base scenario: ${base.name}. ${base.description}`,
    ...p.variables.map((v) => describeParameter(v).replace(/^Varied:/, 'Decision variable:')),
    `Objective: ${p.objective.goal} ${objective.label.toLowerCase()}.`,
    ...p.constraints.map((c) => `Constraint: ${c.name}${c.perDay ? ' (per measured day)' : ''}.`),
    `Search: ${p.search.population} candidates a generation, ${p.search.generations} generations after the first, search seed ${p.search.seed}; each candidate run ${p.replications} times with seeds ${p.seed} to ${p.seed + p.replications - 1}, the same for every candidate (common random numbers).`,
    `Selection: the best ${p.selection.finalists} candidates get ${p.selection.budget} more runs in stages of ${p.selection.stage}, spread by OCBA-CO; seeds continue from ${p.seed + p.replications}.`,
    runLength(p.days, p.warmupDays),
  ];
  const table = finalistsTable(r);
  const cut = r.finalists.some((f) => isClipped(f.objective.mean, f.objective.halfWidth, metricBounds(p.objective.metric))
    || f.constraints.some((k) => isClipped(k.estimate.mean, k.estimate.halfWidth, metricBounds(k.metric))));
  const names = p.variables.map((v) => v.name);
  const generations = r.search.generations.map((g) => [
    String(g.generation), String(g.newCandidates), ...names.map((n) => valueText(g.best.parameters[n])),
    formatBoundedEstimate(g.best.objective.mean, g.best.objective.halfWidth, objective),
    g.best.constraints.every((k) => k.status !== 'violated') ? 'yes' : 'no',
  ]);
  return [
    { heading: 'What was asked', blocks: [...(p.description ? [{ kind: 'paragraph' as const, text: p.description }] : []), { kind: 'list', items: asked }] },
    { heading: 'The answer', blocks: [{ kind: 'paragraph', text: chosenSentence(r) }] },
    {
      heading: 'The finalists',
      blocks: [
        { kind: 'paragraph', text: 'The best candidates of the search, after the selection runs. A constraint is met when its whole 95% interval is within the limit, broken when it is all beyond it, and "not sure" when the interval contains the limit. P(beats chosen) is the approximate probability that the candidate is feasible and truly better than the chosen one.' },
        { kind: 'table', ...table },
        ...clippedNote(cut),
      ],
    },
    ...(r.uncertainty ? [{ heading: 'Under unknown inputs', blocks: worldsParagraphs(r).map((text) => ({ kind: 'paragraph' as const, text })) }] : []),
    {
      heading: 'How the search went',
      blocks: [
        { kind: 'paragraph', text: `${r.search.candidates} candidates run in ${r.search.generations.length} generations, ${r.runsMade} runs in all. The best so far after each generation (feasible: no constraint broken beyond its interval):` },
        { kind: 'table', header: ['Generation', 'New candidates', ...names, objective.label, 'Feasible'], rows: generations, align: ['right', 'right', ...names.map(() => 'right' as const), 'right', 'left'] },
        ...(r.invalid.length > 0 ? [{ kind: 'paragraph' as const, text: `${r.invalid.length} candidate${r.invalid.length === 1 ? ' was' : 's were'} not a valid scenario and ${r.invalid.length === 1 ? 'was' : 'were'} skipped; the result lists why.` }] : []),
      ],
    },
    {
      heading: 'Reading the numbers',
      blocks: [{
        kind: 'paragraph',
        text: 'Each figure is a mean over the candidate\'s runs (the Runs column), ± the half-width of its 95% confidence interval (Student t). ' +
          `Search: ${r.method.search}. Selection: ${r.method.selection}. P(best): ${r.method.probabilityBest}; it treats candidates as independent, ` +
          'so on common random numbers it understates the confidence. A search of a large grid is not exhaustive: a better setting may exist among ' +
          'the candidates never run. Every run can be reproduced exactly from its scenario and seed.',
      }],
    },
  ];
}

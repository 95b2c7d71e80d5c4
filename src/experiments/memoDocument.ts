/**
 * What a scenario memo says, independent of how it is printed: a title, an optional warning, and
 * sections of paragraphs, lists, tables and the frontier chart, built from an experiment result.
 * `memo.ts` prints the same document as Markdown and as HTML, so the two never disagree. All text
 * here is plain (unescaped); the printers escape it.
 *
 * A memo is for a policy brief: it states the assumptions (the base scenario and what was varied,
 * the run length and warm-up), the seeds and replications (so anyone can reproduce it), and the
 * results with their 95% intervals, in words and units rather than metric paths.
 */
import type { CompareResult } from './compare.js';
import type { ExperimentResult } from './resultJson.js';
import { differenceText, metricVerdict } from './differenceVerdict.js';
import { formatBoundedEstimate, formatBoundedInterval, isClipped, metricBounds } from './metricBounds.js';
import { KEY_METRICS, metricLabel, type MetricLabel } from './metricLabels.js';
import type { ReplicateResult } from './replicate.js';
import type { MetricSummary } from './summary.js';
import { clippedNote, readingSection, runLength, type MemoDocument, type MemoSection } from './memoBlocks.js';
import { sweepSections } from './memoSweep.js';
import { uncertaintyMemo } from './memoUncertainty.js';
import { adversarySections } from './adversary/adversaryMemo.js';
import { optimizeSections } from './optimize/memoOptimize.js';

/**
 * The memo of any experiment result.
 *
 * @example
 * memoDocument(sweepResult).sections.map((s) => s.heading); // ['What was run', 'The frontier', 'Every point', 'Reading the numbers']
 */
export function memoDocument(result: ExperimentResult): MemoDocument {
  const warning = result.complete
    ? undefined
    : `Incomplete: ${result.missing.length} planned run${result.missing.length === 1 ? ' is' : 's are'} missing, so these figures are not the experiment's result.`;
  switch (result.format) {
    case 'interdict-sweep':
      return { title: result.grid.name, kind: 'Sweep', warning, sections: sweepSections(result) };
    case 'interdict-replicate':
      return { title: `${result.scenario.name}: ${result.replications} replications`, kind: 'Replications', warning, sections: replicateSections(result) };
    case 'interdict-compare':
      return { title: `${result.a.label} against ${result.b.label}`, kind: 'Comparison', warning, sections: compareSections(result) };
    case 'interdict-uncertainty':
      return { title: result.uncertainty.name, kind: 'Unknown inputs', warning, sections: uncertaintyMemo(result) };
    case 'interdict-adversary':
      return { title: `${result.scenario.name}: smugglers adapt`, kind: 'Adversary', warning, sections: adversarySections(result) };
    case 'interdict-optimize':
      return { title: result.problem.name, kind: 'Optimization', warning: result.complete ? undefined : 'Incomplete: the optimization was stopped, so these figures are not its answer.', sections: optimizeSections(result) };
  }
}

function replicateSections(r: ReplicateResult): MemoSection[] {
  const method = [
    `Scenario: ${r.scenario.name}. ${r.scenario.description}`,
    `Replications: ${r.replications}, seeds ${r.seeds.first} to ${r.seeds.last} (replication k uses seed ${r.seeds.first} + k).`,
    runLength(r.days, r.warmupDays),
  ];
  const p = r.precision;
  if (p) {
    const target = p.relative ? `${p.target}% of the mean` : String(p.target);
    method.push(
      `Precision target: the 95% half-width of ${p.metric} at most ${target}, with ${p.minReplications} to ${p.maxReplications} ` +
        `replications. ${p.met ? 'Met' : 'Not met'} after ${r.replications} (half-width ${p.halfWidth.toPrecision(3)}, allowed ${p.allowedHalfWidth.toPrecision(3)}).`,
    );
  }
  const shown = KEY_METRICS.filter((m) => r.metrics[m.metric] !== undefined);
  const rows = shown.map((m) => {
    const s = r.metrics[m.metric];
    return [m.label, formatBoundedEstimate(s.mean, s.halfWidth, m), formatBoundedInterval(s.mean, s.halfWidth, m), String(s.n)];
  });
  const cut = shown.some((m) => isClipped(r.metrics[m.metric].mean, r.metrics[m.metric].halfWidth, metricBounds(m.metric)));
  return [
    { heading: 'What was run', blocks: [{ kind: 'list', items: method }] },
    {
      heading: 'Results',
      blocks: [
        { kind: 'table', header: ['Metric', 'Mean ± 95% half-width', '95% interval', 'Runs'], rows, align: ['left', 'right', 'right', 'right'] },
        ...clippedNote(cut),
      ],
    },
    readingSection(r.replications),
  ];
}

function compareSections(r: CompareResult): MemoSection[] {
  const seeds = r.mode === 'crn'
    ? `Common random numbers: both scenarios ran with seeds ${r.seeds.a.first} to ${r.seeds.a.last}, so they saw the same parcels and the same draws wherever they agree; each difference is taken run by run (paired).`
    : `Independent seeds: A ran with seeds ${r.seeds.a.first} to ${r.seeds.a.last}, B with ${r.seeds.b.first} to ${r.seeds.b.last}.`;
  const method = [
    `A: ${r.a.label} (scenario ${r.a.scenario.name}). ${r.a.scenario.description}`,
    `B: ${r.b.label} (scenario ${r.b.scenario.name}). ${r.b.scenario.description}`,
    `Replications: ${r.replications} of each. ${seeds}`,
    runLength(r.days, r.warmupDays),
  ];
  const header = ['Metric', 'A', 'B', 'Difference B − A (95% interval)'];
  const align: ('left' | 'right')[] = ['left', 'right', 'right', 'right'];
  const verdict = (metric: string) => metricVerdict(metric, r.differences[metric], r.a.metrics[metric]?.mean ?? NaN);
  const estimate = (s: MetricSummary | undefined, m: MetricLabel) => (s === undefined ? '–' : formatBoundedEstimate(s.mean, s.halfWidth, m));
  const row = (metric: string): string[] => {
    const m = metricLabel(metric);
    return [m.label, estimate(r.a.metrics[metric], m), estimate(r.b.metrics[metric], m), differenceText(r.differences[metric], m, verdict(metric))];
  };
  const key = new Set(KEY_METRICS.map((m) => m.metric));
  const keyMetrics = KEY_METRICS.map((m) => m.metric).filter((m) => r.differences[m] !== undefined);
  const rest = Object.keys(r.differences).filter((m) => !key.has(m));
  const others = rest.filter((m) => verdict(m) === 'beyond chance');
  const negligible = rest.filter((m) => verdict(m) === 'negligible' && r.differences[m].significant).length;
  const cut = [...keyMetrics, ...others].some((m) => [r.a.metrics[m], r.b.metrics[m]].some((s) => s !== undefined && isClipped(s.mean, s.halfWidth, metricBounds(m))));
  return [
    { heading: 'What was compared', blocks: [{ kind: 'list', items: method }] },
    {
      heading: 'Key results',
      blocks: [
        { kind: 'paragraph', text: VERDICT_WORDS },
        { kind: 'table', header, rows: keyMetrics.map(row), align },
        ...clippedNote(cut),
      ],
    },
    {
      heading: 'Other differences beyond chance',
      blocks: [
        others.length === 0
          ? { kind: 'paragraph', text: 'None: every other metric\'s difference is within chance or negligible.' }
          : { kind: 'table', header, rows: others.map(row), align },
        ...(negligible > 0 ? [{ kind: 'paragraph' as const, text: `${negligible} other difference${negligible === 1 ? ' excludes' : 's exclude'} zero but ${negligible === 1 ? 'is' : 'are'} negligible, and ${negligible === 1 ? 'is' : 'are'} left out.` }] : []),
      ],
    },
    readingSection(r.replications),
  ];
}

/** How to read a difference's verdict, with the negligible sizes the verdicts assume (differenceVerdict.ts). */
const VERDICT_WORDS = 'Each difference is B − A in the metric\'s unit, with its 95% interval in brackets. Beyond chance: the interval ' +
  'excludes zero, so these runs leave little doubt that B differs from A. Within chance: the interval includes zero. Negligible: ' +
  'the whole interval is smaller than half a percentage point for a share, or 1% of A\'s mean for anything else, whether or not ' +
  'it excludes zero (an assumption: a difference that small would not change how a facility is run).';

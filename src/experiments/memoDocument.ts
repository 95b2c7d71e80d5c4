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
import { KEY_METRICS, formatEstimate, formatInterval, metricLabel } from './metricLabels.js';
import type { ReplicateResult } from './replicate.js';
import { readingSection, runLength, type MemoDocument, type MemoSection } from './memoBlocks.js';
import { sweepSections } from './memoSweep.js';

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
  const rows = KEY_METRICS.filter((m) => r.metrics[m.metric] !== undefined).map((m) => {
    const s = r.metrics[m.metric];
    return [m.label, formatEstimate(s.mean, s.halfWidth, m), formatInterval(s.mean - s.halfWidth, s.mean + s.halfWidth, m), String(s.n)];
  });
  return [
    { heading: 'What was run', blocks: [{ kind: 'list', items: method }] },
    { heading: 'Results', blocks: [{ kind: 'table', header: ['Metric', 'Mean ± 95% half-width', '95% interval', 'Runs'], rows, align: ['left', 'right', 'right', 'right'] }] },
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
  const header = ['Metric', 'A', 'B', 'Difference B − A', '95% interval', 'Significant'];
  const align: ('left' | 'right')[] = ['left', 'right', 'right', 'right', 'right', 'left'];
  const row = (metric: string): string[] => {
    const m = metricLabel(metric);
    const a = r.a.metrics[metric];
    const b = r.b.metrics[metric];
    const d = r.differences[metric];
    return [m.label, formatEstimate(a.mean, a.halfWidth, m), formatEstimate(b.mean, b.halfWidth, m), formatEstimate(d.mean, d.halfWidth, m), formatInterval(d.low, d.high, m), d.significant ? 'yes' : 'no'];
  };
  const key = new Set(KEY_METRICS.map((m) => m.metric));
  const keyRows = KEY_METRICS.filter((m) => r.differences[m.metric] !== undefined).map((m) => row(m.metric));
  const others = Object.keys(r.differences).filter((m) => !key.has(m) && r.differences[m].significant).map(row);
  return [
    { heading: 'What was compared', blocks: [{ kind: 'list', items: method }] },
    {
      heading: 'Key results',
      blocks: [
        { kind: 'paragraph', text: 'A difference is significant when its 95% interval excludes zero.' },
        { kind: 'table', header, rows: keyRows, align },
      ],
    },
    {
      heading: 'Other significant differences',
      blocks: others.length === 0
        ? [{ kind: 'paragraph', text: 'None: every other metric\'s interval includes zero.' }]
        : [{ kind: 'table', header, rows: others, align }],
    },
    readingSection(r.replications),
  ];
}

/**
 * The memo of an uncertainty result, for a policy brief: what was uncertain and why (every input
 * with its distribution and its note, the source or "assumption"), how it was run, each metric's
 * band split into input uncertainty and run noise, for A against B the share of plausible worlds
 * in which B beats A, and the tornado chart (drawn in the HTML memo, a table in both).
 */
import type { UncertainInput } from './inputDraws.js';
import type { MemoSection } from './memoBlocks.js';
import { runLength } from './memoBlocks.js';
import { metricLabel } from './metricLabels.js';
import { tornadoChart } from './tornadoSvg.js';
import type { UncertaintyResult } from './uncertaintyResult.js';
import { bandText, beatsText, splitText, tornadoBarText } from './uncertaintyWords.js';

/**
 * The memo's sections.
 *
 * @example
 * uncertaintyMemo(result).map((s) => s.heading); // ['What is uncertain', 'How it was run', 'Results across plausible worlds', ...]
 */
export function uncertaintyMemo(r: UncertaintyResult): MemoSection[] {
  const u = r.uncertainty;
  const sections: MemoSection[] = [{
    heading: 'What is uncertain',
    blocks: [
      ...(u.description ? [{ kind: 'paragraph' as const, text: u.description }] : []),
      {
        kind: 'table',
        header: ['Input', 'Scenario field', 'Distribution', 'Source or assumption'],
        align: ['left', 'left', 'left', 'left'],
        rows: u.inputs.map((i) => [i.name, i.path, distributionText(i), i.note]),
      },
    ],
  }, {
    heading: 'How it was run',
    blocks: [{
      kind: 'list',
      items: [
        `Scenario${r.arms.length === 1 ? '' : 's'}: ${r.arms.map((a) => a.label).join(', ')}${r.grid ? ` (the points of the sweep "${r.grid.name}")` : ''}.`,
        `${r.outer} plausible worlds, each a draw of every input (${u.sampling === 'plain' ? 'independent random draws' : 'Latin hypercube: every input\'s range covered evenly'}, seed ${u.seed}).`,
        `${r.inner} runs in each world; within a world every scenario runs on the same seeds (common random numbers); worlds use different seeds (${r.seeds.first} to ${r.seeds.last}), so their means are independent.`,
        runLength(r.days, r.warmupDays),
      ],
    }],
  }];
  const results: MemoSection = { heading: 'Results across plausible worlds', blocks: [] };
  for (const arm of r.arms) {
    results.blocks.push({
      kind: 'table',
      header: [arm.label, 'Mean ± 95% interval; middle 90% of worlds', 'Input uncertainty against run noise (95% intervals)'],
      align: ['left', 'left', 'left'],
      rows: Object.entries(arm.metrics).map(([m, s]) => [metricLabel(m).label, bandText(m, s), splitText(m, s)]),
    });
  }
  results.blocks.push({
    kind: 'paragraph',
    text: 'Input uncertainty is how much the expected figure changes from one plausible world to another; run noise is how much a single run varies ' +
      'within one world (the luck of the day). Their split is the one-way random-effects analysis of variance over worlds and runs; the share of ' +
      'variance has an exact F interval. The middle 90% of worlds is read off the world means, each of which still holds a little run noise.',
  });
  sections.push(results);
  if (r.differences) {
    const [a, b] = r.arms.map((x) => x.label);
    sections.push({
      heading: `Does ${b} beat ${a} whatever the unknowns?`,
      blocks: [
        { kind: 'list', items: Object.entries(r.differences).map(([m, d]) => `${beatsText(m, d.beats, a, b)}.`) },
        {
          kind: 'table',
          header: [`${b} − ${a}`, 'Mean ± 95% interval; middle 90% of worlds', 'Input uncertainty against run noise'],
          align: ['left', 'left', 'left'],
          rows: Object.entries(r.differences).map(([m, d]) => [metricLabel(m).label, bandText(m, d, true), splitText(m, d)]),
        },
      ],
    });
  }
  if (r.tornado) {
    const t = r.tornado;
    const blocks: MemoSection['blocks'] = [{
      kind: 'paragraph',
      text: `Each input in turn at its ${Math.round(t.low * 100)}th and ${Math.round(t.high * 100)}th percentile, the others at their medians, ${r.inner} runs each ` +
        `on seeds ${t.seeds.first} to ${t.seeds.last}; the longest bar is the input that matters most. A swing whose interval includes 0 is within chance. ` +
        'One input at a time: interactions between inputs are not shown here (the worlds above include them).',
    }];
    for (const [m, mt] of Object.entries(t.metrics)) {
      blocks.push({ kind: 'figure', svg: tornadoChart(m, mt, t.of, t.low, t.high), caption: `Tornado of ${metricLabel(m).label.toLowerCase()} (${t.of}).` });
      blocks.push({ kind: 'list', items: mt.bars.map((bar) => tornadoBarText(m, bar)) });
    }
    sections.push({ heading: 'Which unknown matters most', blocks });
  }
  return sections;
}

/** "lognormal, median 1, sigma 0.5, multiplying the scenario's values". */
export function distributionText(i: UncertainInput): string {
  const how = i.multiplier ? ", multiplying the scenario's value" : '';
  switch (i.distribution) {
    case 'uniform':
      return `uniform from ${i.low} to ${i.high}${how}`;
    case 'triangular':
      return `triangular from ${i.low} to ${i.high}, most likely ${i.mode}${how}`;
    case 'lognormal':
      return `lognormal, median ${i.median}, sigma of the log ${i.sigma}${how}`;
  }
}

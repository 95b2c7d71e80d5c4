/**
 * The adversary experiment's memo: what was played (the scenario, the response rule with
 * its rate, the seeds), the rounds chart and table with 95% intervals, where contraband went
 * (each route's share and interdiction, first round against the last adapting one), and the
 * defender's re-tune with every candidate measured. Plain text blocks; `memo.ts` prints them as
 * Markdown or HTML.
 */
import { formatBoundedEstimate, formatBoundedInterval, isClipped, SHARE } from '../metricBounds.js';
import { metricLabel } from '../metricLabels.js';
import { clippedNote, readingSection, runLength, type MemoSection } from '../memoBlocks.js';
import type { AdversaryResult, AdversaryRound } from './adversaryResult.js';
import { DELAY_ALLOWANCE, STEP } from './retune.js';
import { roundLabel, roundsSvg, STAGE_STYLE } from './roundsChart.js';
import { DIMENSIONS, type Dimension } from './routeMetrics.js';

const RATE = metricLabel('contraband.interdictionRate');
const DELAY = metricLabel('throughput.screeningDelayParcelHours');
const DIMENSION_WORDS: Record<Dimension, string> = { origin: 'Origin', mailType: 'Mail type', declared: 'Declared as', concealment: 'Concealment' };
const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

/** The rule in words (docs/adversary.md says the same at length). */
export function ruleWords(r: AdversaryResult): string {
  return `Each round, smugglers re-weight every route's share of contraband by exp(${r.rule.rate} × its survival), the share of ` +
    `contraband on it not seized in the round before, and renormalise (exponential-weights, or logit, replicator dynamics): a route ` +
    `10 points safer than another gains a factor e^${(r.rule.rate / 10).toPrecision(3)} on it per round. A route's survival is judged ` +
    `as if it had also been seen on ${r.rule.priorParcels} parcels at the average survival, so routes seen on few parcels move less. ` +
    'Origin, mail type, declared category and concealment are chosen each on its own. The rate and the prior are assumptions.';
}

/**
 * The memo's sections.
 *
 * @example
 * adversarySections(result).map((s) => s.heading); // ['What was played', 'Interdiction by round', …]
 */
export function adversarySections(r: AdversaryResult): MemoSection[] {
  const method = [
    `Scenario: ${r.scenario.name}. ${r.scenario.description}`,
    `Rounds: ${r.rounds} (round 0 static, then ${r.rounds - 1} in which smugglers adapt)` +
      (r.retune !== null || r.roundsAfter > 0 ? `, then the defender's re-tune${r.roundsAfter > 0 ? ` and ${r.roundsAfter} more round${r.roundsAfter === 1 ? '' : 's'} of adapting to it` : ''}.` : '.'),
    `Each round: ${r.replications} replications on seeds ${r.seeds.first} to ${r.seeds.last}, the same seeds every round (common random numbers). ${runLength(r.days, r.warmupDays)}`,
    `The smugglers' rule: ${ruleWords(r)}`,
  ];
  const rows = r.played.map((p) => [
    roundLabel(p), STAGE_STYLE[p.stage].words, formatBoundedEstimate(p.interdiction.mean, p.interdiction.halfWidth, RATE),
    formatBoundedInterval(p.interdiction.mean, p.interdiction.halfWidth, RATE), p.seized.mean.toFixed(1), p.targeting,
  ]);
  const cut = r.played.some((p) => isClipped(p.interdiction.mean, p.interdiction.halfWidth, SHARE));
  const sections: MemoSection[] = [
    { heading: 'What was played', blocks: [{ kind: 'list', items: method }] },
    {
      heading: 'Interdiction by round',
      blocks: [
        { kind: 'figure', svg: roundsSvg(r.played), caption: 'Interdiction rate by round with 95% intervals. Square: static round; dots: smugglers adapting; diamond (R): targeting re-tuned; hollow dots: smugglers adapting to the re-tune.' },
        { kind: 'table', header: ['Round', 'Stage', 'Interdiction', '95% interval', 'Seized per run', 'Targeting'], rows, align: ['left', 'left', 'right', 'right', 'right', 'left'] },
        ...clippedNote(cut),
      ],
    },
  ];
  const adapted = lastAdapting(r.played);
  if (adapted !== undefined && r.played.length > 0) sections.push(routesSection(r.played[0], adapted));
  if (r.retune !== null) sections.push(retuneSection(r));
  sections.push(readingSection(r.replications));
  return sections;
}

function lastAdapting(played: readonly AdversaryRound[]): AdversaryRound | undefined {
  return [...played].reverse().find((p) => p.stage === 'adapting');
}

function routesSection(first: AdversaryRound, last: AdversaryRound): MemoSection {
  const rows: string[][] = [];
  const interval = (x: { interdiction: number; low: number; high: number; ended: number }) =>
    x.ended === 0 ? 'none ended' : `${pct(x.interdiction)} (${pct(x.low)} to ${pct(x.high)})`;
  for (const d of DIMENSIONS) {
    first.routes[d].forEach((a, i) => {
      const b = last.routes[d][i];
      rows.push([DIMENSION_WORDS[d], a.route, pct(a.share), pct(b.share), interval(a), interval(b)]);
    });
  }
  return {
    heading: 'Where contraband went',
    blocks: [
      { kind: 'paragraph', text: `Each route's share of contraband and its interdiction rate (seized among contraband parcels that left, pooled over the round's runs, with an exact 95% binomial interval) in round 0 and in round ${last.round}, the last in which smugglers adapted.` },
      { kind: 'table', header: ['Choice', 'Route', `Share, round 0`, `Share, round ${last.round}`, 'Interdiction, round 0', `Interdiction, round ${last.round}`], rows, align: ['left', 'left', 'right', 'right', 'right', 'right'] },
    ],
  };
}

function retuneSection(r: AdversaryResult): MemoSection {
  const t = r.retune!;
  const rows = t.candidates.map((c, i) => [
    `${i === t.chosen ? '▶ ' : ''}${c.label}`, formatBoundedEstimate(c.interdiction.mean, c.interdiction.halfWidth, RATE),
    formatBoundedEstimate(c.delay.mean, c.delay.halfWidth, DELAY), c.feasible ? 'yes' : 'no',
  ]);
  const g = t.gain;
  return {
    heading: "The defender's re-tune",
    blocks: [
      { kind: 'paragraph', text: `Against the adapted smugglers, on the same seeds, the defender tried each one-step change of the targeting: a rule switched on or off, a threshold or rate ${STEP} times as selective or as wide, and a risk rule re-pointed at the declared category where contraband's share grew most. It keeps the highest mean interdiction among changes that add at most ${pct(DELAY_ALLOWANCE, 0)} to the screening delay (an assumption; staffing unchanged).` },
      { kind: 'table', header: ['Change', 'Interdiction', 'Screening delay', `Delay within +${pct(DELAY_ALLOWANCE, 0)}`], rows, align: ['left', 'right', 'right', 'left'] },
      { kind: 'paragraph', text: `Kept: ${t.candidates[t.chosen].label}. Gain over no change, paired run by run: ${(g.mean * 100).toFixed(2)} points (95% interval ${((g.mean - (g.halfWidth || 0)) * 100).toFixed(2)} to ${((g.mean + (g.halfWidth || 0)) * 100).toFixed(2)}). The best of several candidates measured on the same runs looks a little better on them than it would on fresh runs (the winner's curse); the rounds after the re-tune, if any, show how it holds as smugglers answer it.` },
    ],
  };
}

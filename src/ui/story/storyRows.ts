/**
 * A parcel's story as rows of words, ready to show: what officers can see, why it was pulled,
 * each state with its time and how long it lasted, its outcome, and the hidden truth (only when
 * the parcel has left or a trainer reveals it). Pure, so the rule "the truth stays hidden while
 * the parcel is inside" is tested without a page.
 */
import type { ParcelStory } from '../../model/index.js';
import { formatDuration, formatSimTime } from '../format/simClock.js';
import { CONTRABAND_LABELS } from '../glossary.js';
import { stateLabel } from './stateLabels.js';

export interface StoryRows {
  title: string;
  visible: Array<[string, string]>;
  pulledBy: string;
  path: Array<{ state: string; label: string; time: string; lasted: string; current: boolean }>;
  outcome: string;
  /** The hidden truth, or null while it must stay hidden. */
  truth: Array<[string, string]> | null;
  /** Why the truth is hidden, when it is. */
  truthNote: string;
}

/**
 * `statsStart` is the run's opening (a snapshot's), so times read on the header's clock.
 *
 * @example
 * storyRows(story, now, false).truth; // null while story.outcome is null
 */
export function storyRows(story: ParcelStory, now: number, reveal: boolean, statsStart = 0): StoryRows {
  const v = story.visible;
  const visible: Array<[string, string]> = [
    ['Origin', v.origin],
    ['Mail type', v.mailType],
    ['Declared as', v.declared],
    ['Weight', `${v.weightKg.toFixed(2)} kg`],
    ['Declared value', `$${v.declaredValueUsd.toFixed(2)}`],
    ['Advance data (AED)', v.advanceData ? 'yes' : 'no'],
    ['Risk score', v.riskScore === null ? 'none (no advance data)' : v.riskScore.toFixed(4)],
  ];
  const pulledBy = story.pulledBy.kind === 'rule'
    ? `Rule ${story.pulledBy.ruleId}: ${story.pulledBy.why}.`
    : story.pulledBy.kind === 'compliance'
      ? `Compliance sample: ${story.pulledBy.why}.`
      : `Canine alert: ${story.pulledBy.why}.`;
  const path = story.path.map((step, i) => {
    const next = story.path[i + 1];
    const current = next === undefined && story.outcome === null;
    const lasted = next !== undefined ? formatDuration(next.time - step.time) : current ? `${formatDuration(now - step.time)} so far` : '';
    return { state: step.state, label: stateLabel(step.state), time: formatSimTime(step.time, statsStart), lasted, current };
  });
  const outcome = story.outcome === null
    ? `Still inside the facility (${stateLabel(story.path[story.path.length - 1]?.state ?? 'unknown').toLowerCase()}).`
    : { released: 'Released to the postal service for delivery.', seized: 'Seized.', detained: 'Detained for off-site confirmation.' }[story.outcome];
  const shown = story.outcome !== null || reveal;
  const t = story.truth;
  const truth: Array<[string, string]> | null = shown
    ? [
        ['Contraband', t.contraband === null ? 'none: the parcel is clean' : CONTRABAND_LABELS[t.contraband] ?? t.contraband],
        ...(t.contraband === null ? [] : [['Quantity', `${t.grams} g`], ['Deep concealment', t.deepConcealment ? 'yes' : 'no']] as Array<[string, string]>),
      ]
    : null;
  const truthNote = shown
    ? story.outcome === null ? 'Revealed by the trainer: officers do not know this yet.' : ''
    : 'Hidden while the parcel is inside, as it is from the officers. Switch on "Reveal hidden truth" to see it now.';
  return { title: `Parcel ${story.id}`, visible, pulledBy, path, outcome, truth, truthNote };
}

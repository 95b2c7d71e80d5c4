/**
 * Setting a lesson's result against the learner's prediction, honestly: the paired difference's
 * 95% interval decides whether the figure went up, went down, or stayed about the same (an
 * interval that straddles zero cannot tell, and one that lies wholly within the negligible size
 * of `differenceVerdict.ts` is a change too small to matter), and the words say how big the
 * change was.
 */
import { differenceVerdict } from '../../experiments/index.js';
import type { Prediction } from './lessons.js';

/** The paired difference B − A of the lesson's figure over its runs. */
export interface PairedDifference {
  mean: number;
  low: number;
  high: number;
  /** A's mean, to say the change as a share of it. */
  baseline: number;
  /** The size below which a change does not matter (`negligibleSize`); 0 when every change counts. */
  negligible?: number;
}

export interface Verdict {
  outcome: Prediction;
  /** True when the prediction matches the outcome. */
  right: boolean;
  /** One or two sentences for the learner. */
  words: string;
}

const OUTCOME_WORDS: Record<Prediction, string> = { up: 'went up', same: 'stayed about the same', down: 'went down' };

/**
 * The verdict on a prediction.
 *
 * @example
 * lessonVerdict('down', { mean: -6, low: -8, high: -4, baseline: 12 }, 'seizures in a week', 'parcels').right; // true
 */
export function lessonVerdict(predicted: Prediction, d: PairedDifference, figureWords: string, unit: string): Verdict {
  const negligible = differenceVerdict({ ...d, halfWidth: (d.high - d.low) / 2 }, d.negligible ?? 0) === 'negligible' && (d.low !== 0 || d.high !== 0);
  const outcome: Prediction = negligible ? 'same' : d.low > 0 ? 'up' : d.high < 0 ? 'down' : 'same';
  const right = outcome === predicted;
  const size = `${d.mean >= 0 ? '+' : '−'}${round(Math.abs(d.mean))} ${unit}`;
  const share = d.baseline !== 0 && outcome !== 'same' ? ` (${d.mean >= 0 ? '+' : '−'}${Math.round((100 * Math.abs(d.mean)) / Math.abs(d.baseline))}%)` : '';
  const interval = `95% interval ${signed(d.low)} to ${signed(d.high)}`;
  const what = negligible
    ? `The ${figureWords} stayed about the same: ${size}, ${interval}, a change too small to matter (all of it within ±${round(d.negligible ?? 0)} ${unit}).`
    : outcome === 'same'
    ? `The ${figureWords} stayed about the same: ${size}, but the ${interval} includes no change at all.`
    : `The ${figureWords} ${OUTCOME_WORDS[outcome]}: ${size}${share}, ${interval}.`;
  return { outcome, right, words: `${right ? 'Your prediction was right.' : `You predicted it ${OUTCOME_WORDS[predicted].replace('went', 'would go').replace('stayed', 'would stay')}.`} ${what}` };
}

function round(x: number): string {
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${round(Math.abs(x))}`;
}

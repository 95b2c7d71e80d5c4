/**
 * A parcel's story, for the app's "click a parcel and see why it was pulled": what officers could
 * see, which rule pulled it and why, every lifecycle state with its time, its outcome, and the
 * hidden truth (the app shows the truth only after the parcel leaves, or when a trainer reveals
 * it). Stories are kept for parcels inside and for the most recent ones to leave.
 */
import { CONTRABAND_TYPES, type ContrabandType, type Scenario } from '../scenario/schema.js';
import { parcelLifecycle } from '../machines/index.js';
import { PullReason, type ParcelStore } from './ParcelStore.js';
import type { Contents } from './contents.js';

const KEEP = 2000;

export interface StoryStep {
  state: string;
  /** Simulated time the state was entered, seconds from the start of the run. */
  time: number;
}

export interface ParcelStory {
  id: number;
  visible: {
    origin: string;
    mailType: string;
    advanceData: boolean;
    declared: string;
    weightKg: number;
    declaredValueUsd: number;
    /** Risk score 0-1, null without advance data. */
    riskScore: number | null;
  };
  pulledBy: { kind: 'rule'; ruleId: string; why: string } | { kind: 'canine'; why: string } | { kind: 'compliance'; why: string };
  path: StoryStep[];
  /** Final state, or null while the parcel is still inside. */
  outcome: 'released' | 'seized' | 'detained' | null;
  truth: { contraband: ContrabandType | null; deepConcealment: boolean; grams: number };
}

export class StoryLog {
  private readonly done = new Map<number, ParcelStory>();

  /**
   * @param thresholdAt a rule's threshold at a time (thresholds may change during the run), so a
   *   story says the threshold that pulled the parcel.
   */
  constructor(
    private readonly scenario: Scenario,
    private readonly parcels: ParcelStore,
    private readonly contents: Contents,
    private readonly thresholdAt: (rule: number, time: number) => number,
  ) {}

  /** Builds the story of the parcel in `slot` (it must be live). */
  build(slot: number): ParcelStory {
    const ps = this.parcels;
    const sc = this.scenario;
    const hist = ps.history[slot] ?? [];
    const path: StoryStep[] = [];
    for (let i = 0; i < hist.length; i += 2) path.push({ state: parcelLifecycle.states[hist[i]], time: hist[i + 1] });
    const last = path.length > 0 ? path[path.length - 1].state : '';
    const aed = ps.aed[slot] === 1;
    const score = aed ? ps.score[slot] : null;
    const type = ps.contraband[slot];
    return {
      id: ps.id[slot],
      visible: {
        origin: originWords(sc.mix.origins[ps.origin[slot]]),
        mailType: sc.mix.mailTypes[ps.mailType[slot]].name,
        advanceData: aed,
        declared: sc.mix.declared[ps.declared[slot]].name,
        weightKg: round(this.contents.weightKg(ps.uWeight[slot]), 3),
        declaredValueUsd: round(this.contents.valueUsd(ps.uValue[slot]), 2),
        riskScore: score === null ? null : round(score, 5),
      },
      pulledBy: ps.reason[slot] === PullReason.Canine
        ? { kind: 'canine', why: 'a detector dog alerted on it during a belt run' }
        : ps.reason[slot] === PullReason.Compliance
          ? { kind: 'compliance', why: 'drawn at random for the compliance sample, which is opened in full to estimate how much contraband the mail carries' }
          : { kind: 'rule', ruleId: sc.targeting.rules[ps.rule[slot]].id, why: this.why(ps.rule[slot], slot) },
      path,
      outcome: last === 'released' || last === 'seized' || last === 'detained' ? last : null,
      truth: {
        contraband: type >= 0 ? CONTRABAND_TYPES[type] : null,
        deepConcealment: ps.deep[slot] === 1,
        grams: round(ps.quantityGrams[slot], 1),
      },
    };
  }

  /** Keeps the story of a parcel that is leaving (called before its slot is freed). */
  keep(slot: number): void {
    const story = this.build(slot);
    this.done.set(story.id, story);
    if (this.done.size > KEEP) this.done.delete(this.done.keys().next().value!);
  }

  /** A recently finished parcel's story, if still kept. */
  finished(id: number): ParcelStory | undefined {
    return this.done.get(id);
  }

  /** Plain-words reason the rule matched this parcel. */
  private why(rule: number, slot: number): string {
    const r = this.scenario.targeting.rules[rule];
    const ps = this.parcels;
    const w = r.when;
    const origin = this.scenario.mix.origins[ps.origin[slot]];
    switch (w.kind) {
      case 'riskScore': {
        const score = `risk score ${ps.score[slot].toFixed(4)} is at or above the threshold ${this.thresholdAt(rule, ps.pulledAt[slot])}`;
        return w.declared === undefined ? score : `${score}, and it is declared as ${this.scenario.mix.declared[ps.declared[slot]].name}`;
      }
      case 'signature': return `its shipper, consignee and description match the profile of ${w.type} shipments (signature score at or above ${this.thresholdAt(rule, ps.pulledAt[slot])})`;
      case 'origin': return `it comes from ${originWords(origin)}, on the rule's list (${w.in.join(', ')})`;
      case 'noAedHighRisk': return `no advance electronic data, from ${originWords(origin)}, a high-risk origin`;
      case 'declared': return `declared as ${this.scenario.mix.declared[ps.declared[slot]].name}`;
      case 'random': return `random selection (rate ${w.rate})`;
      case 'receptacleSweep': return `its whole receptacle was swept (${w.rate * 100}% of ${w.highRiskOnly ? 'high-risk ' : ''}receptacles)`;
      case 'all': return 'the rule selects every parcel';
    }
  }
}

/** An origin in words for people: its label, or its code when it has none. */
function originWords(o: { code: string; label?: string }): string {
  return o.label ?? o.code;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

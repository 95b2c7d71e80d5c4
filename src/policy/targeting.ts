/**
 * Targeting: the scenario's rules, compiled into a fast first-match selector.
 *
 * Rules are data (scenario.targeting.rules); this file turns them into plain lookups so that the
 * selector costs a few comparisons per parcel. A parcel is pulled by the FIRST enabled rule that
 * matches it, in the scenario's order; that rule is the one reported as "why it was pulled".
 *
 * Randomness keeps common random numbers intact: each random rule draws from its own stream
 * (`targeting/<rule id>`), and draws the gap to its next selection (a geometric variate) rather
 * than one number per parcel, so the set of parcels it picks depends only on the parcel count,
 * never on what other rules matched. A receptacle sweep draws once per receptacle, likewise.
 *
 * A signature rule is a second, type-specific score of its own: a uniform v from its own stream,
 * which for a piece carrying the rule's contraband type becomes Φ(Φ⁻¹(v) + d′) and for every
 * other piece stays v. Its v is drawn for every parcel that reaches `select` (with advance data
 * or not, matched by an earlier rule or not), so which parcels it picks depends only on the
 * parcel order, as for a random rule. Since Φ(Φ⁻¹(v) + d′) ≥ t exactly when
 * v ≥ Φ(Φ⁻¹(t) − d′), the rule keeps two thresholds on v and never calls Φ per parcel.
 *
 * A change during the run (`change`) switches a rule on or off or moves its threshold from then
 * on; a rule switched on draws from its own stream as it would have from the start.
 *
 * @example
 * const t = new Targeting(scenario, streams);
 * t.beginReceptacle(originIdx);
 * const rule = t.select(originIdx, true, declaredIdx, 0.9991, typeIdx); // rule index, or -1
 */
import type { Rng, Streams } from '../sim/random.js';
import type { Rule, Scenario } from '../scenario/schema.js';
import { ln } from '../sim/math.js';
import { normalCdf, normalQuantile } from '../sim/distributions.js';
import { CONTRABAND_TYPES } from '../scenario/schema.js';

const enum Kind { Score, Origin, NoAedHighRisk, Declared, Random, Sweep, All, Signature }

/** Gap until the next success of a Bernoulli(p) sequence: 1, 2, ...; Infinity when p = 0. Random
 *  rules and the compliance sample pick their pieces with it. */
export function geometricGap(rng: Rng, p: number): number {
  if (p <= 0) return Infinity;
  if (p >= 1) return 1;
  return Math.floor(ln(1 - rng()) / ln(1 - p)) + 1;
}

export class Targeting {
  /** The scenario's rules, in order (disabled ones included, so indices match the scenario). */
  readonly rules: readonly Rule[];
  private active: number[] = []; // indices of enabled rules, in order
  private readonly on: boolean[] = []; // each rule enabled now
  /** Thresholds changed during the run, in time order, for the stories of parcels pulled before. */
  private readonly thresholdChanges: { time: number; rule: number; atLeast: number }[] = [];
  private readonly kind: Kind[] = [];
  private readonly threshold: number[] = [];
  /** Signature rules: the rule's contraband type index, and the threshold on v for a piece of that type. */
  private readonly signatureType: number[] = [];
  private readonly typeThreshold: number[] = [];
  private readonly originSet: Uint8Array[] = [];
  private readonly declaredSet: Uint8Array[] = [];
  private readonly highRisk: Uint8Array;
  private readonly rng: (Rng | null)[] = [];
  private readonly countdown: number[] = [];
  private readonly rate: number[] = [];
  private readonly sweepHighRiskOnly: boolean[] = [];
  private readonly swept: boolean[] = [];
  // Position in `active` of the last rule that must draw for every parcel (random or signature):
  // once a rule has matched past it, the remaining rules cannot change anything and are skipped.
  private lastRandom = -1;

  constructor(scenario: Scenario, private readonly streams: Streams) {
    this.rules = scenario.targeting.rules;
    const origins = scenario.mix.origins.map((o) => o.code);
    const declared = scenario.mix.declared.map((d) => d.name);
    this.highRisk = Uint8Array.from(scenario.mix.origins, (o) => (o.highRisk ? 1 : 0));
    this.rules.forEach((rule, i) => {
      const w = rule.when;
      const set = (names: string[], all: string[]) => Uint8Array.from(all, (n) => (names.includes(n) ? 1 : 0));
      this.kind[i] = { riskScore: Kind.Score, origin: Kind.Origin, noAedHighRisk: Kind.NoAedHighRisk, declared: Kind.Declared, random: Kind.Random, receptacleSweep: Kind.Sweep, all: Kind.All, signature: Kind.Signature }[w.kind];
      this.threshold[i] = w.kind === 'riskScore' || w.kind === 'signature' ? w.atLeast : 0;
      this.signatureType[i] = w.kind === 'signature' ? CONTRABAND_TYPES.indexOf(w.type) : -1;
      this.typeThreshold[i] = w.kind === 'signature' ? signatureThreshold(w.atLeast, w.separation) : 0;
      this.originSet[i] = w.kind === 'origin' ? set(w.in, origins) : new Uint8Array(0);
      // A risk-score rule without a declared filter accepts every category: one lookup either way.
      this.declaredSet[i] = w.kind === 'declared' ? set(w.in, declared)
        : w.kind === 'riskScore' ? set(w.declared ?? declared, declared) : new Uint8Array(0);
      this.rate[i] = w.kind === 'random' || w.kind === 'receptacleSweep' ? w.rate : 0;
      this.sweepHighRiskOnly[i] = w.kind === 'receptacleSweep' && w.highRiskOnly;
      this.swept[i] = false;
      this.rng[i] = null;
      this.countdown[i] = Infinity;
      this.on[i] = false;
      if (rule.enabled) this.switchOn(i);
    });
    this.refreshActive();
  }

  /** A change during the run: rule `i` switched on or off, or given the threshold `atLeast`, from `now`. */
  change(i: number, enabled: boolean | undefined, atLeast: number | undefined, now: number): void {
    const w = this.rules[i].when;
    if (atLeast !== undefined && (w.kind === 'riskScore' || w.kind === 'signature')) {
      this.threshold[i] = atLeast;
      if (w.kind === 'signature') this.typeThreshold[i] = signatureThreshold(atLeast, w.separation);
      this.thresholdChanges.push({ time: now, rule: i, atLeast });
    }
    if (enabled === undefined || enabled === this.on[i]) return;
    if (enabled) this.switchOn(i);
    else {
      this.on[i] = false;
      this.swept[i] = false;
    }
    this.refreshActive();
  }

  /** Rule `i`'s threshold at time `time` (seconds): the scenario's, or the last change before. */
  thresholdAt(i: number, time: number): number {
    for (let k = this.thresholdChanges.length - 1; k >= 0; k--) {
      const c = this.thresholdChanges[k];
      if (c.rule === i && c.time <= time) return c.atLeast;
    }
    const w = this.rules[i].when;
    return w.kind === 'riskScore' || w.kind === 'signature' ? w.atLeast : NaN;
  }

  /** Rule `i` is on: a random rule starts its count-down from a fresh gap. */
  private switchOn(i: number): void {
    const w = this.rules[i].when;
    this.on[i] = true;
    const random = w.kind === 'random' || w.kind === 'receptacleSweep' || w.kind === 'signature';
    if (random) this.rng[i] ??= this.streams.get(`targeting/${this.rules[i].id}`);
    this.countdown[i] = w.kind === 'random' ? geometricGap(this.rng[i]!, w.rate) : Infinity;
  }

  /** The enabled rules in order, and the last of them that draws for every parcel. */
  private refreshActive(): void {
    this.active = [];
    this.lastRandom = -1;
    this.rules.forEach((rule, i) => {
      if (!this.on[i]) return;
      this.active.push(i);
      const k = rule.when.kind;
      if (k === 'random' || k === 'signature') this.lastRandom = this.active.length - 1;
    });
  }

  /** Decides, once per receptacle, which sweep rules take the whole receptacle. */
  beginReceptacle(origin: number): void {
    for (const i of this.active) {
      if (this.kind[i] !== Kind.Sweep) continue;
      const u = this.rng[i]!(); // always drawn, so the sweep sample ignores other rules
      this.swept[i] = u < this.rate[i] && (!this.sweepHighRiskOnly[i] || this.highRisk[origin] === 1);
    }
  }

  /** Ends the receptacle context (parcels arriving one by one are never swept). */
  endReceptacle(): void {
    for (const i of this.active) this.swept[i] = false;
  }

  /**
   * The index of the first enabled rule that selects this parcel, or -1.
   * `score` is NaN when the parcel has no advance electronic data; `type` is the index of the
   * contraband type the parcel carries (-1: clean), which only signature rules look at.
   */
  select(origin: number, aed: boolean, declared: number, score: number, type: number): number {
    let chosen = -1;
    const active = this.active;
    for (let j = 0; j < active.length; j++) {
      const i = active[j];
      let hit: boolean;
      switch (this.kind[i]) {
        case Kind.Score: hit = score >= this.threshold[i] && this.declaredSet[i][declared] === 1; break;
        case Kind.Origin: hit = this.originSet[i][origin] === 1; break;
        case Kind.NoAedHighRisk: hit = !aed && this.highRisk[origin] === 1; break;
        case Kind.Declared: hit = this.declaredSet[i][declared] === 1; break;
        case Kind.Sweep: hit = this.swept[i]; break;
        case Kind.All: hit = true; break;
        case Kind.Signature: { // v drawn for every parcel, whatever earlier rules did or whether it has AED
          const v = this.rng[i]!();
          hit = aed && v >= (type === this.signatureType[i] ? this.typeThreshold[i] : this.threshold[i]);
          break;
        }
        default: // Random: count down every parcel, whatever earlier rules did.
          hit = --this.countdown[i] === 0;
          if (hit) this.countdown[i] = geometricGap(this.rng[i]!, this.rate[i]);
      }
      if (hit && chosen < 0) {
        chosen = i;
        if (j >= this.lastRandom) return chosen;
      }
    }
    return chosen;
  }
}

/** Φ(Φ⁻¹(v) + d′) ≥ t  ⇔  v ≥ Φ(Φ⁻¹(t) − d′) (Φ is increasing); t = 0 gives 0 and t = 1 gives 1, as they should. */
function signatureThreshold(atLeast: number, separation: number): number {
  return normalCdf(normalQuantile(atLeast) - separation);
}

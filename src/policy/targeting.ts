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
 * @example
 * const t = new Targeting(scenario, streams, originIndexOf);
 * t.beginReceptacle(originIdx);
 * const rule = t.select(originIdx, true, declaredIdx, 0.9991); // rule index, or -1
 */
import type { Rng, Streams } from '../sim/random.js';
import type { Rule, Scenario } from '../scenario/schema.js';
import { ln } from '../sim/math.js';

const enum Kind { Score, Origin, NoAedHighRisk, Declared, Random, Sweep, All }

/** Gap until the next success of a Bernoulli(p) sequence: 1, 2, ...; Infinity when p = 0. */
function geometricGap(rng: Rng, p: number): number {
  if (p <= 0) return Infinity;
  if (p >= 1) return 1;
  return Math.floor(ln(1 - rng()) / ln(1 - p)) + 1;
}

export class Targeting {
  /** The scenario's rules, in order (disabled ones included, so indices match the scenario). */
  readonly rules: readonly Rule[];
  private readonly active: number[] = []; // indices of enabled rules, in order
  private readonly kind: Kind[] = [];
  private readonly threshold: number[] = [];
  private readonly originSet: Uint8Array[] = [];
  private readonly declaredSet: Uint8Array[] = [];
  private readonly highRisk: Uint8Array;
  private readonly rng: (Rng | null)[] = [];
  private readonly countdown: number[] = [];
  private readonly rate: number[] = [];
  private readonly sweepHighRiskOnly: boolean[] = [];
  private readonly swept: boolean[] = [];
  private lastRandom = -1; // position in `active` of the last random rule: later hits can stop early

  constructor(scenario: Scenario, streams: Streams) {
    this.rules = scenario.targeting.rules;
    const origins = scenario.mix.origins.map((o) => o.code);
    const declared = scenario.mix.declared.map((d) => d.name);
    this.highRisk = Uint8Array.from(scenario.mix.origins, (o) => (o.highRisk ? 1 : 0));
    this.rules.forEach((rule, i) => {
      const w = rule.when;
      const set = (names: string[], all: string[]) => Uint8Array.from(all, (n) => (names.includes(n) ? 1 : 0));
      this.kind[i] = { riskScore: Kind.Score, origin: Kind.Origin, noAedHighRisk: Kind.NoAedHighRisk, declared: Kind.Declared, random: Kind.Random, receptacleSweep: Kind.Sweep, all: Kind.All, signature: Kind.All }[w.kind]; // signature: placeholder, being built
      this.threshold[i] = w.kind === 'riskScore' ? w.atLeast : 0;
      this.originSet[i] = w.kind === 'origin' ? set(w.in, origins) : new Uint8Array(0);
      this.declaredSet[i] = w.kind === 'declared' ? set(w.in, declared) : new Uint8Array(0);
      this.rate[i] = w.kind === 'random' || w.kind === 'receptacleSweep' ? w.rate : 0;
      this.sweepHighRiskOnly[i] = w.kind === 'receptacleSweep' && w.highRiskOnly;
      this.swept[i] = false;
      const random = w.kind === 'random' || w.kind === 'receptacleSweep';
      this.rng[i] = random && rule.enabled ? streams.get(`targeting/${rule.id}`) : null;
      this.countdown[i] = w.kind === 'random' && rule.enabled ? geometricGap(this.rng[i]!, w.rate) : Infinity;
      if (rule.enabled) this.active.push(i);
      if (rule.enabled && w.kind === 'random') this.lastRandom = this.active.length - 1;
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
   * `score` is NaN when the parcel has no advance electronic data.
   */
  select(origin: number, aed: boolean, declared: number, score: number): number {
    let chosen = -1;
    const active = this.active;
    for (let j = 0; j < active.length; j++) {
      const i = active[j];
      let hit: boolean;
      switch (this.kind[i]) {
        case Kind.Score: hit = score >= this.threshold[i]; break;
        case Kind.Origin: hit = this.originSet[i][origin] === 1; break;
        case Kind.NoAedHighRisk: hit = !aed && this.highRisk[origin] === 1; break;
        case Kind.Declared: hit = this.declaredSet[i][declared] === 1; break;
        case Kind.Sweep: hit = this.swept[i]; break;
        case Kind.All: hit = true; break;
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

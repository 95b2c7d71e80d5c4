/**
 * What is in the mail: each parcel's visible attributes and its hidden truth.
 *
 * Truth (contraband type, concealment, quantity) is drawn when a receptacle is created, by
 * skipping straight to the next contraband parcel with a geometric gap: with about 100
 * contraband parcels per million, this costs a few draws per receptacle instead of one per
 * parcel. Visible attributes (advance data, declared category, weight, value, risk score) are
 * drawn when the parcel comes off the induction line, six uniforms per parcel, from a stream
 * private to its receptacle, so the same receptacle always holds the same parcels however the
 * facility is staffed (common random numbers).
 *
 * The risk score is a percentile in [0, 1]: a clean parcel's score is uniform, a contraband
 * parcel's is Φ(Φ⁻¹(u) + d′), where d′ depends on the contraband type: scenario.riskScore
 * .separationByType[type] when the scenario lists that type (intelligence on one supply chain
 * sharpens the score for that type only), scenario.riskScore.separation otherwise. A threshold t
 * then flags a share 1 − t of clean parcels and 1 − Φ(Φ⁻¹(t) − d′) of contraband of that type.
 * Parcels without advance electronic data have no score (NaN). The score's uniform is drawn
 * whatever the type and d′, so changing one type's d′ moves no other draw.
 */
import { cumulativeWeights, discrete, normalCdf, normalQuantile, sampler, type Sampler } from '../sim/distributions.js';
import type { Rng } from '../sim/random.js';
import { CONTRABAND_TYPES, type Scenario } from '../scenario/schema.js';
import { ln, log1p } from '../sim/math.js';

/** A receptacle (sack or tray of mail) from one origin's dispatch. */
export interface Receptacle {
  id: number;
  origin: number;
  mailType: number;
  pieces: number;
  landedAt: number;
  tenderAt: number;
  /** Contraband parcels as flat groups of four: position, type index, deep (0/1), grams. */
  contraband: number[] | null;
}

/** Scratch record filled by `Contents.visible` (reused to avoid allocation). */
export interface Visible {
  aed: boolean;
  declared: number;
  score: number;
  uWeight: number;
  uValue: number;
  /** Seeds the parcel's own stream if it is pulled (service times, screening luck). */
  uSeed: number;
}

export class Contents {
  /** Contraband probability per parcel, by origin × mailType. */
  readonly rate: Float64Array;
  readonly originCum: Float64Array;
  readonly mailCum: Float64Array;
  private readonly typeCum: Float64Array;
  private readonly declaredClean: Float64Array;
  private readonly declaredBad: Float64Array;
  private readonly quantity: Sampler[];
  private readonly deepShare: number[];
  private readonly aedRate: number[];
  /** d′ of the risk score by contraband type index (built once: the per-parcel path only indexes it). */
  private readonly separation: Float64Array;
  private readonly weight: Sampler;
  private readonly value: Sampler;
  private replayU = 0;
  private readonly replay: Rng = () => this.replayU;
  readonly mailTypes: number;

  constructor(scenario: Scenario) {
    const { origins, mailTypes, declared } = scenario.mix;
    const perMillion = CONTRABAND_TYPES.map((t) => scenario.contraband[t].perMillion);
    const total = perMillion.reduce((a, b) => a + b, 0) / 1e6;
    // Scale origin × mail-type multipliers so the overall rate equals the per-million total.
    let norm = 0;
    for (const o of origins) for (const m of mailTypes) norm += o.share * m.share * o.prevalenceMultiplier * m.prevalenceMultiplier;
    this.mailTypes = mailTypes.length;
    this.rate = new Float64Array(origins.length * mailTypes.length);
    origins.forEach((o, i) => mailTypes.forEach((m, j) => {
      this.rate[i * mailTypes.length + j] = norm > 0 ? Math.min(1, (total * o.prevalenceMultiplier * m.prevalenceMultiplier) / norm) : 0;
    }));
    this.originCum = cumulativeWeights(origins.map((o) => o.share));
    this.mailCum = cumulativeWeights(mailTypes.map((m) => m.share));
    this.typeCum = total > 0 ? cumulativeWeights(perMillion) : new Float64Array(0);
    this.declaredClean = cumulativeWeights(declared.map((d) => d.cleanShare));
    this.declaredBad = cumulativeWeights(declared.map((d) => d.contrabandShare));
    this.quantity = CONTRABAND_TYPES.map((t) => sampler(scenario.contraband[t].quantityGrams));
    this.deepShare = CONTRABAND_TYPES.map((t) => scenario.contraband[t].deepConcealmentShare);
    this.aedRate = origins.map((o) => o.aedRate);
    const { separation, separationByType } = scenario.riskScore;
    this.separation = Float64Array.from(CONTRABAND_TYPES, (t) => separationByType[t] ?? separation);
    this.weight = sampler(scenario.mix.weightKg);
    this.value = sampler(scenario.mix.declaredValueUsd);
  }

  /** Contraband probability for a parcel of this origin and mail type. */
  rateOf(origin: number, mailType: number): number {
    return this.rate[origin * this.mailTypes + mailType];
  }

  /** Which of `pieces` parcels carry contraband (flat groups of four), or null for none. */
  truth(rng: Rng, pieces: number, p: number): number[] | null {
    if (p <= 0) return null;
    let out: number[] | null = null;
    const logq = log1p(-p);
    for (let pos = -1; ;) {
      pos += p >= 1 ? 1 : Math.floor(ln(1 - rng()) / logq) + 1;
      if (pos >= pieces) return out;
      (out ??= []).push(pos, ...this.kind(rng));
    }
  }

  /** Type, concealment and quantity of one contraband parcel (three draws). */
  kind(rng: Rng): [type: number, deep: number, grams: number] {
    const type = discrete(rng, this.typeCum);
    const deep = rng() < this.deepShare[type] ? 1 : 0;
    return [type, deep, this.quantity[type].sample(rng)];
  }

  /** Draws a parcel's visible attributes into `out` (always six draws). */
  visible(rng: Rng, origin: number, contrabandType: number, out: Visible): void {
    out.aed = rng() < this.aedRate[origin];
    out.declared = discrete(rng, contrabandType < 0 ? this.declaredClean : this.declaredBad);
    const u = rng();
    out.score = !out.aed ? NaN : contrabandType < 0 ? u : normalCdf(normalQuantile(u) + this.separation[contrabandType]);
    out.uWeight = rng();
    out.uValue = rng();
    out.uSeed = rng();
  }

  /** Weight, kg, from the uniform drawn for it (computed only for parcels that are pulled). */
  weightKg(u: number): number {
    this.replayU = u;
    return this.weight.sample(this.replay);
  }

  valueUsd(u: number): number {
    this.replayU = u;
    return this.value.sample(this.replay);
  }
}

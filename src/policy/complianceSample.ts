/**
 * The compliance sample: a random share of ALL arriving pieces, chosen before any targeting rule,
 * pulled straight to a full exam. Because the choice ignores everything officers can see, the
 * share of sampled pieces found to carry contraband estimates prevalence without the bias of
 * targeting, which is the only check the model offers on its prevalence assumption.
 *
 * Like a random rule, it draws the gap to its next pick (a geometric variate) from its own stream
 * (`compliance`), so the pieces it picks depend only on the order pieces come off the belt, never
 * on staffing or on the rules (common random numbers).
 *
 * @example
 * const sample = new ComplianceSample(0.0001, streams.get('compliance'));
 * if (sample.next()) { ... } // once per piece, in belt order
 */
import type { Rng } from '../sim/random.js';
import { geometricGap } from './targeting.js';

export class ComplianceSample {
  private countdown: number;

  constructor(private readonly rate: number, private readonly rng: Rng) {
    this.countdown = geometricGap(rng, rate);
  }

  /** True when this piece (the next in belt order) is sampled. */
  next(): boolean {
    if (--this.countdown !== 0) return false;
    this.countdown = geometricGap(this.rng, this.rate);
    return true;
  }
}

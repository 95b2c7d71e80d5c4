/**
 * The belt: where every parcel's fate at the facility is first decided. As a receptacle comes off
 * its induction line (or a parcel arrives on its own), each parcel's visible attributes are drawn,
 * the targeting rules are applied, a working dog may sniff it, and the rest are released to the
 * postal service on the spot. This is the per-parcel hot path: released parcels never get a slot
 * or an event, only a count (their lifecycle, awaitingInduction → released, is one transition the
 * tests check against the machine).
 */
import { discrete } from '../sim/distributions.js';
import { createStream, type Rng } from '../sim/random.js';
import type { Targeting } from '../policy/targeting.js';
import type { CanineTeams } from './CanineTeams.js';
import type { Contents, Receptacle, Visible } from './contents.js';
import type { ComplianceSample } from '../policy/complianceSample.js';
import type { Metrics } from './Metrics.js';
import type { ParcelFlow, PulledParcel } from './ParcelFlow.js';
import { NO_CONTRABAND, PullReason } from './ParcelStore.js';

/** What happened to a parcel on the belt. */
const enum Fate { Released = 0, SniffedReleased = 1, PulledByRule = 2, PulledByDog = 3, HoldRefused = 4, Sampled = 5 }
const sniffed = (f: Fate) => f === Fate.SniffedReleased || f === Fate.PulledByDog;
const released = (f: Fate) => f === Fate.Released || f === Fate.SniffedReleased || f === Fate.HoldRefused;

export class Belt {
  private readonly vis: Visible = { aed: false, declared: 0, score: 0, uWeight: 0, uValue: 0, uSeed: 0 };
  // Reused record for the rare parcel that is pulled (avoids an allocation per parcel).
  private readonly pulled: PulledParcel = {
    id: 0, origin: 0, mailType: 0, declared: 0, aed: false, score: 0, uWeight: 0, uValue: 0, uSeed: 0, type: -1, deep: 0, grams: 0, arrivedAt: 0, landedAt: 0,
  };
  private landedAt = 0;
  private arrivals = 0;

  constructor(
    private readonly seed: number,
    private readonly contents: Contents,
    private readonly targeting: Targeting,
    private readonly canine: CanineTeams,
    private readonly canineRng: Rng,
    private readonly metrics: Metrics,
    private readonly flow: ParcelFlow,
    private readonly compliance: ComplianceSample,
  ) {}

  /** A receptacle came off an induction line at `now`: every parcel in it is targeted, sniffed or released. */
  receptacle(r: Receptacle, now: number): void {
    // The receptacle's own stream: its parcels are the same whatever the facility did before.
    const rng = createStream(this.seed, `parcels/${r.id}`);
    const c = r.contraband;
    let ci = 0;
    let sniffs = this.canine.take(r.pieces);
    let releasedCount = 0;
    this.targeting.beginReceptacle(r.origin);
    this.landedAt = r.landedAt;
    for (let k = 0; k < r.pieces; k++) {
      let type = NO_CONTRABAND;
      let deep = 0;
      let grams = 0;
      if (c !== null && ci < c.length && c[ci] === k) {
        type = c[ci + 1];
        deep = c[ci + 2];
        grams = c[ci + 3];
        ci += 4;
      }
      const fate = this.sort(r.id * 1000 + k, r.origin, r.mailType, type, deep, grams, r.tenderAt, rng, sniffs > 0);
      if (sniffed(fate)) sniffs--;
      if (released(fate)) releasedCount++;
    }
    this.targeting.endReceptacle();
    this.canine.giveBack(sniffs);
    if (releasedCount > 0) this.metrics.release(releasedCount, now - r.landedAt, now - r.tenderAt);
  }

  /** One parcel arriving on its own (Poisson arrivals): no receptacle and no induction line. */
  single(rng: Rng, now: number): void {
    const ct = this.contents;
    const origin = discrete(rng, ct.originCum);
    const mailType = discrete(rng, ct.mailCum);
    const p = ct.rateOf(origin, mailType);
    let type = NO_CONTRABAND, deep = 0, grams = 0;
    if (p > 0 && rng() < p) [type, deep, grams] = ct.kind(rng);
    this.metrics.arrive(1, origin);
    if (type >= 0) this.metrics.arriveContraband(type);
    const canSniff = this.canine.take(1) === 1;
    this.landedAt = now;
    const fate = this.sort(this.arrivals++, origin, mailType, type, deep, grams, now, rng, canSniff);
    if (canSniff && !sniffed(fate)) this.canine.giveBack(1);
    if (released(fate)) this.metrics.release(1, 0, 0);
  }

  /** Targets, sniffs or releases one parcel (the caller counts releases in bulk). */
  private sort(id: number, origin: number, mailType: number, type: number, deep: number, grams: number,
    arrivedAt: number, rng: Rng, canSniff: boolean): Fate {
    const vis = this.vis;
    this.contents.visible(rng, origin, type, vis);
    const rule = this.targeting.select(origin, vis.aed, vis.declared, vis.score, type);
    // The compliance sample overrides the rules (it must ignore what officers see); the rules ran all the same,
    // so their random draws stay aligned whether or not a sample is taken.
    if (this.compliance.next()) {
      this.flow.pull(this.record(id, origin, mailType, type, deep, grams, arrivedAt), -1, PullReason.Compliance);
      return Fate.Sampled;
    }
    if (rule >= 0) {
      const pulled = this.flow.pull(this.record(id, origin, mailType, type, deep, grams, arrivedAt), rule, PullReason.Rule);
      return pulled ? Fate.PulledByRule : Fate.HoldRefused;
    }
    if (canSniff) {
      this.metrics.canineScreened++;
      if (this.flow.screening.canineAlert(type, this.canineRng())) {
        this.metrics.canineAlerts++;
        this.flow.pull(this.record(id, origin, mailType, type, deep, grams, arrivedAt), -1, PullReason.Canine);
        return Fate.PulledByDog;
      }
    }
    if (type >= 0) {
      this.metrics.contrabandMissed[type]++;
      this.metrics.routes.end(origin, mailType, vis.declared, deep, false);
    }
    return canSniff ? Fate.SniffedReleased : Fate.Released;
  }

  private record(id: number, origin: number, mailType: number, type: number, deep: number, grams: number, arrivedAt: number): PulledParcel {
    const p = this.pulled;
    const vis = this.vis;
    p.id = id; p.origin = origin; p.mailType = mailType; p.declared = vis.declared; p.aed = vis.aed; p.score = vis.score;
    p.uWeight = vis.uWeight; p.uValue = vis.uValue; p.uSeed = vis.uSeed; p.type = type; p.deep = deep; p.grams = grams; p.arrivedAt = arrivedAt;
    p.landedAt = this.landedAt;
    return p;
  }
}

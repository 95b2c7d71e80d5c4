/**
 * The journey of a pulled parcel: hold and presentation, station queues and service, what each
 * screening finds, and the parcel's end (released, seized or detained).
 *
 * The backlog has consequences (docs/model.md, "Backlog"): a hold the postal service has no room
 * for is refused (the parcel goes on with the mail), and a pulled parcel whose ordered screening
 * has not started within the scenario's wait limit is released unscreened. Alarmed parcels waiting
 * to be opened and compliance samples are never dropped: an alarm is a lead, and the sample must
 * be examined in full to estimate prevalence.
 *
 * Every step fires an event of the parcel machine through its compiled table (`Lifecycle`), so an
 * impossible move is caught at once. Stations that are switched off are passed through with no
 * wait and no officer, applying the same outcome rules, so a scenario can drop a step cleanly.
 *
 * Queues and officers are the dispatcher's (Dispatcher.ts): the flow asks it to queue a parcel,
 * and it says when service starts and with whom; the flow then times the service and, at its end,
 * decides what the station found before the officer is released.
 *
 * Each pulled parcel draws its hold outcome, service times and screening results from its own
 * stream, seeded from its receptacle's stream like its other attributes. So a change of targeting
 * or staffing, which changes which parcels are pulled and when they are served, never changes
 * what a given parcel's screening finds or how long it takes (common random numbers).
 */
import type { Kernel } from '../sim/Kernel.js';
import type { Rng } from '../sim/random.js';
import { nextCounter, seedCounter } from '../sim/counterStream.js';
import { sampler, type Sampler } from '../sim/distributions.js';
import { CONTRABAND_TYPES, type QueueStationName, type Scenario } from '../scenario/schema.js';
import { parcelLifecycle } from '../machines/index.js';
import { Dispatcher } from './Dispatcher.js';
import { Lifecycle, type LifecycleRecorder } from './Lifecycle.js';
import type { Metrics } from './Metrics.js';
import { PullReason, type ParcelStore } from './ParcelStore.js';
import type { QueueStation } from './QueueStation.js';
import type { StoryLog } from './StoryLog.js';
import { Screening } from './screening.js';

const E = parcelLifecycle.event;
const ORDER_PULL = { xray: E.PULL_XRAY, ct: E.PULL_CT, exam: E.PULL_EXAM } as const;
const ORDER_PRESENT = { xray: E.PRESENTED_XRAY, ct: E.PRESENTED_CT, exam: E.PRESENTED_EXAM } as const;
const SCREENS = 2; // stations 0..2 (xray, ct, exam) count as "screened"
const P = parcelLifecycle.state;

/** The visible and hidden attributes of a parcel being pulled off the belt. */
export interface PulledParcel {
  id: number;
  origin: number;
  mailType: number;
  declared: number;
  aed: boolean;
  score: number;
  uWeight: number;
  uValue: number;
  uSeed: number;
  type: number;
  deep: number;
  grams: number;
  arrivedAt: number;
  landedAt: number;
}

/** What the flow needs to know about the run besides the scenario. */
export interface FlowOptions {
  /** Start of the statistics window, seconds (the end of the warm-up; 0 without one). */
  statsStart: number;
}

export class ParcelFlow {
  readonly screening: Screening;
  /** Who serves what, and when; it owns the stations' queues and staff, and the officers (`dispatcher.staffing`). */
  readonly dispatcher: Dispatcher;
  private readonly life: Lifecycle;
  /** The current parcel's own stream, for samplers (set `current` first). */
  private current = 0;
  private readonly own: Rng = () => nextCounter(this.parcels.rng, this.current);
  private readonly holdSearch: Sampler;
  private readonly labTurnaround: Sampler;
  private readonly evDone: number[];
  private readonly evHold: number;
  private readonly evLab: number;
  private readonly evWaitLimit: number;
  private readonly maxWaitSeconds: number | null;
  private readonly holdCapacity: number;
  private readonly xrayPenalty: number;
  private readonly xrayFreshSeconds: number;
  /** Parcels held (waiting for the postal service to present them) now. */
  private held = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly kernel: Kernel,
    private readonly parcels: ParcelStore,
    private readonly metrics: Metrics,
    private readonly stations: Record<QueueStationName, QueueStation>,
    stationList: QueueStation[],
    private readonly storyLog: StoryLog | null,
    recorder: LifecycleRecorder | null,
    private readonly options: FlowOptions,
  ) {
    const backlog = scenario.backlog;
    this.maxWaitSeconds = backlog.maxWaitHours === null ? null : backlog.maxWaitHours * 3600;
    this.holdCapacity = backlog.holdCapacity ?? Infinity;
    this.xrayPenalty = scenario.stations.xray.vigilance.detectionPenalty;
    this.xrayFreshSeconds = scenario.stations.xray.vigilance.afterMinutesOnTask * 60;
    this.screening = new Screening(scenario);
    this.life = new Lifecycle(parcelLifecycle, recorder);
    this.holdSearch = sampler(scenario.targeting.holds.searchMinutes, 60);
    this.labTurnaround = sampler(scenario.stations.lab.turnaroundMinutes, 60);
    this.evDone = stationList.map((s) => kernel.register(`${s.name} done`, (slot) => this.serviceDone(s, slot)));
    this.evHold = kernel.register('hold search done', (slot) => this.holdDone(slot));
    this.evLab = kernel.register('lab result', (slot) => this.labDone(slot));
    this.evWaitLimit = kernel.register('wait limit reached', (slot) => this.waitLimit(slot));
    this.dispatcher = new Dispatcher(scenario, kernel, parcels, stationList, {
      started: (st, slot) => this.startService(st, slot),
      handedBack: (_st, slot) => this.handedBack(slot),
    }, recorder);
  }

  /**
   * Takes a parcel off the belt: pulled by rule `rule`, or (rule -1) by a dog's alert or the
   * compliance sample. Returns false when the rule asks for a hold and the hold area is full: the
   * hold is refused and the parcel stays with the mail (the caller counts it released).
   */
  pull(p: PulledParcel, rule: number, reason: PullReason): boolean {
    const m = this.metrics;
    if (reason === PullReason.Rule && this.scenario.targeting.rules[rule].hold && this.held >= this.holdCapacity) {
      m.rulePulled[rule]++;
      if (p.type >= 0) {
        m.ruleContraband[rule]++;
        m.contrabandMissed[p.type]++;
      }
      m.holdsRefused++;
      m.releaseUnscreened(p.type);
      return false;
    }
    const ps = this.parcels;
    const slot = ps.allocate();
    m.pulledInside.set(this.kernel.now, ps.live);
    ps.id[slot] = p.id;
    ps.state[slot] = parcelLifecycle.initial;
    ps.origin[slot] = p.origin;
    ps.mailType[slot] = p.mailType;
    ps.declared[slot] = p.declared;
    ps.aed[slot] = p.aed ? 1 : 0;
    ps.score[slot] = p.score;
    ps.uWeight[slot] = p.uWeight;
    ps.uValue[slot] = p.uValue;
    ps.contraband[slot] = p.type;
    ps.deep[slot] = p.deep;
    ps.quantityGrams[slot] = p.grams;
    ps.arrivedAt[slot] = p.arrivedAt;
    ps.landedAt[slot] = p.landedAt;
    ps.pulledAt[slot] = this.kernel.now;
    ps.deadline[slot] = reason !== PullReason.Compliance && this.maxWaitSeconds !== null
      ? this.kernel.scheduleIn(this.maxWaitSeconds, this.evWaitLimit, slot)
      : -1;
    ps.rule[slot] = rule;
    ps.reason[slot] = reason;
    ps.screened[slot] = 0;
    seedCounter(ps.rng, slot, p.uSeed);
    if (this.storyLog !== null) ps.history[slot] = [parcelLifecycle.initial, p.arrivedAt];
    if (reason === PullReason.Canine) {
      this.fire(slot, E.CANINE_ALERT);
      this.join(this.stations.exam, slot);
      return true;
    }
    if (reason === PullReason.Compliance) {
      m.complianceSampled++;
      this.fire(slot, E.PULL_EXAM);
      this.join(this.stations.exam, slot);
      return true;
    }
    m.rulePulled[rule]++;
    if (p.type >= 0) m.ruleContraband[rule]++;
    const r = this.scenario.targeting.rules[rule];
    if (!r.hold) {
      this.fire(slot, ORDER_PULL[r.order]);
      this.join(this.stations[r.order], slot);
      return true;
    }
    this.fire(slot, E.TARGETED_HOLD);
    this.held++;
    ps.pending[slot] = this.kernel.scheduleIn(this.holdSearch.sample(this.rngOf(slot)), this.evHold, slot);
    return true;
  }

  /** Shift end under the hand-over rule: the service in progress is dropped, and the parcel
   *  (which the dispatcher puts back at the head of its queue) waits again from now. */
  private handedBack(slot: number): void {
    const ps = this.parcels;
    this.kernel.cancel(ps.pending[slot]);
    this.fire(slot, E.HANDOVER);
    ps.queuedAt[slot] = this.kernel.now;
  }

  private holdDone(slot: number): void {
    this.held--;
    const h = this.scenario.targeting.holds;
    const rng = this.rngOf(slot);
    const presented = rng() < h.presentProbability; // both always drawn, so later draws stay aligned
    const examined = rng() < h.examinedProbability;
    if (!presented || !examined) {
      if (!presented) this.metrics.holdsNotPresented++;
      else this.metrics.holdsNotExamined++;
      this.fire(slot, presented ? E.NOT_EXAMINED : E.NOT_PRESENTED);
      return this.release(slot);
    }
    const order = this.scenario.targeting.rules[this.parcels.rule[slot]].order;
    this.fire(slot, ORDER_PRESENT[order]);
    this.join(this.stations[order], slot);
  }

  private fire(slot: number, event: number): void {
    const ps = this.parcels;
    const now = this.kernel.now;
    this.life.fire(ps.state, slot, ps.id[slot], event, now);
    if (this.storyLog !== null) ps.history[slot]!.push(ps.state[slot], now);
  }

  /** The parcel (already in the station's queue state) joins the queue, or passes straight
   *  through a station that is switched off. */
  private join(st: QueueStation, slot: number): void {
    this.parcels.queuedAt[slot] = this.kernel.now;
    if (st.lanes === 0) {
      this.begin(st, slot);
      return this.outcome(st, slot);
    }
    this.dispatcher.request(st, slot);
  }

  /** The dispatcher started the parcel's service: it takes the station's service time, drawn from
   *  the parcel's own stream. */
  private startService(st: QueueStation, slot: number): void {
    this.begin(st, slot);
    this.parcels.pending[slot] = this.kernel.scheduleIn(st.service.sample(this.rngOf(slot)), this.evDone[st.index], slot);
  }

  /** The parcel's service at `st` begins (with an officer, or passing a station switched off). */
  private begin(st: QueueStation, slot: number): void {
    this.fire(slot, E.START);
    this.parcels.serviceStartedAt[slot] = this.kernel.now;
    if (st.index <= SCREENS) this.markScreened(slot);
  }

  private markScreened(slot: number): void {
    const ps = this.parcels;
    if (ps.screened[slot] === 1) return;
    ps.screened[slot] = 1;
    this.clearDeadline(slot);
    if (ps.contraband[slot] < 0) this.metrics.cleanInspected++;
    if (ps.reason[slot] === PullReason.Rule) this.metrics.ruleScreened[ps.rule[slot]]++;
  }

  private serviceDone(st: QueueStation, slot: number): void {
    const o = this.dispatcher.finish(st, slot);
    this.outcome(st, slot, o);
    this.dispatcher.release(o);
  }

  /** Decides and applies what the station found (one draw from the parcel's stream); `officer` is
   *  who served it, -1 at a station switched off. */
  private outcome(st: QueueStation, slot: number, officer = -1): void {
    const ps = this.parcels;
    const type = ps.contraband[slot];
    const u = this.rngOf(slot)();
    const s = this.stations;
    const sc = this.screening;
    switch (st.name) {
      case 'xray':
      case 'ct': {
        const ev = st.name === 'xray' ? sc.xray(type, u, this.vigilancePenalty(officer, slot)) : sc.ct(type, u);
        this.fire(slot, ev);
        return ev === E.ALARM ? this.join(s.exam, slot) : this.release(slot);
      }
      case 'exam': {
        const sampled = ps.reason[slot] === PullReason.Compliance;
        const ev = sampled ? sc.complianceExam(type, u) : sc.exam(type, ps.deep[slot] === 1, u);
        if (sampled) {
          this.metrics.complianceExamined++;
          if (ev !== E.NOTHING_FOUND) {
            this.metrics.complianceFound++;
            this.metrics.complianceFoundByType[type]++;
          }
        }
        this.fire(slot, ev);
        if (ev === E.NOTHING_FOUND) return this.release(slot);
        return this.join(ev === E.FOUND ? s.seizure : s.fieldTest, slot);
      }
      case 'fieldTest': {
        const ev = sc.fieldTest(type, u);
        this.fire(slot, ev);
        if (ev === E.TEST_POSITIVE) return this.join(s.seizure, slot);
        if (ev === E.DETAIN) return this.detain(slot);
        this.kernel.scheduleIn(this.labTurnaround.sample(this.rngOf(slot)), this.evLab, slot);
        return;
      }
      default:
        this.fire(slot, E.PROCESSED);
        return this.seize(slot);
    }
  }

  private labDone(slot: number): void {
    const ev = this.screening.lab(this.parcels.contraband[slot], this.rngOf(slot)());
    this.fire(slot, ev);
    if (ev === E.LAB_POSITIVE) this.join(this.stations.seizure, slot);
    else this.release(slot);
  }

  /** The X-ray reader's low-prevalence penalty: due once they have read for the scenario's minutes since
   *  coming on duty or back from a break. */
  private vigilancePenalty(officer: number, slot: number): number {
    if (officer < 0) return 0;
    return this.parcels.serviceStartedAt[slot] - this.dispatcher.staffing.onTaskSince[officer] >= this.xrayFreshSeconds ? this.xrayPenalty : 0;
  }

  /** The wait limit passed before the ordered screening began: the parcel goes on with the mail, unscreened. */
  private waitLimit(slot: number): void {
    const ps = this.parcels;
    ps.deadline[slot] = -1;
    const state = ps.state[slot];
    if (state === P.held) {
      this.kernel.cancel(ps.pending[slot]);
      this.held--;
    } else {
      const st = state === P.xrayQueue ? this.stations.xray : state === P.ctQueue ? this.stations.ct : this.stations.exam;
      this.dispatcher.withdraw(st, slot);
    }
    this.fire(slot, E.WAIT_LIMIT);
    this.metrics.waitLimitReleases++;
    this.metrics.releaseUnscreened(ps.contraband[slot]);
    this.release(slot);
  }

  private clearDeadline(slot: number): void {
    const ps = this.parcels;
    if (ps.deadline[slot] >= 0) {
      this.kernel.cancel(ps.deadline[slot]);
      ps.deadline[slot] = -1;
    }
  }

  /** The parcel's own stream. */
  private rngOf(slot: number): Rng {
    this.current = slot;
    return this.own;
  }

  /** The parcel leaves: its time since the pull counts as screening delay, and its slot is freed. */
  private finish(slot: number): void {
    const ps = this.parcels;
    const now = this.kernel.now;
    this.clearDeadline(slot);
    this.metrics.pulledLeft(now - ps.pulledAt[slot], now - Math.max(ps.pulledAt[slot], this.options.statsStart));
    this.storyLog?.keep(slot);
    ps.release(slot);
    this.metrics.pulledInside.set(now, ps.live);
  }

  private release(slot: number): void {
    const ps = this.parcels;
    const now = this.kernel.now;
    const type = ps.contraband[slot];
    this.metrics.release(1, now - ps.landedAt[slot], now - ps.arrivedAt[slot]);
    if (type >= 0) {
      this.metrics.contrabandMissed[type]++;
      this.routeEnd(slot, false);
    }
    this.finish(slot);
  }

  /** A contraband parcel ended: count it on its route (origin, mail type, declared, concealment). */
  private routeEnd(slot: number, seized: boolean): void {
    const ps = this.parcels;
    this.metrics.routes.end(ps.origin[slot], ps.mailType[slot], ps.declared[slot], ps.deep[slot], seized);
  }

  private seize(slot: number): void {
    const ps = this.parcels;
    this.metrics.seize(ps.contraband[slot], ps.quantityGrams[slot]);
    const type = ps.contraband[slot];
    if (type >= 0) this.routeEnd(slot, true);
    if (ps.reason[slot] === PullReason.Rule) {
      this.metrics.ruleHits[ps.rule[slot]]++;
      if (type >= 0) this.metrics.ruleHitsByType[ps.rule[slot] * CONTRABAND_TYPES.length + type]++;
    } else if (ps.reason[slot] === PullReason.Compliance) {
      if (type >= 0) this.metrics.complianceSeizedByType[type]++;
    } else if (ps.reason[slot] === PullReason.Canine) this.metrics.canineSeizures++;
    this.finish(slot);
  }

  private detain(slot: number): void {
    this.metrics.detain(this.parcels.contraband[slot]);
    if (this.parcels.contraband[slot] >= 0) this.routeEnd(slot, false);
    this.finish(slot);
  }
}

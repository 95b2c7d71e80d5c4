/**
 * The mail facility: one simulated run of a scenario with a seed (ARCHITECTURE.md rule 5).
 *
 * Flow: receptacles are tendered, wait for a postal induction line, and come off it onto the belt.
 * There each parcel is targeted (first matching rule), or sniffed by a working dog, or released to
 * the postal service. Pulled parcels get a slot and travel the parcel lifecycle (held, presented,
 * X-ray or CT or exam, field test, lab, seizure processing) through station queues served by
 * officers on shifts, ending released, seized or detained. Every lifecycle step goes through the
 * compiled XState tables (`Lifecycle`), and only the kernel advances time.
 *
 * @example
 * const f = new Facility(getPreset('baseline').scenario, { seed: 1 });
 * f.runToEnd();
 * f.results().parcels.seized;
 */
import { Kernel } from '../sim/Kernel.js';
import { Streams, createStream, type Rng } from '../sim/random.js';
import { discrete, sampler } from '../sim/distributions.js';
import { QUEUE_STATIONS, type QueueStationName, type Scenario } from '../scenario/schema.js';
import { Targeting } from '../policy/targeting.js';
import { parcelLifecycle, stationLifecycle } from '../machines/index.js';
import { Contents, type Receptacle, type Visible } from './contents.js';
import { FlightSchedule, PRE_ROLL_DAYS } from './flights.js';
import { Lifecycle, type LifecycleRecorder } from './Lifecycle.js';
import { Metrics } from './Metrics.js';
import { NO_CONTRABAND, ParcelStore, PullReason } from './ParcelStore.js';
import { QueueStation } from './QueueStation.js';
import { Staffing } from './Staffing.js';
import { CanineTeams } from './CanineTeams.js';
import { Screening } from './screening.js';
import { Induction } from './Induction.js';
import { HourlyLog } from './HourlyLog.js';
import { StoryLog } from './StoryLog.js';

const P = parcelLifecycle.state;
const E = parcelLifecycle.event;
const DAY = 86_400;
const ORDER_PULL = { xray: E.PULL_XRAY, ct: E.PULL_CT, exam: E.PULL_EXAM } as const;
const ORDER_PRESENT = { xray: E.PRESENTED_XRAY, ct: E.PRESENTED_CT, exam: E.PRESENTED_EXAM } as const;

export interface FacilityOptions {
  seed: number;
  /** Run length in days; defaults to the scenario's `days`. */
  days?: number;
  /** Keep each pulled parcel's lifecycle history (the app's parcel story). */
  stories?: boolean;
  /** Receives every lifecycle transition (tests replay them through XState). */
  recorder?: LifecycleRecorder;
}

export class Facility {
  readonly kernel = new Kernel();
  readonly seed: number;
  readonly days: number;
  readonly endTime: number;
  readonly parcels = new ParcelStore();
  readonly metrics: Metrics;
  readonly stations: Record<QueueStationName, QueueStation>;
  readonly stationList: QueueStation[];
  readonly staffing: Staffing;
  readonly canine: CanineTeams;
  readonly induction: Induction;
  readonly targeting: Targeting;
  readonly contents: Contents;
  readonly hourly: HourlyLog;
  readonly stories: boolean;
  readonly storyLog: StoryLog | null;
  private readonly streams: Streams;
  private readonly screening: Screening;
  private readonly life: Lifecycle;
  private readonly stationLife: Lifecycle;
  private readonly flights: FlightSchedule | null;
  private readonly receptacles = new Map<number, Receptacle>();
  private readonly holdsRng: Rng;
  private readonly canineRng: Rng;
  private readonly labRng: Rng;
  private readonly holdSearch;
  private readonly labTurnaround;
  private readonly vis: Visible = { aed: false, declared: 0, score: 0, uWeight: 0, uValue: 0 };
  private readonly evDone: number[];
  private readonly evHold: number;
  private readonly evLab: number;
  private arrivalsCount = 0;

  constructor(readonly scenario: Scenario, options: FacilityOptions) {
    this.seed = options.seed;
    this.days = options.days ?? scenario.days;
    this.endTime = this.days * DAY;
    this.stories = options.stories ?? false;
    const rec = options.recorder ?? null;
    const k = this.kernel;
    this.streams = new Streams(this.seed);
    this.metrics = new Metrics(scenario.targeting.rules.length, scenario.serviceStandardHours * 3600);
    this.contents = new Contents(scenario);
    this.targeting = new Targeting(scenario, this.streams);
    this.screening = new Screening(scenario);
    this.life = new Lifecycle(parcelLifecycle, rec);
    this.stationLife = new Lifecycle(stationLifecycle, rec);
    this.holdsRng = this.streams.get('holds');
    this.canineRng = this.streams.get('canine');
    this.labRng = this.streams.get('lab');
    this.holdSearch = sampler(scenario.targeting.holds.searchMinutes, 60);
    this.labTurnaround = sampler(scenario.stations.lab.turnaroundMinutes, 60);
    const minutes = { xray: 1 / 60, ct: 1 / 60, exam: 1, fieldTest: 1, seizure: 1 } as const;
    this.stationList = QUEUE_STATIONS.map((name, i) => {
      const cfg = scenario.stations[name];
      const spec = 'serviceSeconds' in cfg ? cfg.serviceSeconds : cfg.serviceMinutes;
      return new QueueStation(name, i, cfg.enabled ? cfg.lanes : 0, sampler(spec, minutes[name] * 60),
        this.streams.get(`service/${name}`), this.streams.get(`detection/${name}`));
    });
    this.stations = Object.fromEntries(this.stationList.map((s) => [s.name, s])) as Record<QueueStationName, QueueStation>;
    this.evDone = this.stationList.map((s) => k.register(`${s.name} done`, (slot) => this.serviceDone(s, slot)));
    this.evHold = k.register('hold search done', (slot) => this.holdDone(slot));
    this.evLab = k.register('lab result', (slot) => this.labDone(slot));
    this.staffing = new Staffing(scenario, k, this.stationList, {
      staffChanged: (st) => this.staffChanged(st),
      handBack: (o) => this.handBack(o),
    }, rec);
    this.canine = new CanineTeams(scenario, k, rec);
    this.induction = new Induction(scenario, k, (r) => this.inducted(r));
    this.hourly = new HourlyLog(this, k);
    this.storyLog = this.stories ? new StoryLog(scenario, this.parcels) : null;
    const arrivals = scenario.arrivals;
    const arrivalsRng = this.streams.get('arrivals');
    if (arrivals.kind === 'flights') {
      this.flights = new FlightSchedule(arrivals, this.contents, arrivalsRng, this.streams.get('contents'));
      const evTender = k.register('receptacle tendered', (id) => this.tendered(id));
      const evDay = k.register('day start', (d) => {
        this.staffing.scheduleDay(d);
        this.canine.scheduleDay(d);
        this.scheduleReceptacles(this.flights!.day(d), evTender);
        if ((d + 1) * DAY < this.endTime) k.schedule((d + 1) * DAY, evDay, d + 1, -1);
      });
      for (let d = -PRE_ROLL_DAYS; d < 0; d++) this.scheduleReceptacles(this.flights.day(d), evTender);
      k.schedule(0, evDay, 0, -1);
    } else {
      this.flights = null;
      const contentsRng = this.streams.get('contents');
      const meanGap = 3600 / arrivals.perHour;
      const evArrive = k.register('parcel arrival', () => {
        this.arriveOne(contentsRng);
        const next = k.now - meanGap * Math.log(1 - arrivalsRng());
        if (next < this.endTime) k.schedule(next, evArrive);
      });
      const evDay = k.register('day start', (d) => {
        this.staffing.scheduleDay(d);
        this.canine.scheduleDay(d);
        if ((d + 1) * DAY < this.endTime) k.schedule((d + 1) * DAY, evDay, d + 1, -1);
      });
      k.schedule(-meanGap * Math.log(1 - arrivalsRng()), evArrive);
      k.schedule(0, evDay, 0, -1);
    }
    this.staffing.scheduleDay(-1);
    this.canine.scheduleDay(-1);
  }

  /** True once the clock has reached the end of the run. */
  get finished(): boolean {
    return this.kernel.now >= this.endTime;
  }

  /** Runs until simulated time `until` (seconds), capped at the end of the run. */
  advance(until: number): void {
    this.kernel.run(Math.min(until, this.endTime));
  }

  /** Runs to the end, reporting progress (0-1) after each simulated hour when asked. */
  runToEnd(onProgress?: (fraction: number) => void): void {
    if (!onProgress) return this.advance(this.endTime);
    while (!this.finished) {
      this.advance(this.kernel.now + 3600);
      onProgress(this.kernel.now / this.endTime);
    }
  }

  /** Parcels inside the facility now: in receptacles not yet inducted, or pulled and not done. */
  get inside(): number {
    return this.induction.piecesInside + this.parcels.live;
  }

  private scheduleReceptacles(list: Receptacle[], evTender: number): void {
    for (const r of list) {
      if (r.tenderAt < this.kernel.now || r.tenderAt >= this.endTime) continue;
      this.receptacles.set(r.id, r);
      this.kernel.schedule(r.tenderAt, evTender, r.id);
    }
  }

  private tendered(id: number): void {
    const r = this.receptacles.get(id)!;
    this.receptacles.delete(id);
    this.metrics.arrive(r.pieces);
    const c = r.contraband;
    if (c !== null) for (let i = 0; i < c.length; i += 4) this.metrics.arriveContraband(c[i + 1]);
    this.induction.add(r);
  }

  /** A receptacle came off an induction line: every parcel in it is targeted, sniffed or released. */
  private inducted(r: Receptacle): void {
    const now = this.kernel.now;
    const rng = createStream(this.seed, `parcels/${r.id}`);
    const vis = this.vis;
    const c = r.contraband;
    let ci = 0;
    let sniffs = this.canine.take(r.pieces);
    let released = 0;
    this.targeting.beginReceptacle(r.origin);
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
      this.contents.visible(rng, r.origin, type, vis);
      const rule = this.targeting.select(r.origin, vis.aed, vis.declared, vis.score);
      if (rule >= 0) {
        this.pull(r.id * 1000 + k, r.origin, r.mailType, type, deep, grams, r.tenderAt, rule, PullReason.Rule);
      } else if (sniffs > 0 && this.sniff(type)) {
        sniffs--;
        this.pull(r.id * 1000 + k, r.origin, r.mailType, type, deep, grams, r.tenderAt, -1, PullReason.Canine);
      } else {
        if (sniffs > 0) sniffs--;
        released++;
        if (type >= 0) this.metrics.contrabandMissed[type]++;
      }
    }
    this.targeting.endReceptacle();
    this.canine.giveBack(sniffs);
    if (released > 0) this.metrics.release(released, now - r.tenderAt);
  }

  /** One parcel arriving on its own (Poisson arrivals): no receptacle, no induction line. */
  private arriveOne(rng: Rng): void {
    const ct = this.contents;
    const origin = discrete(rng, ct.originCum);
    const mailType = discrete(rng, ct.mailCum);
    const p = ct.rateOf(origin, mailType);
    let type = NO_CONTRABAND, deep = 0, grams = 0;
    if (p > 0 && rng() < p) [type, deep, grams] = ct.kind(rng);
    this.metrics.arrive(1);
    if (type >= 0) this.metrics.arriveContraband(type);
    ct.visible(rng, origin, type, this.vis);
    const rule = this.targeting.select(origin, this.vis.aed, this.vis.declared, this.vis.score);
    const id = this.arrivalsCount++;
    if (rule >= 0) return this.pull(id, origin, mailType, type, deep, grams, this.kernel.now, rule, PullReason.Rule);
    const sniffs = this.canine.take(1);
    if (sniffs === 1 && this.sniff(type)) return this.pull(id, origin, mailType, type, deep, grams, this.kernel.now, -1, PullReason.Canine);
    this.metrics.release(1, 0);
    if (type >= 0) this.metrics.contrabandMissed[type]++;
  }

  /** A dog sniffs a parcel on the belt; true when it alerts. */
  private sniff(type: number): boolean {
    this.metrics.canineScreened++;
    const alert = this.screening.canineAlert(type, this.canineRng());
    if (alert) this.metrics.canineAlerts++;
    return alert;
  }

  private pull(id: number, origin: number, mailType: number, type: number, deep: number, grams: number,
    arrivedAt: number, rule: number, reason: PullReason): void {
    const ps = this.parcels;
    const slot = ps.allocate();
    const vis = this.vis;
    ps.id[slot] = id;
    ps.state[slot] = parcelLifecycle.initial;
    ps.origin[slot] = origin;
    ps.mailType[slot] = mailType;
    ps.declared[slot] = vis.declared;
    ps.aed[slot] = vis.aed ? 1 : 0;
    ps.score[slot] = vis.score;
    ps.weightKg[slot] = this.contents.weightKg(vis.uWeight);
    ps.valueUsd[slot] = this.contents.valueUsd(vis.uValue);
    ps.contraband[slot] = type;
    ps.deep[slot] = deep;
    ps.quantityGrams[slot] = grams;
    ps.arrivedAt[slot] = arrivedAt;
    ps.rule[slot] = rule;
    ps.reason[slot] = reason;
    ps.officer[slot] = -1;
    ps.screened[slot] = 0;
    if (this.stories) ps.history[slot] = [parcelLifecycle.initial, arrivedAt];
    const m = this.metrics;
    if (reason === PullReason.Canine) {
      this.fire(slot, E.CANINE_ALERT);
      return this.join(this.stations.exam, slot);
    }
    m.rulePulled[rule]++;
    if (type >= 0) m.ruleContraband[rule]++;
    const r = this.scenario.targeting.rules[rule];
    if (!r.hold) {
      this.fire(slot, ORDER_PULL[r.order]);
      return this.join(this.stations[r.order], slot);
    }
    this.fire(slot, E.TARGETED_HOLD);
    this.kernel.scheduleIn(this.holdSearch.sample(this.holdsRng), this.evHold, slot);
  }

  private holdDone(slot: number): void {
    const h = this.scenario.targeting.holds;
    const presented = this.holdsRng() < h.presentProbability; // both always drawn: aligned streams
    const examined = this.holdsRng() < h.examinedProbability;
    if (!presented) {
      this.metrics.holdsNotPresented++;
      this.fire(slot, E.NOT_PRESENTED);
      return this.release(slot);
    }
    if (!examined) {
      this.metrics.holdsNotExamined++;
      this.fire(slot, E.NOT_EXAMINED);
      return this.release(slot);
    }
    const order = this.scenario.targeting.rules[this.parcels.rule[slot]].order;
    this.fire(slot, ORDER_PRESENT[order]);
    this.join(this.stations[order], slot);
  }

  private fire(slot: number, event: number): void {
    const now = this.kernel.now;
    const ps = this.parcels;
    this.life.fire(ps.state, slot, ps.id[slot], event, now);
    if (this.stories) ps.history[slot]!.push(ps.state[slot], now);
  }

  /** The parcel (already in the station's queue state) joins its queue, or passes straight
   *  through a station that is switched off: no wait, no officer, same outcome rules. */
  private join(st: QueueStation, slot: number): void {
    this.parcels.queuedAt[slot] = this.kernel.now;
    if (st.lanes === 0) {
      this.fire(slot, E.START);
      this.parcels.serviceStartedAt[slot] = this.kernel.now;
      return this.outcome(st, slot);
    }
    st.join(slot, this.kernel.now, false);
    this.tryStart(st);
  }

  private tryStart(st: QueueStation): void {
    const ps = this.parcels;
    const now = this.kernel.now;
    while (st.canStart()) {
      const o = st.idle.pop()!;
      const slot = st.begin(now, ps.queuedAt[st.queue.at(0)]);
      this.fire(slot, E.START);
      this.staffing.assign(o, slot);
      ps.officer[slot] = o;
      ps.serviceStartedAt[slot] = now;
      if (ps.screened[slot] === 0 && st.index <= 2) this.markScreened(slot); // xray, ct, exam
      ps.pending[slot] = this.kernel.scheduleIn(st.service.sample(st.serviceRng), this.evDone[st.index], slot);
    }
    this.syncStation(st);
  }

  private markScreened(slot: number): void {
    const ps = this.parcels;
    ps.screened[slot] = 1;
    if (ps.contraband[slot] < 0) this.metrics.cleanInspected++;
    if (ps.reason[slot] === PullReason.Rule) this.metrics.ruleScreened[ps.rule[slot]]++;
  }

  private serviceDone(st: QueueStation, slot: number): void {
    const ps = this.parcels;
    const o = ps.officer[slot];
    st.end(this.kernel.now, ps.serviceStartedAt[slot], true);
    ps.officer[slot] = -1;
    this.outcome(st, slot);
    this.staffing.done(o);
    this.staffChanged(st);
  }

  /** Decides and applies what the station found. */
  private outcome(st: QueueStation, slot: number): void {
    const ps = this.parcels;
    const type = ps.contraband[slot];
    if (st.lanes === 0 && ps.screened[slot] === 0 && st.index <= 2) this.markScreened(slot);
    const u = st.detectionRng();
    const s = this.stations;
    switch (st.name) {
      case 'xray':
      case 'ct': {
        const ev = st.name === 'xray' ? this.screening.xray(type, u) : this.screening.ct(type, u);
        this.fire(slot, ev);
        return ev === E.ALARM ? this.join(s.exam, slot) : this.release(slot);
      }
      case 'exam': {
        const ev = this.screening.exam(type, ps.deep[slot] === 1, u, true);
        this.fire(slot, ev);
        if (ev === E.NOTHING_FOUND) return this.release(slot);
        return this.join(ev === E.FOUND ? s.seizure : s.fieldTest, slot);
      }
      case 'fieldTest': {
        const ev = this.screening.fieldTest(type, u);
        this.fire(slot, ev);
        if (ev === E.TEST_POSITIVE) return this.join(s.seizure, slot);
        if (ev === E.DETAIN) return this.detain(slot);
        this.kernel.scheduleIn(this.labTurnaround.sample(this.labRng), this.evLab, slot);
        return;
      }
      default:
        this.fire(slot, E.PROCESSED);
        return this.seize(slot);
    }
  }

  private labDone(slot: number): void {
    const ev = this.screening.lab(this.parcels.contraband[slot], this.labRng());
    this.fire(slot, ev);
    if (ev === E.LAB_POSITIVE) this.join(this.stations.seizure, slot);
    else this.release(slot);
  }

  private staffChanged(st: QueueStation): void {
    this.tryStart(st);
  }

  /** Shift end under the hand-over rule: the parcel in hand goes back to the head of its queue. */
  private handBack(o: number): void {
    const ps = this.parcels;
    const slot = this.staffing.parcel[o];
    const st = this.staffing.station[o];
    this.kernel.cancel(ps.pending[slot]);
    st.end(this.kernel.now, ps.serviceStartedAt[slot], false);
    ps.officer[slot] = -1;
    this.fire(slot, E.HANDOVER);
    ps.queuedAt[slot] = this.kernel.now;
    st.join(slot, this.kernel.now, true);
  }

  /** Keeps the station's lifecycle (closed, idle, serving) in step with its staff and service. */
  private syncStation(st: QueueStation): void {
    const S = stationLifecycle.state;
    const SE = stationLifecycle.event;
    const want = st.present === 0 && st.inService === 0 ? S.closed : st.inService > 0 ? S.serving : S.idle;
    const now = this.kernel.now;
    while (st.state[0] !== want) {
      const cur = st.state[0];
      const ev = cur === S.closed ? SE.STAFFED : cur === S.serving ? SE.ALL_DONE : want === S.serving ? SE.SERVICE_START : SE.UNSTAFFED;
      this.stationLife.fire(st.state, 0, st.index, ev, now);
    }
  }

  private finish(slot: number): void {
    this.storyLog?.keep(slot);
    this.parcels.release(slot);
  }

  private release(slot: number): void {
    const ps = this.parcels;
    const type = ps.contraband[slot];
    this.metrics.release(1, this.kernel.now - ps.arrivedAt[slot]);
    if (type >= 0) this.metrics.contrabandMissed[type]++;
    this.finish(slot);
  }

  private seize(slot: number): void {
    const ps = this.parcels;
    this.metrics.seize(ps.contraband[slot]);
    if (ps.reason[slot] === PullReason.Rule) this.metrics.ruleHits[ps.rule[slot]]++;
    else this.metrics.canineSeizures++;
    this.finish(slot);
  }

  private detain(slot: number): void {
    this.metrics.detain(this.parcels.contraband[slot]);
    this.finish(slot);
  }
}

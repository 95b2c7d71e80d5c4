/**
 * The mail facility: one simulated run of a scenario with a seed (docs/architecture.md rule 5).
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
import { Streams } from '../sim/random.js';
import { CONTRABAND_TYPES, QUEUE_STATIONS, type QueueStationName, type RunChange, type RunChangeRequest, type Scenario } from '../scenario/schema.js';
import { Targeting } from '../policy/targeting.js';
import { ComplianceSample } from '../policy/complianceSample.js';
import { sampler } from '../sim/distributions.js';
import { Belt } from './Belt.js';
import { CanineTeams } from './CanineTeams.js';
import { Contents, type Receptacle } from './contents.js';
import { FlightSchedule, PRE_ROLL_DAYS } from './flights.js';
import { HourlyLog } from './HourlyLog.js';
import { Induction } from './Induction.js';
import type { LifecycleRecorder } from './Lifecycle.js';
import { Metrics } from './Metrics.js';
import { ParcelFlow } from './ParcelFlow.js';
import { ParcelStore } from './ParcelStore.js';
import { QueueStation } from './QueueStation.js';
import type { Dispatcher } from './Dispatcher.js';
import type { Staffing } from './Staffing.js';
import { StoryLog, type ParcelStory } from './StoryLog.js';
import { ln } from '../sim/math.js';

const DAY = 86_400;
const WARMUP_PRIORITY = 2_000_000; // after the hour mark (HourlyLog) at the same instant
/** A change during the run comes before every other event of its instant. */
const CHANGE_PRIORITY = -1_000_000;
/** Service times are given in seconds at X-ray and CT, in minutes elsewhere. */
const SERVICE_SCALE: Record<QueueStationName, number> = { xray: 1, ct: 1, exam: 60, fieldTest: 60, seizure: 60 };

export interface FacilityOptions {
  seed: number;
  /** Run length in days; defaults to the scenario's `days`. */
  days?: number;
  /** Keep each pulled parcel's lifecycle history (the app's parcel story). */
  stories?: boolean;
  /** Receives every lifecycle transition (tests replay them through XState). */
  recorder?: LifecycleRecorder;
  /** Days at the start whose statistics are discarded (the facility starts empty); default 0. */
  warmupDays?: number;
}

/** A flight as the dock shows it: when it landed and the mail it brought. */
export interface Landing {
  /** Seconds, on the run's clock. */
  at: number;
  receptacles: number;
  pieces: number;
}

/** How long a landed flight stays in the view's list, seconds. */
const LANDING_SHOWN = 3600;

export class Facility {
  readonly kernel = new Kernel();
  readonly seed: number;
  readonly days: number;
  readonly endTime: number;
  /** When statistics start, seconds: the end of the warm-up (0 without one). */
  readonly statsStart: number;
  /** Parcels and contraband (by type) inside when statistics started, for the accounting. */
  insideAtStart = 0;
  contrabandInsideAtStart: Float64Array = new Float64Array(CONTRABAND_TYPES.length);
  readonly parcels = new ParcelStore();
  readonly metrics: Metrics;
  readonly stations: Record<QueueStationName, QueueStation>;
  readonly stationList: QueueStation[];
  /** The officers: shifts, breaks, overtime and officer-hours. */
  readonly staffing: Staffing;
  /** Who serves which parcel: the free officers, the stations' queues and lifecycles. */
  readonly dispatcher: Dispatcher;
  readonly canine: CanineTeams;
  readonly induction: Induction;
  readonly contents: Contents;
  readonly hourly: HourlyLog;
  readonly storyLog: StoryLog | null;
  private readonly flow: ParcelFlow;
  private readonly belt: Belt;
  private readonly receptacles = new Map<number, Receptacle>();
  /** Flights of the days generated so far that land from an hour ago on, in landing order (the view draws them). */
  private readonly landings: Landing[] = [];
  private readonly targeting: Targeting;
  /** Changes during the run: the scenario's, then those made live (`changeNext`), in order. */
  private readonly runChanges: RunChange[] = [];
  private readonly evChange: number;

  constructor(readonly scenario: Scenario, options: FacilityOptions) {
    this.seed = options.seed;
    this.days = options.days ?? scenario.days;
    this.endTime = this.days * DAY;
    const warmup = options.warmupDays ?? 0;
    if (!(warmup >= 0 && warmup < this.days)) throw new RangeError(`warmupDays must be >= 0 and less than days (${this.days}), got ${warmup}`);
    this.statsStart = warmup * DAY;
    const rec = options.recorder ?? null;
    const k = this.kernel;
    const streams = new Streams(this.seed);
    const { origins, mailTypes, declared } = scenario.mix;
    this.metrics = new Metrics(scenario.targeting.rules.length, scenario.serviceStandardHours * 3600,
      { origins: origins.length, mailTypes: mailTypes.length, declared: declared.length });
    this.contents = new Contents(scenario);
    this.targeting = new Targeting(scenario, streams);
    this.storyLog = options.stories ? new StoryLog(scenario, this.parcels, this.contents, (r, t) => this.targeting.thresholdAt(r, t)) : null;
    this.stationList = QUEUE_STATIONS.map((name, i) => {
      const cfg = scenario.stations[name];
      const spec = 'serviceSeconds' in cfg ? cfg.serviceSeconds : cfg.serviceMinutes;
      return new QueueStation(name, i, cfg.enabled ? cfg.lanes : 0, sampler(spec, SERVICE_SCALE[name]));
    });
    this.stations = Object.fromEntries(this.stationList.map((s) => [s.name, s])) as Record<QueueStationName, QueueStation>;
    this.flow = new ParcelFlow(scenario, k, this.parcels, this.metrics, this.stations, this.stationList,
      this.storyLog, rec, { statsStart: this.statsStart });
    this.dispatcher = this.flow.dispatcher;
    this.staffing = this.dispatcher.staffing;
    this.canine = new CanineTeams(scenario, k, rec);
    const compliance = new ComplianceSample(scenario.targeting.compliance.rate, streams.get('compliance'));
    this.belt = new Belt(this.seed, this.contents, this.targeting, this.canine, streams.get('canine'), this.metrics, this.flow, compliance);
    this.induction = new Induction(scenario, k, (r) => this.belt.receptacle(r, k.now));
    this.hourly = new HourlyLog(this, k);

    // Each day: that day's shifts, and (with flights) that day's flights. Days run first at their instant.
    const arrivals = scenario.arrivals;
    const arrivalsRng = streams.get('arrivals');
    let flights: FlightSchedule | null = null;
    const evTender = k.register('receptacle tendered', (id) => this.tendered(id));
    const evDay = k.register('day start', (d) => {
      this.staffing.scheduleDay(d);
      this.canine.scheduleDay(d);
      if (flights) this.scheduleReceptacles(flights.day(d), evTender);
      if ((d + 1) * DAY < this.endTime) k.schedule((d + 1) * DAY, evDay, d + 1, -1);
    });
    if (arrivals.kind === 'flights') {
      flights = new FlightSchedule(arrivals, this.contents, arrivalsRng, streams.get('contents'));
      for (let d = -PRE_ROLL_DAYS; d < 0; d++) this.scheduleReceptacles(flights.day(d), evTender);
    } else {
      const contentsRng = streams.get('contents');
      const meanGap = 3600 / arrivals.perHour;
      const evArrive = k.register('parcel arrival', () => {
        this.belt.single(contentsRng, k.now);
        const next = k.now - meanGap * ln(1 - arrivalsRng());
        if (next < this.endTime) k.schedule(next, evArrive);
      });
      k.schedule(-meanGap * ln(1 - arrivalsRng()), evArrive);
    }
    k.schedule(0, evDay, 0, -1);
    // After the hour mark at the same instant (which closes the last warm-up hour).
    if (this.statsStart > 0) k.schedule(this.statsStart, k.register('warm-up ends', () => this.resetStatistics()), 0, WARMUP_PRIORITY);
    this.staffing.scheduleDay(-1); // night shifts that began the day before the run
    this.canine.scheduleDay(-1);
    this.evChange = k.register('change during the run', (i) => this.applyChange(this.runChanges[i]));
    for (const c of scenario.changesDuringRun ?? []) this.scheduleChange(c);
  }

  /**
   * Makes a change while the run goes (the app's live changes): it takes effect at the start of
   * the next whole minute, before any other event then. Returns the change with its minute, which
   * is what a scenario records (`changesDuringRun`) to replay this run exactly; null when the run
   * ends before that minute. The change must already be valid for the scenario (the caller
   * validates the scenario with it appended).
   */
  changeNext(change: RunChangeRequest): RunChange | null {
    const c = { ...change, atMinute: Math.floor(this.kernel.now / 60) + 1 } as RunChange;
    return this.scheduleChange(c) ? c : null;
  }

  /** Every change during this run so far, scheduled or done, in order. */
  get changes(): readonly RunChange[] {
    return this.runChanges;
  }

  private scheduleChange(c: RunChange): boolean {
    const at = c.atMinute * 60;
    if (at >= this.endTime) return false;
    this.runChanges.push(c);
    this.kernel.schedule(at, this.evChange, this.runChanges.length - 1, CHANGE_PRIORITY);
    return true;
  }

  private applyChange(c: RunChange): void {
    if (c.kind === 'officers') {
      this.staffing.setOfficers(this.stations[c.station], c.shift, c.officers);
      return;
    }
    const rule = this.scenario.targeting.rules.findIndex((r) => r.id === c.rule);
    this.targeting.change(rule, c.enabled, c.atLeast, this.kernel.now);
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

  /** The story of parcel `id` if it was pulled and is inside or left recently (needs `stories: true`). */
  story(id: number): ParcelStory | null {
    if (this.storyLog === null) return null;
    for (const slot of this.parcels.liveSlots()) if (this.parcels.id[slot] === id) return this.storyLog.build(slot);
    return this.storyLog.finished(id) ?? null;
  }

  /** Contraband parcels inside now, by type index. */
  contrabandInside(): Float64Array {
    const counts = new Float64Array(CONTRABAND_TYPES.length);
    this.induction.contrabandInside(counts);
    for (const slot of this.parcels.liveSlots()) {
      const t = this.parcels.contraband[slot];
      if (t >= 0) counts[t]++;
    }
    return counts;
  }

  /** Warm-up deletion: every statistic restarts now; what is inside is carried in the accounts. */
  private resetStatistics(): void {
    const now = this.kernel.now;
    this.insideAtStart = this.inside;
    this.contrabandInsideAtStart = this.contrabandInside();
    this.metrics.reset();
    for (const st of this.stationList) st.resetStatistics(now);
    this.hourly.restartMarks();
    this.staffing.resetAccounting(now);
    this.canine.resetAccounting(now);
  }

  /** Pulled parcels inside now: their slots, for the end-of-run delay accounting. */
  pulledInside(): number[] {
    return this.parcels.liveSlots();
  }

  /** Parcels inside now that were tendered before `tenderedBefore` (seconds): past the service standard. */
  insideTenderedBefore(tenderedBefore: number): number {
    let n = this.induction.piecesTenderedBefore(tenderedBefore);
    for (const slot of this.parcels.liveSlots()) if (this.parcels.arrivedAt[slot] < tenderedBefore) n++;
    return n;
  }

  /** Parcels inside the facility now: in receptacles not yet off a line, or pulled and not done. */
  get inside(): number {
    return this.induction.piecesInside + this.parcels.live;
  }

  /**
   * Flights that landed in the last hour, newest first, and the time of the next landing (null
   * when none is scheduled): what the dock draws. Read only; it draws no random numbers.
   */
  recentLandings(): { landed: Landing[]; next: number | null } {
    const now = this.kernel.now;
    const landed: Landing[] = [];
    let next: number | null = null;
    for (const l of this.landings) {
      if (l.at > now) {
        next = l.at;
        break;
      }
      if (l.at > now - LANDING_SHOWN) landed.unshift(l);
    }
    return { landed, next };
  }

  private scheduleReceptacles(list: Receptacle[], evTender: number): void {
    this.noteLandings(list);
    for (const r of list) {
      if (r.tenderAt < this.kernel.now || r.tenderAt >= this.endTime) continue;
      this.receptacles.set(r.id, r);
      this.kernel.schedule(r.tenderAt, evTender, r.id);
    }
  }

  /**
   * Keeps a day's flights (its receptacles grouped by landing time, then put in landing order:
   * flights within an hour are drawn in any order) for the view; drops those landed long ago.
   * Days come in order, so the list stays in landing order.
   */
  private noteLandings(list: Receptacle[]): void {
    const now = this.kernel.now;
    while (this.landings.length > 0 && this.landings[0].at <= now - LANDING_SHOWN) this.landings.shift();
    const day: Landing[] = [];
    for (const r of list) {
      if (r.landedAt <= now - LANDING_SHOWN) continue;
      const last = day[day.length - 1];
      if (last !== undefined && last.at === r.landedAt) {
        last.receptacles++;
        last.pieces += r.pieces;
      } else day.push({ at: r.landedAt, receptacles: 1, pieces: r.pieces });
    }
    this.landings.push(...day.sort((a, b) => a.at - b.at));
  }

  private tendered(id: number): void {
    const r = this.receptacles.get(id)!;
    this.receptacles.delete(id);
    this.metrics.arrive(r.pieces, r.origin);
    const c = r.contraband;
    if (c !== null) for (let i = 0; i < c.length; i += 4) this.metrics.arriveContraband(c[i + 1]);
    this.induction.add(r);
  }
}

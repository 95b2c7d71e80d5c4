/**
 * Scenario variants and a lifecycle recorder for the model, validation and golden tests.
 *
 * Presets are deep-frozen, so a variant is a structured clone of a preset, edited with plain
 * assignments and validated with `parseScenario` (the only way a scenario reaches the model), so
 * a test can never run a scenario the app would refuse.
 */
import { CONTRABAND_TYPES, formatErrors, getPreset, parseScenario, type Scenario } from '../../src/scenario/index.js';
import type { LifecycleRecorder } from '../../src/model/index.js';

/** A validated copy of preset `name`, changed by `edit`. Throws with every validation error. */
export function variant(name: string, edit: (s: Scenario) => void): Scenario {
  const s = structuredClone(getPreset(name).scenario);
  edit(s);
  const r = parseScenario(s);
  if (!r.ok) throw new Error(`invalid test scenario from '${name}':\n${formatErrors(r.errors)}`);
  return r.scenario;
}

/**
 * Switches off what breaks a closed form: the compliance sample, the backlog limits (wait limit,
 * hold capacity), overtime and the X-ray reader's time-on-task penalty. Hand-computable cases and
 * queueing validations start from this; tests of those mechanisms switch each back on.
 */
export function withoutBacklogRules(s: Scenario): void {
  s.targeting.compliance.rate = 0;
  s.backlog = { maxWaitHours: null, holdCapacity: null };
  s.overtime.maxHours = 0;
  s.stations.xray.vigilance.detectionPenalty = 0;
}

/** Switches off every queue station but X-ray, and the dogs (as `single-queue` does). */
export function onlyXray(s: Scenario): void {
  for (const name of ['ct', 'exam', 'fieldTest', 'seizure'] as const) {
    Object.assign(s.stations[name], { enabled: false, lanes: 0, officersByShift: s.shifts.map(() => 0) });
  }
  Object.assign(s.stations.canine, { enabled: false, teamsByShift: s.shifts.map(() => 0) });
}

/** Sets every contraband type's prevalence to `perMillion`. */
export function contrabandPerMillion(s: Scenario, perMillion: number): void {
  for (const t of CONTRABAND_TYPES) s.contraband[t].perMillion = perMillion;
}

/** Makes every piece carry contraband: 8 types × 125,000 per million, and no origin or mail type safer than another. */
export function everyPieceContraband(s: Scenario): void {
  contrabandPerMillion(s, 1e6 / CONTRABAND_TYPES.length);
  for (const o of s.mix.origins) o.prevalenceMultiplier = 1;
  for (const m of s.mix.mailTypes) m.prevalenceMultiplier = 1;
}

/** One recorded lifecycle transition. */
export interface Transition {
  event: string;
  to: string;
  time: number;
}

/** Collects every transition per (machine, entity), in order: `log.get('officer')!.get(3)`. */
export class TransitionLog {
  readonly byMachine = new Map<string, Map<number, Transition[]>>();
  /** Every transition in firing order, with its machine and entity. */
  readonly all: Array<Transition & { machine: string; entity: number }> = [];

  readonly recorder: LifecycleRecorder = (machine, entity, event, to, time) => {
    let m = this.byMachine.get(machine);
    if (m === undefined) this.byMachine.set(machine, (m = new Map()));
    let list = m.get(entity);
    if (list === undefined) m.set(entity, (list = []));
    list.push({ event, to, time });
    this.all.push({ machine, entity, event, to, time });
  };

  /** The entities of one machine and their transitions (empty when the machine never fired). */
  of(machine: string): Map<number, Transition[]> {
    return this.byMachine.get(machine) ?? new Map();
  }
}

/** The shape of {@link oneReceptacleToXray}: pieces in the receptacle, X-ray seconds per piece. */
export const ONE_RECEPTACLE = { pieces: 100, serviceSeconds: 60 } as const;

/**
 * A deterministic queue whose every time is known: one flight a day landing in hour 1, one
 * receptacle of 100 clean pieces tendered 30 min after landing, one induction line at 3,500/h (the
 * whole receptacle comes off the line at once), and a rule 'everything' that sends every piece to
 * one X-ray lane with one officer on an all-day shift, 60 s per piece. Without backlog rules; `edit`
 * changes the rest.
 */
export function oneReceptacleToXray(edit: (s: Scenario) => void = () => {}): Scenario {
  const { pieces, serviceSeconds } = ONE_RECEPTACLE;
  return variant('baseline', (s) => {
    withoutBacklogRules(s);
    s.arrivals = {
      kind: 'flights',
      piecesPerDay: pieces,
      piecesPerReceptacle: pieces,
      flightsByHour: [0, 1, ...Array<number>(22).fill(0)],
      tenderDelayHours: { kind: 'deterministic', value: 0.5 },
    };
    contrabandPerMillion(s, 0);
    s.shifts = [{ name: 'allday', startHour: 0, hours: 24, breakMinutes: 0 }];
    onlyXray(s);
    s.stations.induction.lines = 1;
    s.stations.xray = { ...s.stations.xray, lanes: 1, officersByShift: [1], serviceSeconds: { kind: 'deterministic', value: serviceSeconds }, falseAlarm: 0 };
    s.targeting.rules = [{ id: 'everything', enabled: true, when: { kind: 'all' }, order: 'xray', hold: false }];
    edit(s);
  });
}

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

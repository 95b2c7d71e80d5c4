/**
 * Runs entities through a compiled XState machine on the hot path: one table lookup per event.
 *
 * The machines in src/machines are the source of truth for every lifecycle (docs/architecture.md rule
 * 6); their compiled tables are what the engine steps. An event the machine does not accept in
 * the entity's state is a bug in the engine and throws at once. When a recorder is attached
 * (tests, the app's parcel story) every transition is reported, so the same sequence can be
 * replayed through XState itself to prove the two agree.
 */
import type { CompiledMachine } from '../machines/index.js';

/** Receives every transition when attached: machine id, entity number, event and new state. */
export type LifecycleRecorder = (machine: string, entity: number, event: string, to: string, time: number) => void;

export class Lifecycle {
  private readonly table: Int16Array;
  private readonly width: number;

  constructor(
    readonly machine: CompiledMachine<string, string>,
    private readonly recorder: LifecycleRecorder | null,
  ) {
    this.table = machine.table;
    this.width = machine.events.length;
  }

  /** Applies `event` to entity `i` whose state is kept in `states`; returns the new state. */
  fire(states: Uint8Array, i: number, entity: number, event: number, time: number): number {
    const next = this.table[states[i] * this.width + event];
    if (next < 0) {
      throw new Error(`${this.machine.id} ${entity}: event ${this.machine.events[event]} not accepted in state ${this.machine.states[states[i]]}`);
    }
    states[i] = next;
    if (this.recorder !== null) this.recorder(this.machine.id, entity, this.machine.events[event], this.machine.states[next], time);
    return next;
  }
}

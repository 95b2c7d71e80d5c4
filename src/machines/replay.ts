/**
 * Runs a list of event names through XState itself: the reference the compiled tables are tested
 * against, and a way to check a recorded parcel history against its lifecycle.
 *
 * XState's pure `transition()` silently ignores an event the current state does not accept: it
 * returns the very same snapshot object. A self-transition (station `serving` on SERVICE_START)
 * also returns the same object, so "unchanged" alone cannot mean "refused"; an event is refused
 * only when the snapshot is unchanged AND no active state node declares a transition for it.
 * This is slow (a snapshot per event) and meant for tests and tools, never the engine's hot path.
 *
 * @example
 * replayWithXState(parcelMachine, ['PULL_XRAY', 'START', 'CLEAR']);
 * // ['xrayQueue', 'xray', 'released']
 */
import { getStateNodes, initialTransition, transition } from 'xstate';
import type { AnyMachineSnapshot, AnyStateMachine, StateValue } from 'xstate';

/**
 * The state value after each of `eventNames`, starting from the machine's initial snapshot.
 * Throws `event X not accepted in state Y` at the first event the current state does not accept.
 *
 * @example
 * replayWithXState(canineMachine, ['SHIFT_START', 'RUN_END']); // ['working', 'resting']
 * replayWithXState(canineMachine, ['RUN_END']); // throws: event RUN_END not accepted in state offDuty
 */
export function replayWithXState(machine: AnyStateMachine, eventNames: readonly string[]): string[] {
  let [snapshot] = initialTransition(machine) as [AnyMachineSnapshot, unknown];
  const values: string[] = [];
  for (const type of eventNames) {
    snapshot = stepWithXState(machine, snapshot, type);
    values.push(formatStateValue(snapshot.value));
  }
  return values;
}

/**
 * One event through XState's `transition()`; throws if `snapshot`'s state does not accept it.
 *
 * @example
 * const idle = officerMachine.resolveState({ value: 'idle', context: {} });
 * stepWithXState(officerMachine, idle, 'ASSIGN').value; // 'busy'
 */
export function stepWithXState(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, type: string): AnyMachineSnapshot {
  const [next] = transition(machine, snapshot, { type }) as [AnyMachineSnapshot, unknown];
  if (next === snapshot && !acceptedEvents(machine, snapshot.value).includes(type)) {
    throw new Error(`event ${type} not accepted in state ${formatStateValue(snapshot.value)}`);
  }
  return next;
}

/**
 * The event types with a transition from any active state node of `value` (the state and its
 * ancestors), as XState declares them.
 *
 * @example
 * acceptedEvents(canineMachine, 'working'); // ['RUN_END', 'SHIFT_END']
 */
export function acceptedEvents(machine: AnyStateMachine, value: StateValue): string[] {
  const nodes = getStateNodes(machine.root, value);
  return [...new Set(nodes.flatMap((node) => node.ownEvents as string[]))];
}

/** `'idle'` stays `'idle'`; a nested value `{ a: 'b' }` becomes `'a.b'`; parallel values become JSON. */
function formatStateValue(value: StateValue): string {
  if (typeof value === 'string') return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const child = value[keys[0]];
    return child === undefined ? keys[0] : `${keys[0]}.${formatStateValue(child)}`;
  }
  return JSON.stringify(value);
}

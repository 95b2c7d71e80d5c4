/**
 * Compiles a flat, guard-free, action-free XState v5 machine into a transition table
 * (docs/architecture.md rule 6).
 *
 * The machines in this folder are the single definition of each lifecycle: the app draws them and
 * the tests walk them. The engine, though, moves millions of parcels through their lifecycle, and
 * XState's `transition()` allocates snapshots and walks the node tree on every event. For a machine
 * whose every transition is "in state S, event E goes to state T" (outcomes are distinct event
 * types rather than guards), that behaviour is exactly a table indexed by (state, event), so we
 * read the table out of the machine's resolved state nodes once and look it up with one array read.
 *
 * Anything the table cannot reproduce exactly is refused with an error naming the state and the
 * feature: guards, actions (including entry/exit), invoked or delayed (`after`) behaviour, eventless
 * (`always`) transitions, nested/parallel/history states, root-level `on`, wildcard descriptors,
 * targetless ("forbidden") transitions and transitions with several targets. Equivalence with
 * XState on every (state, event) pair is checked in test/machines/compile.test.ts.
 *
 * @example
 * const lifecycle = compileMachine(parcelMachine, { states: PARCEL_STATES, events: PARCEL_EVENTS });
 * let s = lifecycle.initial;
 * s = lifecycle.next(s, lifecycle.event.PULL_XRAY); // lifecycle.state.xrayQueue
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

/** A lifecycle as a transition table; states and events are small integers on the hot path. */
export interface CompiledMachine<S extends string, E extends string> {
  /** The machine's id, e.g. `'parcel'`. */
  readonly id: string;
  /** State names by index (document order unless the caller fixed the order). */
  readonly states: readonly S[];
  /** Event names by index (sorted unless the caller fixed the order). */
  readonly events: readonly E[];
  /** State name -> index. */
  readonly state: { readonly [K in S]: number };
  /** Event name -> index. */
  readonly event: { readonly [K in E]: number };
  /** Each state's `description` from the machine (shown in diagrams), by state name. */
  readonly descriptions: { readonly [K in S]: string | undefined };
  /** Index of the initial state. */
  readonly initial: number;
  /** 1 where the state is final, by state index. Shared: do not write. */
  readonly isFinal: Uint8Array;
  /** Row-major `states.length * events.length` table of target indices, -1 = no transition. Shared: do not write. */
  readonly table: Int16Array;
  /** The state reached from `state` on `event`, or -1 if `state` does not accept `event`. */
  next(state: number, event: number): number;
  /** Every transition as names, by state index then event index: for diagrams and tests. */
  edges(): Array<{ from: S; event: E; to: S }>;
}

/** Optional fixed orders, so indices stay stable when a machine gains or reorders states. */
export interface CompileOptions<S extends string, E extends string> {
  /** Every state of the machine exactly once, in the index order wanted. */
  readonly states?: readonly S[];
  /** Every event type the machine accepts exactly once, in the index order wanted. */
  readonly events?: readonly E[];
}

/**
 * Reads `machine`'s state nodes into a {@link CompiledMachine}; throws if the machine uses anything
 * a plain table cannot reproduce, or if `options` does not list its states and events exactly.
 *
 * @example
 * const m = createMachine({ id: 'door', initial: 'shut', states: {
 *   shut: { on: { OPEN: 'open' } }, open: { on: { SHUT: 'shut' } } } });
 * const door = compileMachine(m, { states: ['shut', 'open'], events: ['OPEN', 'SHUT'] });
 * door.next(door.state.shut, door.event.OPEN) === door.state.open; // true
 * door.next(door.state.shut, door.event.SHUT) === -1;              // not accepted
 */
export function compileMachine<S extends string = string, E extends string = string>(
  machine: AnyStateMachine,
  options: CompileOptions<S, E> = {},
): CompiledMachine<S, E> {
  const fail = (what: string): never => {
    throw new Error(`compileMachine('${machine.id}'): ${what}`);
  };
  const root = machine.root;
  checkRoot(root, fail);

  const nodes = Object.values(root.states) as AnyStateNode[];
  const transitions: Array<{ from: string; event: string; to: string }> = [];
  for (const node of nodes) {
    checkNode(node, fail);
    for (const [event, list] of node.transitions) {
      transitions.push({ from: node.key, event, to: checkTransition(node, event, list, fail) });
    }
  }

  const states = orderNames<S>('states', nodes.map((n) => n.key), options.states, fail);
  const events = orderNames<E>('events', [...new Set(transitions.map((t) => t.event))].sort(), options.events, fail);
  const state = indexOf(states);
  const event = indexOf(events);

  const nStates = states.length;
  const nEvents = events.length;
  if (nStates > 0x7fff) fail(`${nStates} states do not fit the Int16Array table`);
  const table = new Int16Array(nStates * nEvents).fill(-1);
  for (const t of transitions) table[state[t.from] * nEvents + event[t.event]] = state[t.to];

  const isFinal = new Uint8Array(nStates);
  const descriptions: Record<string, string | undefined> = {};
  for (const node of nodes) {
    isFinal[state[node.key]] = node.type === 'final' ? 1 : 0;
    descriptions[node.key] = node.description;
  }
  const initialTarget = root.initial.target;
  if (initialTarget.length !== 1) fail('the machine must have exactly one initial state');
  const initial = state[initialTarget[0].key];

  return {
    id: machine.id,
    states: Object.freeze(states.slice()),
    events: Object.freeze(events.slice()),
    state: Object.freeze(state) as { readonly [K in S]: number },
    event: Object.freeze(event) as { readonly [K in E]: number },
    descriptions: Object.freeze(descriptions) as { readonly [K in S]: string | undefined },
    initial,
    isFinal,
    table,
    next(s: number, e: number): number {
      // The bounds check keeps a bad event index from reading another state's row.
      if (e < 0 || e >= nEvents || s < 0 || s >= nStates) return -1;
      return table[s * nEvents + e];
    },
    edges() {
      const out: Array<{ from: S; event: E; to: S }> = [];
      for (let s = 0; s < nStates; s++) {
        for (let e = 0; e < nEvents; e++) {
          const to = table[s * nEvents + e];
          if (to >= 0) out.push({ from: states[s], event: events[e], to: states[to] });
        }
      }
      return out;
    },
  };
}

type Fail = (what: string) => never;

/** The root must be a plain compound node: anything declared on it would apply in every state. */
function checkRoot(root: AnyStateNode, fail: Fail): void {
  if (root.type !== 'compound') fail(`the root must have child states (found a ${root.type} root)`);
  if (root.transitions.size > 0) {
    fail(`root-level transitions (${[...root.transitions.keys()].join(', ')}) are not supported; declare them on each state`);
  }
  checkBehaviour(root, 'the root', fail);
}

/** A state must be atomic or final and do nothing on entry, exit, or by itself. */
function checkNode(node: AnyStateNode, fail: Fail): void {
  const where = `state '${node.key}'`;
  if (node.type !== 'atomic' && node.type !== 'final') {
    fail(`${where} is a ${node.type} state; only flat machines (atomic and final states) compile, not nested, parallel or history states`);
  }
  if (node.after.length > 0) {
    // Checked before entry actions: XState implements `after` as an entry action that schedules an event.
    fail(`${where} has a delayed (after) transition; the kernel owns time (docs/architecture.md rule 3), so send an event instead`);
  }
  checkBehaviour(node, where, fail);
  if (node.type === 'final' && node.transitions.size > 0) fail(`final ${where} has transitions`);
}

function checkBehaviour(node: AnyStateNode, where: string, fail: Fail): void {
  if (node.entry.length > 0 || node.exit.length > 0) fail(`${where} has entry or exit actions, which the table cannot run`);
  if (node.invoke.length > 0) fail(`${where} invokes an actor, which the table cannot run`);
  if (node.always && node.always.length > 0) fail(`${where} has eventless (always) transitions`);
}

/** Returns the single target's key of the transitions `node` declares for `event`. */
function checkTransition(
  node: AnyStateNode,
  event: string,
  list: ReadonlyArray<{ guard?: unknown; actions: readonly unknown[]; target: ReadonlyArray<AnyStateNode> | undefined }>,
  fail: Fail,
): string {
  const where = `state '${node.key}' event '${event}'`;
  if (event === '*' || event.endsWith('.*')) fail(`${where}: wildcard event descriptors are not supported`);
  if (list.some((t) => t.guard !== undefined)) {
    fail(`${where} has a guard; make each outcome its own event type instead`);
  }
  if (list.length !== 1) fail(`${where} has ${list.length} candidate transitions; expected one`);
  const t = list[0];
  if (t.actions.length > 0) fail(`${where} has actions, which the table cannot run`);
  if (t.target === undefined || t.target.length === 0) {
    fail(`${where} has no target; targetless transitions are not supported, omit the event instead`);
  }
  if (t.target!.length > 1) fail(`${where} has ${t.target!.length} targets; expected one`);
  const target = t.target![0];
  if (target.parent !== node.parent) fail(`${where} targets '${target.id}', which is not a sibling state`);
  return target.key;
}

/** The machine's own names, in the caller's order when given, after checking both sets match. */
function orderNames<N extends string>(kind: string, found: string[], wanted: readonly N[] | undefined, fail: Fail): N[] {
  // Without a caller's list the names are the machine's own, so N is just `string`.
  if (wanted === undefined) return found as N[];
  const have = new Set(found);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const name of wanted) {
    if (seen.has(name)) problems.push(`'${name}' is listed twice`);
    else if (!have.has(name)) problems.push(`'${name}' is not in the machine`);
    seen.add(name);
  }
  for (const name of found) if (!seen.has(name)) problems.push(`'${name}' is in the machine but not listed`);
  if (problems.length > 0) fail(`the ${kind} list does not match the machine: ${problems.join('; ')}`);
  return wanted.slice();
}

function indexOf(names: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  names.forEach((name, i) => (out[name] = i));
  return out;
}

// The compiled tables agree with XState on every (state, event) pair, and compileMachine refuses
// machines whose behaviour a table cannot reproduce.
import { describe, expect, it } from 'vitest';
import { createMachine, initialTransition, setup, transition } from 'xstate';
import type { AnyMachineSnapshot } from 'xstate';
import { compileMachine } from '../../src/machines/compile.js';
import { LIFECYCLES } from './lifecycles.js';

describe.each(LIFECYCLES.map((l) => [l.compiled.id, l] as const))('compiled %s lifecycle', (_id, { machine, compiled }) => {
  it('agrees with XState transition() on every (state, event) pair, -1 where XState does not accept', () => {
    let accepted = 0;
    compiled.states.forEach((stateName, s) => {
      const snapshot = machine.resolveState({ value: stateName, context: {} }) as AnyMachineSnapshot;
      compiled.events.forEach((type, e) => {
        const [next] = transition(machine, snapshot, { type }) as [AnyMachineSnapshot, unknown];
        const got = compiled.next(s, e);
        if (snapshot.can({ type })) {
          accepted++;
          expect(compiled.states[got], `${stateName} + ${type}`).toBe(next.value);
        } else {
          expect(got, `${stateName} + ${type}`).toBe(-1);
          expect(next, `XState ignores ${type} in ${stateName}`).toBe(snapshot);
        }
      });
    });
    expect(compiled.edges()).toHaveLength(accepted);
  });

  it('starts where XState starts and marks the same states final', () => {
    const [start] = initialTransition(machine) as [AnyMachineSnapshot, unknown];
    expect(compiled.states[compiled.initial]).toBe(start.value);
    compiled.states.forEach((stateName, s) => {
      const snapshot = machine.resolveState({ value: stateName, context: {} }) as AnyMachineSnapshot;
      expect(compiled.isFinal[s] === 1, stateName).toBe(snapshot.status === 'done');
    });
  });

  it('lists exactly the machine’s states and accepted events', () => {
    expect([...compiled.states].sort()).toEqual(Object.keys(machine.root.states).sort());
    expect([...compiled.events].sort()).toEqual([...(machine.events as string[])].sort());
    expect(compiled.table).toHaveLength(compiled.states.length * compiled.events.length);
  });

  it('maps names to indices both ways', () => {
    compiled.states.forEach((name, i) => expect(compiled.state[name]).toBe(i));
    compiled.events.forEach((name, i) => expect(compiled.event[name]).toBe(i));
  });

  it('returns -1 for out-of-range indices instead of reading another row', () => {
    expect(compiled.next(compiled.initial, compiled.events.length)).toBe(-1);
    expect(compiled.next(compiled.initial, -1)).toBe(-1);
    expect(compiled.next(compiled.states.length, 0)).toBe(-1);
  });
});

const door = () =>
  createMachine({
    id: 'door',
    initial: 'shut',
    states: { shut: { on: { OPEN: 'open' } }, open: { on: { SHUT: 'shut', SLAM: 'shut' } } },
  });

describe('compileMachine', () => {
  it('derives sorted events and document-order states when no order is given', () => {
    const c = compileMachine(door());
    expect(c.states).toEqual(['shut', 'open']);
    expect(c.events).toEqual(['OPEN', 'SHUT', 'SLAM']);
    expect(c.edges()).toEqual([
      { from: 'shut', event: 'OPEN', to: 'open' },
      { from: 'open', event: 'SHUT', to: 'shut' },
      { from: 'open', event: 'SLAM', to: 'shut' },
    ]);
  });

  it('uses the caller’s orders for stable indices', () => {
    const c = compileMachine(door(), { states: ['open', 'shut'], events: ['SLAM', 'SHUT', 'OPEN'] });
    expect(c.state).toEqual({ open: 0, shut: 1 });
    expect(c.event).toEqual({ SLAM: 0, SHUT: 1, OPEN: 2 });
    expect(c.initial).toBe(1);
    expect(c.next(c.state.open, c.event.SLAM)).toBe(c.state.shut);
  });

  it('rejects state and event lists that do not match the machine exactly', () => {
    expect(() => compileMachine(door(), { states: ['shut'] })).toThrow(/'open' is in the machine but not listed/);
    expect(() => compileMachine(door(), { states: ['shut', 'open', 'ajar'] })).toThrow(/'ajar' is not in the machine/);
    expect(() => compileMachine(door(), { events: ['OPEN', 'SHUT', 'SLAM', 'OPEN'] })).toThrow(/'OPEN' is listed twice/);
  });

  it('rejects a machine with a guard', () => {
    const m = setup({ guards: { locked: () => false } }).createMachine({
      id: 'g',
      initial: 'a',
      states: { a: { on: { GO: { target: 'b', guard: 'locked' } } }, b: {} },
    });
    expect(() => compileMachine(m)).toThrow(/compileMachine\('g'\): state 'a' event 'GO' has a guard/);
  });

  it('rejects a machine with a delayed (after) transition', () => {
    const m = createMachine({ id: 't', initial: 'a', states: { a: { after: { 1000: 'b' } }, b: {} } });
    expect(() => compileMachine(m)).toThrow(/state 'a' has a delayed \(after\) transition/);
  });

  it('rejects a machine with nested states', () => {
    const m = createMachine({
      id: 'n',
      initial: 'a',
      states: { a: { initial: 'x', states: { x: { on: { GO: 'y' } }, y: {} } } },
    });
    expect(() => compileMachine(m)).toThrow(/state 'a' is a compound state/);
  });

  it('rejects a machine with parallel states', () => {
    const m = createMachine({ id: 'p', type: 'parallel', states: { a: {}, b: {} } });
    expect(() => compileMachine(m)).toThrow(/parallel root/);
  });

  it('rejects transition, entry and exit actions', () => {
    const act = () => {};
    const withAction = createMachine({ id: 'a', initial: 'a', states: { a: { on: { GO: { target: 'b', actions: act } } }, b: {} } });
    const withEntry = createMachine({ id: 'e', initial: 'a', states: { a: { on: { GO: 'b' } }, b: { entry: act } } });
    expect(() => compileMachine(withAction)).toThrow(/event 'GO' has actions/);
    expect(() => compileMachine(withEntry)).toThrow(/state 'b' has entry or exit actions/);
  });

  it('rejects targetless transitions, root-level transitions and eventless transitions', () => {
    const targetless = createMachine({ id: 'x', initial: 'a', states: { a: { on: { STAY: {} } } } });
    const rootOn = createMachine({ id: 'r', initial: 'a', on: { RESET: '.a' }, states: { a: { on: { GO: 'b' } }, b: {} } });
    const always = createMachine({ id: 'w', initial: 'a', states: { a: { always: 'b' }, b: {} } });
    expect(() => compileMachine(targetless)).toThrow(/event 'STAY' has no target/);
    expect(() => compileMachine(rootOn)).toThrow(/root-level transitions \(RESET\)/);
    expect(() => compileMachine(always)).toThrow(/eventless \(always\)/);
  });
});

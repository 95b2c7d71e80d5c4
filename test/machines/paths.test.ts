// Walks the lifecycles with @xstate/graph: every simple path from the start to an end agrees
// between XState and the compiled table, every state is reachable, and no parcel can get stuck.
import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { parcelLifecycle, parcelMachine } from '../../src/machines/parcel.js';
import { replayWithXState } from '../../src/machines/replay.js';
import { LIFECYCLES } from './lifecycles.js';

const isDone = (snapshot: AnyMachineSnapshot) => snapshot.status === 'done';

/** Event names and the state after each, from a graph path. */
function eventsAndStates(path: { steps: Array<{ event: { type: string }; state: AnyMachineSnapshot }> }) {
  // In @xstate/graph 3 the first step is the initial snapshot under a synthetic 'xstate.init'
  // event, and each step's `state` is the snapshot *after* its event.
  const steps = path.steps.slice(1);
  return { events: steps.map((s) => s.event.type), states: steps.map((s) => s.state.value as string) };
}

/** Runs `events` through the compiled table from its initial state; -1 (not accepted) fails. */
function replayCompiled(events: readonly string[]): string[] {
  const p = parcelLifecycle;
  let s = p.initial;
  return events.map((type) => {
    s = p.next(s, p.event[type as keyof typeof p.event]);
    if (s < 0) throw new Error(`compiled table refused ${type}`);
    return p.states[s];
  });
}

describe('parcel lifecycle paths', () => {
  const paths = getSimplePaths(parcelMachine, { toState: isDone });

  it('has simple paths from awaitingInduction to every final state', () => {
    const ends = new Set(paths.map((p) => p.state.value));
    const finals = parcelLifecycle.states.filter((_, i) => parcelLifecycle.isFinal[i]);
    expect([...ends].sort()).toEqual([...finals].sort());
    // Spot-check that the walk goes deep: the longest routes run through a hold, an exam, a field test and the lab.
    const longest = paths.map((p) => eventsAndStates(p).events).sort((a, b) => b.length - a.length)[0];
    expect(longest).toContain('SEND_TO_LAB');
    expect(longest).toContain('TARGETED_HOLD');
  });

  it('replays every simple path to the same states in XState and the compiled table', () => {
    for (const path of paths) {
      const { events, states } = eventsAndStates(path);
      expect(replayCompiled(events), events.join(' ')).toEqual(states);
      expect(replayWithXState(parcelMachine, events), events.join(' ')).toEqual(states);
      expect(path.state.status).toBe('done');
    }
  });

  it('lets every non-final state reach a final state', () => {
    parcelLifecycle.states.forEach((name, i) => {
      if (parcelLifecycle.isFinal[i]) return;
      const fromState = parcelMachine.resolveState({ value: name, context: {} });
      const toEnd = getShortestPaths(parcelMachine, { fromState, toState: isDone });
      expect(toEnd.length, `${name} can reach an end`).toBeGreaterThan(0);
    });
  });
});

describe.each(LIFECYCLES.map((l) => [l.compiled.id, l] as const))('%s lifecycle reachability', (_id, { machine, compiled }) => {
  it('reaches every state from the initial state, in XState and in the table', () => {
    const fromXState = new Set(getShortestPaths(machine).map((p) => p.state.value as string));
    expect([...fromXState].sort()).toEqual([...compiled.states].sort());

    const seen = new Set([compiled.initial]);
    const queue = [compiled.initial];
    while (queue.length > 0) {
      const s = queue.shift()!;
      for (let e = 0; e < compiled.events.length; e++) {
        const t = compiled.next(s, e);
        if (t >= 0 && !seen.has(t)) seen.add(t), queue.push(t);
      }
    }
    expect(seen.size).toBe(compiled.states.length);
  });
});

// The app's run control: play, pause, step, finish, reset and speed, run as a real actor, with its
// effects on the simulation as named actions that the UI supplies through .provide(): each test
// records the effects it asks for.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { runControlMachine, type RunControlEvent } from '../../src/machines/runControl.js';

/** An actor whose effects are recorded as text, in order. */
function start(input?: { speed?: number }) {
  const effects: string[] = [];
  const machine = runControlMachine.provide({
    actions: {
      play: (_, { speed }) => void effects.push(`play ${speed}`),
      pause: () => void effects.push('pause'),
      step: (_, { unit }) => void effects.push(`step ${unit}`),
      reset: () => void effects.push('reset'),
    },
  });
  const actor = createActor(machine, { input }).start();
  const send = (...events: RunControlEvent[]) => events.forEach((e) => actor.send(e));
  return { actor, effects, send, state: () => actor.getSnapshot().value };
}

describe('run control', () => {
  it('starts idle at speed 1, or at the speed given as input, with no effect', () => {
    expect(start().state()).toBe('idle');
    expect(start().actor.getSnapshot().context.speed).toBe(1);
    const r = start({ speed: 60 });
    expect(r.actor.getSnapshot().context.speed).toBe(60);
    expect(r.effects).toEqual([]);
  });

  it('plays at its speed, pauses and plays again, telling the simulation each time', () => {
    const r = start({ speed: 600 });
    r.send({ type: 'PLAY' }, { type: 'PAUSE' }, { type: 'PLAY' });
    expect(r.state()).toBe('running');
    expect(r.effects).toEqual(['play 600', 'pause', 'play 600']);
  });

  it('steps by the unit the STEP carries, from idle or paused, and not while running', () => {
    const r = start();
    r.send({ type: 'STEP', unit: 'event' }, { type: 'STEP', unit: 'minute' });
    expect(r.state()).toBe('paused');
    r.send({ type: 'PLAY' }, { type: 'STEP', unit: 'event' });
    expect(r.state()).toBe('running');
    expect(r.effects).toEqual(['step event', 'step minute', 'play 1']);
  });

  it('finishes from running or paused, and only RESET leaves finished', () => {
    const r = start();
    r.send({ type: 'PLAY' }, { type: 'FINISH' });
    expect(r.state()).toBe('finished');
    r.send({ type: 'PLAY' }, { type: 'STEP', unit: 'event' });
    expect(r.state()).toBe('finished');
    expect(r.effects).toEqual(['play 1']);
    r.send({ type: 'RESET' });
    expect(r.state()).toBe('idle');
    const p = start();
    p.send({ type: 'STEP', unit: 'event' }, { type: 'FINISH' });
    expect(p.state()).toBe('finished');
  });

  it('resets to idle from every state, reloading the run, and keeps the speed', () => {
    const paths: RunControlEvent[][] = [[], [{ type: 'PLAY' }], [{ type: 'STEP', unit: 'event' }], [{ type: 'PLAY' }, { type: 'FINISH' }]];
    for (const events of paths) {
      const r = start({ speed: 5 });
      r.send(...events, { type: 'RESET' });
      expect(r.state(), events.map((e) => e.type).join(' ')).toBe('idle');
      expect(r.actor.getSnapshot().context.speed).toBe(5);
      expect(r.effects.at(-1)).toBe('reset');
    }
  });

  it('sets the speed in any state, plays a new speed at once while running, and ignores speeds that are not positive numbers', () => {
    const r = start();
    r.send({ type: 'SET_SPEED', speed: 10 });
    expect(r.actor.getSnapshot().context.speed).toBe(10);
    expect(r.effects).toEqual([]);
    r.send({ type: 'PLAY' }, { type: 'SET_SPEED', speed: 0.5 });
    expect(r.actor.getSnapshot().context.speed).toBe(0.5);
    expect(r.state()).toBe('running');
    for (const speed of [0, -2, Number.NaN, Number.POSITIVE_INFINITY]) r.send({ type: 'SET_SPEED', speed });
    expect(r.actor.getSnapshot().context.speed).toBe(0.5);
    expect(r.effects).toEqual(['play 10', 'play 0.5']);
  });
});

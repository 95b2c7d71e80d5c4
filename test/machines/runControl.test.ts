// The app's run control: play, pause, step, finish, reset and speed, run as a real actor.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { runControlMachine } from '../../src/machines/runControl.js';

function start(input?: { speed?: number }) {
  return createActor(runControlMachine, { input }).start();
}

describe('run control', () => {
  it('starts idle at speed 1, or at the speed given as input', () => {
    expect(start().getSnapshot().value).toBe('idle');
    expect(start().getSnapshot().context.speed).toBe(1);
    expect(start({ speed: 60 }).getSnapshot().context.speed).toBe(60);
  });

  it('plays, pauses and plays again', () => {
    const actor = start();
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().value).toBe('running');
    actor.send({ type: 'PAUSE' });
    expect(actor.getSnapshot().value).toBe('paused');
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().value).toBe('running');
  });

  it('steps from idle or paused, counting each step, and not while running', () => {
    const actor = start();
    actor.send({ type: 'STEP' });
    expect(actor.getSnapshot().value).toBe('paused');
    actor.send({ type: 'STEP' });
    expect(actor.getSnapshot().value).toBe('paused');
    expect(actor.getSnapshot().context.steps).toBe(2);
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'STEP' });
    expect(actor.getSnapshot().value).toBe('running');
    expect(actor.getSnapshot().context.steps).toBe(2);
  });

  it('finishes from running or paused, and only RESET leaves finished', () => {
    const actor = start();
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'FINISH' });
    expect(actor.getSnapshot().value).toBe('finished');
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'STEP' });
    expect(actor.getSnapshot().value).toBe('finished');
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().value).toBe('idle');

    actor.send({ type: 'STEP' });
    actor.send({ type: 'FINISH' });
    expect(actor.getSnapshot().value).toBe('finished');
  });

  it('resets to idle from every state and keeps the speed', () => {
    for (const events of [[], ['PLAY'], ['STEP'], ['PLAY', 'FINISH']] as const) {
      const actor = start({ speed: 5 });
      for (const type of events) actor.send({ type });
      actor.send({ type: 'RESET' });
      expect(actor.getSnapshot().value, events.join(' ')).toBe('idle');
      expect(actor.getSnapshot().context.speed).toBe(5);
    }
  });

  it('sets the speed in any state and ignores speeds that are not positive numbers', () => {
    const actor = start();
    actor.send({ type: 'SET_SPEED', speed: 10 });
    expect(actor.getSnapshot().context.speed).toBe(10);
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'SET_SPEED', speed: 0.5 });
    expect(actor.getSnapshot().context.speed).toBe(0.5);
    expect(actor.getSnapshot().value).toBe('running');
    for (const speed of [0, -2, Number.NaN, Number.POSITIVE_INFINITY]) actor.send({ type: 'SET_SPEED', speed });
    expect(actor.getSnapshot().context.speed).toBe(0.5);
  });
});

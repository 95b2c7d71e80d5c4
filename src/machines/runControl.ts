/**
 * The app's run control: whether the simulation is idle (not started or reset), running, paused
 * or finished, and the playback speed.
 *
 * Unlike the lifecycles, this machine is not compiled to a table: the browser UI runs it as a real
 * actor (there is one per app, and it changes on clicks, not per simulated event), so it may keep
 * context and use actions. It never touches the simulation itself (rule 8): the UI subscribes to
 * its snapshots and drives the engine. A step request increments `context.steps`, so a
 * subscriber sees each STEP as a changed snapshot even though paused -> paused keeps the state.
 *
 * @example
 * const actor = createActor(runControlMachine).start();
 * actor.send({ type: 'PLAY' });                    // running
 * actor.send({ type: 'SET_SPEED', speed: 10 });    // running, context.speed === 10
 * actor.send({ type: 'PAUSE' });                   // paused
 * actor.send({ type: 'STEP' });                    // paused, context.steps === 1
 * actor.send({ type: 'RESET' });                   // idle, speed kept
 */
import { assign, setup } from 'xstate';

/** The run control's context: playback speed (simulated seconds per wall-clock second) and step requests. */
export interface RunControlContext {
  readonly speed: number;
  readonly steps: number;
}

/** Events the UI sends to the run control. */
export type RunControlEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'STEP' }
  | { type: 'RESET' }
  | { type: 'FINISH' }
  | { type: 'SET_SPEED'; speed: number };

/**
 * The run-control machine. Input `speed` sets the starting speed (default 1). SET_SPEED and RESET
 * are accepted in every state; a speed that is not a positive finite number is ignored.
 *
 * @example
 * const actor = createActor(runControlMachine, { input: { speed: 60 } }).start();
 * actor.getSnapshot().context.speed; // 60
 */
export const runControlMachine = setup({
  types: {
    context: {} as RunControlContext,
    events: {} as RunControlEvent,
    input: {} as { speed?: number } | undefined,
  },
  guards: {
    validSpeed: ({ event }) => event.type === 'SET_SPEED' && Number.isFinite(event.speed) && event.speed > 0,
  },
  actions: {
    setSpeed: assign({ speed: ({ context, event }) => (event.type === 'SET_SPEED' ? event.speed : context.speed) }),
    countStep: assign({ steps: ({ context }) => context.steps + 1 }),
  },
}).createMachine({
  id: 'runControl',
  initial: 'idle',
  context: ({ input }) => ({ speed: input?.speed ?? 1, steps: 0 }),
  on: {
    RESET: '.idle',
    SET_SPEED: { guard: 'validSpeed', actions: 'setSpeed' },
  },
  states: {
    idle: {
      description: 'Not started, or reset.',
      on: { PLAY: 'running', STEP: { target: 'paused', actions: 'countStep' } },
    },
    running: {
      description: 'Running at the chosen speed.',
      on: { PAUSE: 'paused', FINISH: 'finished' },
    },
    paused: {
      description: 'Paused; STEP advances one event.',
      // A step can reach the end of the run, hence FINISH here too.
      on: { PLAY: 'running', STEP: { target: 'paused', actions: 'countStep' }, FINISH: 'finished' },
    },
    // Not a final state: a final state would stop the actor, and RESET must still work.
    finished: { description: 'The run reached its end time.' },
  },
});

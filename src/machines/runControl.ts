/**
 * The app's run control: whether the simulation is idle (not started or reset), running, paused
 * or finished, and the playback speed.
 *
 * Unlike the lifecycles, this machine is not compiled to a table: the browser UI runs it as a real
 * actor (there is one per app, and it changes on clicks, not per simulated event), so it may keep
 * context and use actions. Its effects on the simulation are named actions (`play`, `pause`,
 * `step`, `reset`) that do nothing here: the UI supplies them with `.provide()`, so the machine
 * decides WHEN the simulation is told something and the UI only says HOW (rule 8: the machine never
 * touches the simulation itself). STEP carries its unit, an event or a minute.
 *
 * @example
 * const actor = createActor(runControlMachine.provide({ actions: { play: (_, { speed }) => sim.play(speed) } })).start();
 * actor.send({ type: 'PLAY' });                        // running: play(speed) ran
 * actor.send({ type: 'SET_SPEED', speed: 10 });        // running, context.speed === 10: play(10) ran
 * actor.send({ type: 'PAUSE' });                       // paused: pause() ran
 * actor.send({ type: 'STEP', unit: 'minute' });        // paused: step('minute') ran
 * actor.send({ type: 'RESET' });                       // idle, speed kept: reset() ran
 */
import { assign, setup } from 'xstate';

/** The run control's context: playback speed (simulated seconds per wall-clock second). */
export interface RunControlContext {
  readonly speed: number;
}

/** What one STEP runs: the next simulation event, or one simulated minute. */
export type StepUnit = 'event' | 'minute';

/** Events the UI sends to the run control. */
export type RunControlEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'STEP'; unit: StepUnit }
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
    // The effects, supplied by the UI with .provide(); no-ops here so the machine runs on its own in tests.
    play: (_, _params: { speed: number }) => {},
    pause: () => {},
    step: (_, _params: { unit: StepUnit }) => {},
    reset: () => {},
  },
}).createMachine({
  id: 'runControl',
  initial: 'idle',
  context: ({ input }) => ({ speed: input?.speed ?? 1 }),
  on: {
    RESET: { target: '.idle', actions: 'reset' },
    SET_SPEED: { guard: 'validSpeed', actions: 'setSpeed' },
  },
  states: {
    idle: {
      description: 'Not started, or reset.',
      on: { PLAY: 'running', STEP: { target: 'paused', actions: { type: 'step', params: ({ event }) => ({ unit: event.unit }) } } },
    },
    running: {
      description: 'Running at the chosen speed.',
      entry: { type: 'play', params: ({ context }) => ({ speed: context.speed }) },
      on: {
        PAUSE: { target: 'paused', actions: 'pause' },
        FINISH: 'finished',
        // A new speed while running is played at once.
        SET_SPEED: { guard: 'validSpeed', actions: ['setSpeed', { type: 'play', params: ({ event }) => ({ speed: (event as { speed: number }).speed }) }] },
      },
    },
    paused: {
      description: 'Paused; STEP advances one event or one minute.',
      // A step can reach the end of the run, hence FINISH here too.
      on: { PLAY: 'running', STEP: { actions: { type: 'step', params: ({ event }) => ({ unit: event.unit }) } }, FINISH: 'finished' },
    },
    // Not a final state: a final state would stop the actor, and RESET must still work.
    finished: { description: 'The run reached its end time.' },
  },
});

/**
 * The canine-team lifecycle: a dog and its handler are off duty, working (a search run along the
 * receptacles or a belt), or resting between runs. Dogs search in short runs of tens of minutes
 * (docs/sources.md, canines), so the model alternates RUN_END and REST_END during a shift.
 *
 * Guard-free and action-free, so `canineLifecycle` is its exact transition table (rule 6).
 *
 * @example
 * const c = canineLifecycle;
 * let s = c.next(c.initial, c.event.SHIFT_START); // working
 * s = c.next(s, c.event.RUN_END);                  // resting
 * s = c.next(s, c.event.SHIFT_END);                // offDuty
 */
import { setup } from 'xstate';
import { compileMachine } from './compile.js';

/** Canine-team states in index order. */
export const CANINE_STATES = ['offDuty', 'working', 'resting'] as const;
/** Canine-team events in index order. */
export const CANINE_EVENTS = ['SHIFT_START', 'RUN_END', 'REST_END', 'SHIFT_END'] as const;

/** A canine-team state name. */
export type CanineState = (typeof CANINE_STATES)[number];
/** A canine-team event name. */
export type CanineEvent = (typeof CANINE_EVENTS)[number];

/**
 * The canine-team lifecycle as an XState machine; the engine uses {@link canineLifecycle}.
 *
 * @example
 * replayWithXState(canineMachine, ['SHIFT_START', 'RUN_END', 'REST_END']);
 * // ['working', 'resting', 'working']
 */
export const canineMachine = setup({
  types: { events: {} as { type: CanineEvent } },
}).createMachine({
  id: 'canine',
  initial: 'offDuty',
  states: {
    offDuty: { description: 'The dog and handler are not on shift.', on: { SHIFT_START: 'working' } },
    working: {
      description: 'Searching parcels on a run; an alert sends a parcel to exam.',
      on: { RUN_END: 'resting', SHIFT_END: 'offDuty' },
    },
    resting: {
      description: 'The dog resting between runs.',
      on: { REST_END: 'working', SHIFT_END: 'offDuty' },
    },
  },
});

/**
 * The canine-team lifecycle as a transition table.
 *
 * @example
 * canineLifecycle.next(canineLifecycle.state.offDuty, canineLifecycle.event.RUN_END); // -1
 */
export const canineLifecycle = compileMachine(canineMachine, { states: CANINE_STATES, events: CANINE_EVENTS });

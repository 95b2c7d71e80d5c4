/**
 * The station lifecycle: an x-ray, CT, exam, field-test or seizure station is closed (no officer on
 * duty), idle (staffed, nothing in service) or serving (at least one parcel in service).
 *
 * The station is a summary of its officers for the view: the engine's dispatcher
 * (src/model/Dispatcher.ts) sends SERVICE_START whenever a service begins (serving -> serving is
 * allowed, for a station with several officers), ALL_DONE when the last service ends, and STAFFED
 * / UNSTAFFED when the first officer arrives or the last one leaves. A station never loses its
 * last officer while serving: an officer leaves only with empty hands (under the 'finish' rule
 * after the parcel in hand, under 'handover' after handing it back, which ends that service
 * first; see officer.ts), so UNSTAFFED is refused while serving and a slip in the engine throws.
 *
 * Guard-free and action-free, so `stationLifecycle` is its exact transition table (rule 6).
 *
 * @example
 * const st = stationLifecycle;
 * let s = st.next(st.initial, st.event.STAFFED); // idle
 * s = st.next(s, st.event.SERVICE_START);         // serving
 * s = st.next(s, st.event.SERVICE_START);         // serving (a second officer)
 * s = st.next(s, st.event.ALL_DONE);              // idle
 */
import { setup } from 'xstate';
import { compileMachine } from './compile.js';

/** Station states in index order. */
export const STATION_STATES = ['closed', 'idle', 'serving'] as const;
/** Station events in index order. */
export const STATION_EVENTS = ['STAFFED', 'UNSTAFFED', 'SERVICE_START', 'ALL_DONE'] as const;

/** A station state name. */
export type StationState = (typeof STATION_STATES)[number];
/** A station event name. */
export type StationEvent = (typeof STATION_EVENTS)[number];

/**
 * The station lifecycle as an XState machine; the engine uses {@link stationLifecycle}.
 *
 * @example
 * replayWithXState(stationMachine, ['STAFFED', 'SERVICE_START', 'ALL_DONE', 'UNSTAFFED']);
 * // ['idle', 'serving', 'idle', 'closed']
 */
export const stationMachine = setup({
  types: { events: {} as { type: StationEvent } },
}).createMachine({
  id: 'station',
  initial: 'closed',
  states: {
    closed: { description: 'No officer on duty.', on: { STAFFED: 'idle' } },
    idle: {
      description: 'Staffed, with nothing in service.',
      on: { UNSTAFFED: 'closed', SERVICE_START: 'serving' },
    },
    serving: {
      description: 'At least one parcel in service.',
      on: { SERVICE_START: 'serving', ALL_DONE: 'idle' },
    },
  },
});

/**
 * The station lifecycle as a transition table.
 *
 * @example
 * stationLifecycle.next(stationLifecycle.state.closed, stationLifecycle.event.SERVICE_START); // -1
 */
export const stationLifecycle = compileMachine(stationMachine, { states: STATION_STATES, events: STATION_EVENTS });

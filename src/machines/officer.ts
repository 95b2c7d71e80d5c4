/**
 * The officer lifecycle: off duty, idle at a station, busy with a parcel, on a break, or finishing
 * a parcel before a break or the end of the shift.
 *
 * A break or a shift end can fall due while the officer is busy. A break always waits for the
 * parcel in hand (busy -> finishingThenBreak -> DONE -> onBreak). A shift end follows the
 * scenario's shift-end rule:
 *
 * - 'finish': the officer finishes the parcel in hand first. The engine sends SHIFT_END, the
 *   officer moves to finishingThenOff (from busy or finishingThenBreak; the pending break is
 *   dropped), and the DONE at the end of service takes them off duty.
 * - 'handover': the parcel goes back to the front of its queue for the next officer. The engine
 *   sends HANDOVER (the parcel receives its own HANDOVER too, see parcel.ts), which frees the
 *   officer, then SHIFT_END. From finishingThenBreak, HANDOVER leads to onBreak, from which
 *   SHIFT_END also goes off duty, so the same two events work whether or not a break was pending.
 *
 * Guard-free and action-free, so `officerLifecycle` is its exact transition table (rule 6).
 *
 * @example
 * const o = officerLifecycle;
 * let s = o.next(o.initial, o.event.SHIFT_START); // idle
 * s = o.next(s, o.event.ASSIGN);                   // busy
 * s = o.next(s, o.event.SHIFT_END);                // finishingThenOff ('finish' rule)
 * s = o.next(s, o.event.DONE);                     // offDuty
 */
import { setup } from 'xstate';
import { compileMachine } from './compile.js';

/** Officer states in index order. */
export const OFFICER_STATES = ['offDuty', 'idle', 'busy', 'onBreak', 'finishingThenBreak', 'finishingThenOff'] as const;
/** Officer events in index order. */
export const OFFICER_EVENTS = ['SHIFT_START', 'ASSIGN', 'DONE', 'BREAK_START', 'BREAK_END', 'SHIFT_END', 'HANDOVER'] as const;

/** An officer state name. */
export type OfficerState = (typeof OFFICER_STATES)[number];
/** An officer event name. */
export type OfficerEvent = (typeof OFFICER_EVENTS)[number];

/**
 * The officer lifecycle as an XState machine; the engine uses {@link officerLifecycle}.
 *
 * @example
 * replayWithXState(officerMachine, ['SHIFT_START', 'ASSIGN', 'HANDOVER', 'SHIFT_END']);
 * // ['idle', 'busy', 'idle', 'offDuty']
 */
export const officerMachine = setup({
  types: { events: {} as { type: OfficerEvent } },
}).createMachine({
  id: 'officer',
  initial: 'offDuty',
  states: {
    offDuty: { description: 'Not on shift.', on: { SHIFT_START: 'idle' } },
    idle: {
      description: 'On shift at a station, waiting for a parcel.',
      on: { ASSIGN: 'busy', BREAK_START: 'onBreak', SHIFT_END: 'offDuty' },
    },
    busy: {
      description: 'Screening or examining a parcel.',
      on: {
        DONE: 'idle',
        HANDOVER: 'idle',
        BREAK_START: 'finishingThenBreak',
        SHIFT_END: 'finishingThenOff',
      },
    },
    onBreak: { description: 'On a break.', on: { BREAK_END: 'idle', SHIFT_END: 'offDuty' } },
    finishingThenBreak: {
      description: 'Finishing the parcel in hand, then going on a break.',
      on: { DONE: 'onBreak', HANDOVER: 'onBreak', SHIFT_END: 'finishingThenOff' },
    },
    finishingThenOff: {
      description: 'Finishing the parcel in hand, then going off duty.',
      // Back-to-back shifts (e.g. 24-hour cover): the next shift starts while the officer is
      // still finishing, so they simply carry on.
      on: { DONE: 'offDuty', SHIFT_START: 'busy' },
    },
  },
});

/**
 * The officer lifecycle as a transition table.
 *
 * @example
 * officerLifecycle.next(officerLifecycle.state.onBreak, officerLifecycle.event.ASSIGN); // -1
 */
export const officerLifecycle = compileMachine(officerMachine, { states: OFFICER_STATES, events: OFFICER_EVENTS });

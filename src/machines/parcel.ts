/**
 * The parcel lifecycle: every state a parcel can be in from the moment its receptacle reaches the
 * facility until it is released to the postal service, seized, or detained.
 *
 * This machine is the one definition of that lifecycle (docs/architecture.md rule 6). It has no guards
 * and no actions: each outcome of a step is its own event type (an x-ray CLEAR or ALARM, an exam
 * NOTHING_FOUND, FOUND or FOUND_NEEDS_TEST), chosen by the model, so the machine is a pure
 * transition table. `parcelLifecycle` is that table, compiled once, which the engine steps with
 * integer indices; the app draws the machine and the tests check the two agree on every pair.
 *
 * Every service has a queue state before it, so queueing time is visible. HANDOVER sends a parcel
 * from service back to its queue when the officer leaves under the 'handover' shift-end rule (see
 * officer.ts). WAIT_LIMIT releases a parcel unscreened when it has waited longer than the
 * scenario's backlog limit for the screening it was pulled for. Parcels arriving one at a time (a Poisson stream rather than receptacles) also
 * start in `awaitingInduction` and receive their sort event at once.
 *
 * @example
 * const p = parcelLifecycle;
 * let s = p.initial;                       // awaitingInduction
 * s = p.next(s, p.event.PULL_XRAY);        // xrayQueue
 * s = p.next(s, p.event.START);            // xray
 * s = p.next(s, p.event.ALARM);            // examQueue
 * p.next(s, p.event.CLEAR);                // -1: a queued parcel cannot be cleared
 */
import { setup } from 'xstate';
import { compileMachine } from './compile.js';

/** Parcel states in index order (the order of `parcelLifecycle.state`). */
export const PARCEL_STATES = [
  'awaitingInduction',
  'held',
  'xrayQueue',
  'xray',
  'ctQueue',
  'ct',
  'examQueue',
  'exam',
  'fieldTestQueue',
  'fieldTest',
  'lab',
  'seizureQueue',
  'seizureProcessing',
  'released',
  'seized',
  'detained',
] as const;

/** Parcel events in index order (the order of `parcelLifecycle.event`). */
export const PARCEL_EVENTS = [
  // Sorting at induction.
  'INDUCTED_CLEAR',
  'TARGETED_HOLD',
  'PULL_XRAY',
  'PULL_CT',
  'PULL_EXAM',
  'CANINE_ALERT',
  // A targeted hold, resolved by the postal service.
  'PRESENTED_XRAY',
  'PRESENTED_CT',
  'PRESENTED_EXAM',
  'NOT_PRESENTED',
  'NOT_EXAMINED',
  // Any service.
  'START',
  'HANDOVER',
  // Outcomes of x-ray and CT.
  'CLEAR',
  'ALARM',
  // Outcomes of a manual exam.
  'NOTHING_FOUND',
  'FOUND',
  'FOUND_NEEDS_TEST',
  // Outcomes of a field test and the lab.
  'TEST_POSITIVE',
  'SEND_TO_LAB',
  'DETAIN',
  'LAB_POSITIVE',
  'LAB_NEGATIVE',
  // Seizure paperwork.
  'PROCESSED',
  // The backlog rule: the parcel waited longer than the scenario allows for its ordered screening.
  'WAIT_LIMIT',
] as const;

/** A parcel state name. */
export type ParcelState = (typeof PARCEL_STATES)[number];
/** A parcel event name. */
export type ParcelEvent = (typeof PARCEL_EVENTS)[number];

/**
 * The parcel lifecycle as an XState machine: for diagrams, graph tests and replays. The engine
 * uses {@link parcelLifecycle} instead.
 *
 * @example
 * replayWithXState(parcelMachine, ['INDUCTED_CLEAR']); // ['released']
 */
export const parcelMachine = setup({
  types: { events: {} as { type: ParcelEvent } },
}).createMachine({
  id: 'parcel',
  initial: 'awaitingInduction',
  states: {
    awaitingInduction: {
      description: 'In its receptacle, waiting for the postal induction line, where it is sorted.',
      on: {
        INDUCTED_CLEAR: 'released',
        TARGETED_HOLD: 'held',
        PULL_XRAY: 'xrayQueue',
        PULL_CT: 'ctQueue',
        PULL_EXAM: 'examQueue',
        CANINE_ALERT: 'examQueue',
      },
    },
    held: {
      description: 'Targeted for a hold; waiting for the postal service to find it and present it to an officer.',
      on: {
        PRESENTED_XRAY: 'xrayQueue',
        PRESENTED_CT: 'ctQueue',
        PRESENTED_EXAM: 'examQueue',
        NOT_PRESENTED: 'released',
        NOT_EXAMINED: 'released',
        WAIT_LIMIT: 'released',
      },
    },
    xrayQueue: { description: 'Waiting for an x-ray station.', on: { START: 'xray', WAIT_LIMIT: 'released' } },
    xray: {
      description: 'Being imaged by x-ray while an officer reads the image.',
      on: { CLEAR: 'released', ALARM: 'examQueue', HANDOVER: 'xrayQueue' },
    },
    ctQueue: { description: 'Waiting for the CT scanner.', on: { START: 'ct', WAIT_LIMIT: 'released' } },
    ct: {
      description: 'Being scanned by CT while an officer reads the image.',
      on: { CLEAR: 'released', ALARM: 'examQueue', HANDOVER: 'ctQueue' },
    },
    examQueue: { description: 'Waiting for an officer to open and examine it.', on: { START: 'exam', WAIT_LIMIT: 'released' } },
    exam: {
      description: 'Being opened and examined by an officer.',
      on: {
        NOTHING_FOUND: 'released',
        FOUND: 'seizureQueue',
        FOUND_NEEDS_TEST: 'fieldTestQueue',
        HANDOVER: 'examQueue',
      },
    },
    fieldTestQueue: { description: 'A suspect substance found; waiting for a field test.', on: { START: 'fieldTest' } },
    fieldTest: {
      description: 'The substance being tested with a handheld device.',
      on: {
        TEST_POSITIVE: 'seizureQueue',
        SEND_TO_LAB: 'lab',
        DETAIN: 'detained',
        HANDOVER: 'fieldTestQueue',
      },
    },
    lab: {
      description: 'A sample at the laboratory, awaiting a confirmatory result.',
      on: { LAB_POSITIVE: 'seizureQueue', LAB_NEGATIVE: 'released' },
    },
    seizureQueue: { description: 'Contraband confirmed; waiting for seizure paperwork.', on: { START: 'seizureProcessing' } },
    seizureProcessing: {
      description: 'An officer recording the seizure.',
      on: { PROCESSED: 'seized', HANDOVER: 'seizureQueue' },
    },
    released: { type: 'final', description: 'Released to the postal service for delivery.' },
    seized: { type: 'final', description: 'Seized.' },
    detained: { type: 'final', description: 'Detained pending further action (for example, prosecution or an abandonment notice).' },
  },
});

/**
 * The parcel lifecycle as a transition table, with the state and event orders above. Compiling it
 * here, at import, means a machine edit that the table cannot reproduce fails at once.
 *
 * @example
 * parcelLifecycle.next(parcelLifecycle.state.held, parcelLifecycle.event.NOT_PRESENTED)
 *   === parcelLifecycle.state.released; // true
 */
export const parcelLifecycle = compileMachine(parcelMachine, { states: PARCEL_STATES, events: PARCEL_EVENTS });

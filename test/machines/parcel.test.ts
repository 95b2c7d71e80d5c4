// The parcel lifecycle has exactly the states and transitions of the screening process, no more.
import { describe, expect, it } from 'vitest';
import { PARCEL_EVENTS, PARCEL_STATES, parcelLifecycle } from '../../src/machines/parcel.js';
import { transitionsOf } from './lifecycles.js';

describe('parcel lifecycle', () => {
  it('has exactly the specified transitions', () => {
    expect(transitionsOf(parcelLifecycle)).toEqual({
      awaitingInduction: {
        INDUCTED_CLEAR: 'released',
        TARGETED_HOLD: 'held',
        PULL_XRAY: 'xrayQueue',
        PULL_CT: 'ctQueue',
        PULL_EXAM: 'examQueue',
        CANINE_ALERT: 'examQueue',
      },
      held: {
        PRESENTED_XRAY: 'xrayQueue',
        PRESENTED_CT: 'ctQueue',
        PRESENTED_EXAM: 'examQueue',
        NOT_PRESENTED: 'released',
        NOT_EXAMINED: 'released',
        WAIT_LIMIT: 'released',
      },
      xrayQueue: { START: 'xray', WAIT_LIMIT: 'released' },
      xray: { CLEAR: 'released', ALARM: 'examQueue', HANDOVER: 'xrayQueue' },
      ctQueue: { START: 'ct', WAIT_LIMIT: 'released' },
      ct: { CLEAR: 'released', ALARM: 'examQueue', HANDOVER: 'ctQueue' },
      examQueue: { START: 'exam', WAIT_LIMIT: 'released' },
      exam: { NOTHING_FOUND: 'released', FOUND: 'seizureQueue', FOUND_NEEDS_TEST: 'fieldTestQueue', HANDOVER: 'examQueue' },
      fieldTestQueue: { START: 'fieldTest' },
      fieldTest: { TEST_POSITIVE: 'seizureQueue', SEND_TO_LAB: 'lab', DETAIN: 'detained', HANDOVER: 'fieldTestQueue' },
      lab: { LAB_POSITIVE: 'seizureQueue', LAB_NEGATIVE: 'released' },
      seizureQueue: { START: 'seizureProcessing' },
      seizureProcessing: { PROCESSED: 'seized', HANDOVER: 'seizureQueue' },
      released: {},
      seized: {},
      detained: {},
    });
  });

  it('starts awaiting induction and ends released, seized or detained', () => {
    const p = parcelLifecycle;
    expect(p.states[p.initial]).toBe('awaitingInduction');
    expect(p.states.filter((_, i) => p.isFinal[i])).toEqual(['released', 'seized', 'detained']);
  });

  it('indexes states and events in the order of PARCEL_STATES and PARCEL_EVENTS', () => {
    expect(parcelLifecycle.states).toEqual(PARCEL_STATES);
    expect(parcelLifecycle.events).toEqual(PARCEL_EVENTS);
    expect(parcelLifecycle.state.awaitingInduction).toBe(0);
  });

  it('describes every state in plain words', () => {
    for (const s of PARCEL_STATES) expect(parcelLifecycle.descriptions[s], s).toMatch(/^[A-Z].{4,}\.$/);
  });
});

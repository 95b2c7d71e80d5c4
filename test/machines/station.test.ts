// The station lifecycle: closed, idle or serving, as officers arrive, serve and leave.
import { describe, expect, it } from 'vitest';
import { stationLifecycle } from '../../src/machines/station.js';
import { transitionsOf } from './lifecycles.js';

describe('station lifecycle', () => {
  it('has exactly the specified transitions', () => {
    expect(transitionsOf(stationLifecycle)).toEqual({
      closed: { STAFFED: 'idle' },
      idle: { UNSTAFFED: 'closed', SERVICE_START: 'serving' },
      serving: { SERVICE_START: 'serving', ALL_DONE: 'idle' },
    });
    expect(stationLifecycle.states[stationLifecycle.initial]).toBe('closed');
  });

  it('cannot close while a parcel is in service (an officer leaves with empty hands)', () => {
    const st = stationLifecycle;
    expect(st.next(st.state.serving, st.event.UNSTAFFED)).toBe(-1);
  });

  it('stays serving when a second service starts', () => {
    const st = stationLifecycle;
    expect(st.next(st.state.serving, st.event.SERVICE_START)).toBe(st.state.serving);
  });
});

// The station lifecycle: closed, idle or serving, as officers arrive, serve and leave.
import { describe, expect, it } from 'vitest';
import { stationLifecycle } from '../../src/machines/station.js';
import { transitionsOf } from './lifecycles.js';

describe('station lifecycle', () => {
  it('has exactly the specified transitions', () => {
    expect(transitionsOf(stationLifecycle)).toEqual({
      closed: { STAFFED: 'idle' },
      idle: { UNSTAFFED: 'closed', SERVICE_START: 'serving' },
      serving: { SERVICE_START: 'serving', ALL_DONE: 'idle', UNSTAFFED: 'closed' },
    });
    expect(stationLifecycle.states[stationLifecycle.initial]).toBe('closed');
  });

  it('stays serving when a second service starts', () => {
    const st = stationLifecycle;
    expect(st.next(st.state.serving, st.event.SERVICE_START)).toBe(st.state.serving);
  });
});

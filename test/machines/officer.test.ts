// The officer lifecycle, including the 'finish' and 'handover' shift-end rules.
import { describe, expect, it } from 'vitest';
import { officerLifecycle, officerMachine } from '../../src/machines/officer.js';
import { replayWithXState } from '../../src/machines/replay.js';
import { transitionsOf } from './lifecycles.js';

describe('officer lifecycle', () => {
  it('has exactly the specified transitions', () => {
    expect(transitionsOf(officerLifecycle)).toEqual({
      offDuty: { SHIFT_START: 'idle' },
      idle: { ASSIGN: 'busy', BREAK_START: 'onBreak', SHIFT_END: 'offDuty' },
      busy: { DONE: 'idle', HANDOVER: 'idle', BREAK_START: 'finishingThenBreak', SHIFT_END: 'finishingThenOff' },
      onBreak: { BREAK_END: 'idle', SHIFT_END: 'offDuty' },
      finishingThenBreak: { DONE: 'onBreak', HANDOVER: 'onBreak', SHIFT_END: 'finishingThenOff' },
      finishingThenOff: { DONE: 'offDuty', SHIFT_START: 'busy' },
    });
    expect(officerLifecycle.states[officerLifecycle.initial]).toBe('offDuty');
    expect([...officerLifecycle.isFinal]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("with the 'finish' rule, a busy officer finishes the parcel, then goes off duty", () => {
    expect(replayWithXState(officerMachine, ['SHIFT_START', 'ASSIGN', 'SHIFT_END', 'DONE'])).toEqual([
      'idle',
      'busy',
      'finishingThenOff',
      'offDuty',
    ]);
  });

  it("with the 'handover' rule, HANDOVER then SHIFT_END takes a busy officer off duty, break pending or not", () => {
    expect(replayWithXState(officerMachine, ['SHIFT_START', 'ASSIGN', 'HANDOVER', 'SHIFT_END']).at(-1)).toBe('offDuty');
    expect(replayWithXState(officerMachine, ['SHIFT_START', 'ASSIGN', 'BREAK_START', 'HANDOVER', 'SHIFT_END']).at(-1)).toBe('offDuty');
  });

  it('takes a break due while busy after the parcel in hand', () => {
    expect(replayWithXState(officerMachine, ['SHIFT_START', 'ASSIGN', 'BREAK_START', 'DONE', 'BREAK_END'])).toEqual([
      'idle',
      'busy',
      'finishingThenBreak',
      'onBreak',
      'idle',
    ]);
  });
});

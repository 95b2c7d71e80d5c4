// The canine-team lifecycle: runs and rests within a shift.
import { describe, expect, it } from 'vitest';
import { canineLifecycle } from '../../src/machines/canine.js';
import { transitionsOf } from './lifecycles.js';

describe('canine-team lifecycle', () => {
  it('has exactly the specified transitions', () => {
    expect(transitionsOf(canineLifecycle)).toEqual({
      offDuty: { SHIFT_START: 'working' },
      working: { RUN_END: 'resting', SHIFT_END: 'offDuty' },
      resting: { REST_END: 'working', SHIFT_END: 'offDuty' },
    });
    expect(canineLifecycle.states[canineLifecycle.initial]).toBe('offDuty');
  });
});

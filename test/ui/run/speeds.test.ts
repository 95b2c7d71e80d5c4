// Playback speeds through the run-control machine, whose speed must be a positive finite number.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { runControlMachine } from '../../../src/machines/index.js';
import { fromMachineSpeed, SPEEDS, speedLabel, toMachineSpeed } from '../../../src/ui/run/speeds.js';

describe('speeds', () => {
  it('offers ×1, ×60, ×600, ×3600 and max', () => {
    expect(SPEEDS.map((s) => s.label)).toEqual(['×1', '×60', '×600', '×3600', 'Max']);
    expect(speedLabel('max')).toBe('Max');
  });

  it("carries 'max' through the machine and back", () => {
    const actor = createActor(runControlMachine, { input: {} }).start();
    for (const s of SPEEDS) {
      actor.send({ type: 'SET_SPEED', speed: toMachineSpeed(s.speed) });
      expect(fromMachineSpeed(actor.getSnapshot().context.speed)).toBe(s.speed);
    }
  });
});

// replayWithXState runs event names through XState and refuses events the state does not accept.
import { describe, expect, it } from 'vitest';
import { acceptedEvents, replayWithXState, stepWithXState } from '../../src/machines/replay.js';
import { parcelMachine } from '../../src/machines/parcel.js';
import { stationMachine } from '../../src/machines/station.js';

describe('replayWithXState', () => {
  it('returns the state after each event of a valid sequence', () => {
    expect(replayWithXState(parcelMachine, ['PULL_XRAY', 'START', 'ALARM', 'START', 'FOUND', 'START', 'PROCESSED'])).toEqual([
      'xrayQueue',
      'xray',
      'examQueue',
      'exam',
      'seizureQueue',
      'seizureProcessing',
      'seized',
    ]);
  });

  it('returns nothing for no events', () => {
    expect(replayWithXState(parcelMachine, [])).toEqual([]);
  });

  it('throws naming the event and the state when an event is not accepted', () => {
    expect(() => replayWithXState(parcelMachine, ['PULL_XRAY', 'CLEAR'])).toThrow('event CLEAR not accepted in state xrayQueue');
  });

  it('throws for an event sent after a final state', () => {
    expect(() => replayWithXState(parcelMachine, ['INDUCTED_CLEAR', 'START'])).toThrow('event START not accepted in state released');
  });

  it('throws for an event the machine does not know at all', () => {
    expect(() => replayWithXState(parcelMachine, ['TELEPORT'])).toThrow('event TELEPORT not accepted in state awaitingInduction');
  });

  it('accepts a self-transition even though XState returns the same snapshot', () => {
    expect(replayWithXState(stationMachine, ['STAFFED', 'SERVICE_START', 'SERVICE_START', 'ALL_DONE'])).toEqual([
      'idle',
      'serving',
      'serving',
      'idle',
    ]);
    const serving = stationMachine.resolveState({ value: 'serving', context: {} });
    expect(stepWithXState(stationMachine, serving, 'SERVICE_START')).toBe(serving);
  });
});

describe('acceptedEvents', () => {
  it('lists the events a state has transitions for', () => {
    expect(acceptedEvents(parcelMachine, 'xray').sort()).toEqual(['ALARM', 'CLEAR', 'HANDOVER']);
    expect(acceptedEvents(parcelMachine, 'released')).toEqual([]);
  });
});

/**
 * The four compiled lifecycles with their XState machines, so the agreement tests can loop over
 * every one and a new lifecycle is covered by adding a line here.
 */
import type { AnyStateMachine } from 'xstate';
import type { CompiledMachine } from '../../src/machines/compile.js';
import { canineLifecycle, canineMachine } from '../../src/machines/canine.js';
import { officerLifecycle, officerMachine } from '../../src/machines/officer.js';
import { parcelLifecycle, parcelMachine } from '../../src/machines/parcel.js';
import { stationLifecycle, stationMachine } from '../../src/machines/station.js';

export const LIFECYCLES: ReadonlyArray<{ machine: AnyStateMachine; compiled: CompiledMachine<string, string> }> = [
  { machine: parcelMachine, compiled: parcelLifecycle },
  { machine: officerMachine, compiled: officerLifecycle },
  { machine: canineMachine, compiled: canineLifecycle },
  { machine: stationMachine, compiled: stationLifecycle },
];

/** A compiled lifecycle as `{ state: { EVENT: target } }`, every state present, for spec tables. */
export function transitionsOf(compiled: CompiledMachine<string, string>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const s of compiled.states) out[s] = {};
  for (const { from, event, to } of compiled.edges()) out[from][event] = to;
  return out;
}

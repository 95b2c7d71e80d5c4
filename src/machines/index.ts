/**
 * Public exports of the machines layer: the lifecycle machines (the one definition of each
 * lifecycle), their compiled transition tables (what the engine runs), the compiler, an XState
 * replay for tests and tools, the Mermaid diagram, and the app's run-control machine.
 *
 * @example
 * import { parcelLifecycle, toMermaid } from '../machines/index.js';
 */
export { compileMachine } from './compile.js';
export type { CompiledMachine, CompileOptions } from './compile.js';
export { replayWithXState, stepWithXState, acceptedEvents } from './replay.js';
export { toMermaid } from './diagram.js';
export { parcelMachine, parcelLifecycle, PARCEL_STATES, PARCEL_EVENTS } from './parcel.js';
export type { ParcelState, ParcelEvent } from './parcel.js';
export { officerMachine, officerLifecycle, OFFICER_STATES, OFFICER_EVENTS } from './officer.js';
export type { OfficerState, OfficerEvent } from './officer.js';
export { canineMachine, canineLifecycle, CANINE_STATES, CANINE_EVENTS } from './canine.js';
export type { CanineState, CanineEvent } from './canine.js';
export { stationMachine, stationLifecycle, STATION_STATES, STATION_EVENTS } from './station.js';
export type { StationState, StationEvent } from './station.js';
export { runControlMachine } from './runControl.js';
export type { RunControlContext, RunControlEvent, StepUnit } from './runControl.js';

/** Public exports of the mail-facility model. */
export { Facility, type FacilityOptions } from './Facility.js';
export { runScenario, type RunOptions } from './runScenario.js';
export { buildResults, checkConservation, ConservationError } from './buildResults.js';
export { takeSnapshot, OFFICER_ON_DUTY, type FacilitySnapshot, type StationSnapshot, type ParcelDot, type Landing } from './snapshot.js';
export type { CanineState, OfficerState, ParcelState, StationState } from './snapshot.js';
export type { ParcelStory, StoryStep } from './StoryLog.js';
export type { LifecycleRecorder } from './Lifecycle.js';
export type * from './results.js';
export { estimateRun, type RunEstimate } from './costEstimate.js';
export { Contents } from './contents.js';
export { liveRunOptions, LIVE_WARMUP_DAYS, OPENING_HOUR } from './liveRun.js';

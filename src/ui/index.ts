/**
 * Public exports of the browser UI (the DOM side of the app): the panels and controllers that
 * main.ts wires together, and the pure functions behind them (form ↔ scenario, share links,
 * the worker's pacing, the lifecycle diagram's layout), which the tests use in Node.
 * Charts and the numbers panel have their own folders and indexes (`charts/`, `metrics/`).
 */
export type { ToWorker, FromWorker, Speed } from './protocol.js';
export { Announcer, ANNOUNCE_EVERY_MS } from './Announcer.js';
export { Notice } from './Notice.js';
export { Tabs } from './Tabs.js';
export { h, byId, uniqueId } from './dom.js';
export { ScenarioPanel } from './controls/ScenarioPanel.js';
export { formFields, formValues, checkForm, fieldForError, STATION_LABELS, type FormField, type FormValues, type FormCheck } from './controls/scenarioForm.js';
export { parseSeed, parseDays, MAX_DAYS } from './controls/runOptions.js';
export { FacilityPanel } from './facility/FacilityPanel.js';
export { RemoteFacilityView, type FacilitySurface } from './facility/RemoteFacilityView.js';
export { softwareGl, SOFTWARE_GL_FPS, SOFTWARE_GL_MAX_SPEED_FPS, SOFTWARE_GL_MAX_SPEED_SNAPSHOT_MS } from './facility/softwareGl.js';
export { formatSimClock, formatSimTime, formatDuration } from './format/simClock.js';
export { ClockDisplay } from './run/ClockDisplay.js';
export { ResultsExport } from './run/ResultsExport.js';
export { RunControls, type RunCommands, type RunState } from './run/RunControls.js';
export { SimClient, type Frame, type SimHandlers } from './run/SimClient.js';
export { SPEEDS, DEFAULT_SPEED, toMachineSpeed, fromMachineSpeed, speedLabel } from './run/speeds.js';
export { encodeShareLink, decodeShareLink, MAX_LINK_CHARS, type RunSpec, type DecodedLink } from './share/shareLink.js';
export { scenarioChanges, applyChanges, type Changes } from './share/scenarioChanges.js';
export { encodeBase64Url, decodeBase64Url } from './share/base64url.js';
export { runFromLink, defaultRun, DEFAULT_PRESET, DEFAULT_SEED } from './share/runFromLink.js';
export { SharePanel } from './share/SharePanel.js';
export { StoryPanel, type StoryDeps } from './story/StoryPanel.js';
export { LifecycleDiagram } from './story/LifecycleDiagram.js';
export { layoutLifecycle, type DiagramLayout, type DiagramNode, type DiagramEdge } from './story/lifecycleLayout.js';
export { storyRows, type StoryRows } from './story/storyRows.js';
export { queueChoices, parcelsIn, statesOf, type AreaSelection, type QueueChoice } from './story/queueChoices.js';
export { stateLabel } from './story/stateLabels.js';
export { SimSession, type SessionHost } from './worker/SimSession.js';
export { RunLoop, type RunLoopOptions, type Steppable } from './worker/RunLoop.js';

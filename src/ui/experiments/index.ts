/**
 * Public exports of the Experiments panel: the mount function the host page calls, the Web
 * Worker executor, and the pure pieces behind the forms and the chart (grid building, field
 * errors, tooltips, file names), which the tests use in Node.
 */
export { mountExperimentsPanel, type ExperimentsHost, type ExperimentsOptions } from './ExperimentsPanel.js';
export { createWebWorkerPool, defaultWorkerCount, clampWorkers, MAX_WORKERS, type WebWorkerPool, type WebWorkerPoolOptions } from './webWorkerExecutor.js';
export { SWEEP_PARAMETERS, sweepParameter, unavailableReason, type SweepParameterDef, type SweepParameterId } from './sweepParameters.js';
export { checkSweep, gridErrorsToFields, sweepSummary, type SweepFormValues, type ParameterRow, type FieldErrors, type SweepCheck } from './sweepGrid.js';
export { checkCompare, type CompareFormValues, type CompareCheck } from './compareSpec.js';
export { CURRENT_SCENARIO, scenarioOptions, resolveChoice, type OpenScenario, type Choice } from './scenarioChoice.js';
export { MAX_UI_POINTS, MAX_UI_PARAMETERS, MAX_UI_REPLICATIONS, MAX_UI_DAYS, MAX_UI_RUNS, readNumber, readReplications, readDays, readSeed } from './formLimits.js';
export { pointTooltip, tooltipText, parameterText, type PointTooltip } from './pointTooltip.js';
export { pointRun } from './pointRun.js';
export { compareRows, displayLabel, type CompareRow } from './compareRows.js';
export { exportFileName, partialLabel, runCounts, slug, type ExportKind, type PanelResult } from './exportNames.js';
export { progressText, timeLeftMs, formatDuration } from './progressText.js';
export { sweepChartLayout, chartSizeFor, X_AXES, CHART_SIZE, type ChartSize } from './frontierChartLayout.js';
export { mountOptimizePanel } from './OptimizePanel.js';
export { checkOptimize, UI_FINALISTS, type OptimizeFormValues, type OptimizeCheck } from './optimizeForm.js';
export { OPTIMIZE_VARIABLES, OPTIMIZE_OBJECTIVES, type OptimizeVariableDef, type OptimizeObjectiveDef } from './optimizeChoices.js';
export { OptimizeRun, type OptimizeEnd } from './OptimizeRun.js';

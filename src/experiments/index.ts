/**
 * The public face of `experiments/`: replications, sweeps, the frontier, A/B comparison, and
 * their outputs (JSON, CSV, memos). Everything here is pure and runs unchanged in Node, in worker
 * threads and in Web Workers; only the code that creates workers lives elsewhere (`src/cli/`,
 * `src/ui/`), adapted to the `WorkerPort` of the shared job scheduler. docs/experiments.md
 * explains the methods.
 *
 * @example
 * import { parseGrid, runSweep, inProcessExecutor, memoHtml } from '../experiments/index.js';
 * const g = parseGrid(JSON.parse(text));
 * if (g.ok) {
 *   const { result } = await runSweep(g.grid, inProcessExecutor());
 *   const page = memoHtml(result);
 * }
 */
export { flattenMetrics, metricNames } from './metricPaths.js';
export { summarize, summarizeRuns, halfWidth, CONFIDENCE, type MetricSummary } from './summary.js';
export { runJob, type Job, type JobResult } from './jobs.js';
export { inProcessExecutor, type Executor, type ExecutorOptions, type InProcessOptions, type AbortSignalLike } from './executor.js';
export { runJobs, type RunControl, type JobsOutcome, type Outcome } from './runJobs.js';
export { createWorkerScheduler, type WorkerScheduler, type WorkerSchedulerOptions } from './workerScheduler.js';
export type { WorkerPort } from './workerPort.js';
export type { ToWorker, FromWorker } from './workerMessages.js';
export { handleWorkerMessage } from './workerLoop.js';
export { parsePrecisionTarget, targetMet, allowedHalfWidth, nextBatchSize, MIN_BATCH, type PrecisionTarget } from './precision.js';
export {
  replicate, replicationJob,
  type ReplicateSpec, type ReplicateResult, type PrecisionReport, type RunRecord,
} from './replicate.js';
export { resolvePath, cloneJson, type PathTarget } from './gridPaths.js';
export { gridSchema, expandRange, MAX_JOBS, MAX_POINTS, MAX_VALUES, MAX_REPLICATIONS, type GridInput, type Range } from './gridSchema.js';
export {
  parseGrid, gridPoints, pointCount, pointParameters, pointLabel, pointScenario, parameterValues,
  type GridSpec, type GridPoint, type GridParameter, type GridResult,
} from './grid.js';
export {
  runSweep, buildSweepResult, sweepJobs, jobCount,
  type SweepResult, type SweepPointResult, type SweepRunRecord, type SweepOptions,
} from './sweep.js';
export { parseShard, inShard, type Shard } from './shard.js';
export { mergeSweepParts, firstDifference, type PartInput, type MergeResult } from './merge.js';
export { computeFrontier, type Frontier, type FrontierPoint, type Estimate } from './frontier.js';
export {
  FRONTIER_X, FRONTIER_Y, DEFAULT_AXES, axisTitle, axisMetricLabel,
  type FrontierX, type FrontierY, type Axis, type AxisRange, type Better,
} from './frontierAxes.js';
export { paretoFlags } from './paretoFront.js';
export {
  frontierGeometry, FRONTIER_SIZE,
  type FrontierGeometry, type FrontierMark, type FrontierSize, type MarkStyle, type PlacedMark,
} from './frontierGeometry.js';
export { axisScale, type AxisScale, type Tick } from './axisScale.js';
export { niceTicks, niceStep, niceDomain, tickText } from './niceTicks.js';
export { placeLabels, dotBox, type Box, type LabelFont, type LabelRequest, type PlacedLabel, type PlotBox } from './labelPlacement.js';
export { frontierFrame, paretoLine, whiskers, markLabel, leaderLine, PARETO_COLOUR, OTHER_COLOUR } from './frontierNodes.js';
export { svgNode, svgMarkup, attrText, type SvgNode, type SvgAttrs } from './svgNode.js';
export {
  compare, compareJobs, buildCompareResult, seedOfB, INDEPENDENT_SEED_OFFSET,
  type CompareSpec, type CompareResult, type Contender, type DifferenceSummary, type CompareRunRecord,
} from './compare.js';
export { resultJson, type ExperimentResult } from './resultJson.js';
export { resultCsv, csvField } from './csv.js';
export { memoMarkdown, memoHtml } from './memo.js';
export { memoDocument } from './memoDocument.js';
export type { MemoDocument, MemoSection, Block } from './memoBlocks.js';
export { frontierSvg } from './frontierSvg.js';
export { escapeHtml, escapeMarkdown } from './escape.js';
export { KEY_METRICS, metricLabel, formatEstimate, formatInterval, formatFixed, decimalsFor, unitText, type MetricLabel } from './metricLabels.js';
export { CLIPPED_MARK, CLIPPED_NOTE, NON_NEGATIVE, SHARE, clipInterval, formatBoundedEstimate, formatBoundedInterval, isClipped, metricBounds, type Bounds, type ClippedInterval } from './metricBounds.js';
export {
  NEGLIGIBLE, differenceParts, differenceText, differenceVerdict, metricVerdict, negligibleSize, negligibleWords,
  type DifferenceParts, type Verdict,
} from './differenceVerdict.js';
export { uncertaintySchema, DEFAULT_OUTER, MAX_INPUTS, MAX_OUTER } from './uncertaintySchema.js';
export { parseUncertainty, applyInputs, DEFAULT_UNCERTAINTY_METRICS, type UncertaintySpec, type UncertaintyParse } from './uncertainty.js';
export { drawInputs, inputQuantile, type UncertainInput, type Sampling } from './inputDraws.js';
export { varianceSplit, percentile, chiSquareQuantile, fQuantile, type VarianceSplit } from './varianceSplit.js';
export { planSecondOrder, runSecondOrder, type SecondOrderSpec, type SecondOrderPlan, type UncertainArm } from './secondOrder.js';
export { buildUncertaintyResult, beatsShare, type UncertaintyResult, type UncertainArmResult, type BeatsShare } from './uncertaintyResult.js';
export { metricTornado, type Tornado, type TornadoBar, type MetricTornado } from './tornado.js';
export { betterDirection } from './metricDirection.js';
export { uncertaintyText } from './uncertaintyText.js';
export { bandText, splitText, beatsText, tornadoBarText, percent } from './uncertaintyWords.js';
export { tornadoChart } from './tornadoSvg.js';
export { uncertaintyMemo, distributionText } from './memoUncertainty.js';
export * from './adversary/index.js';
export * from './optimize/index.js';

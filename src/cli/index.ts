/**
 * Public exports of the command line, for tests and for anyone embedding it. Nothing in `src/`
 * imports the CLI (enforced by .dependency-cruiser.cjs); `main.ts` is the entry point.
 */
export { main } from './cli.js';
export { nodeIo, nodeFiles, type CliIo, type PathKind } from './io.js';
export { parseCommandLine, COMMANDS, MAX_DAYS, type CommandLine, type RunRequest, type ScenarioSource, type OutputFormat } from './args.js';
export { CliError, EXIT } from './CliError.js';
export { reportError, PREFIX } from './reportError.js';
export { formatText } from './formatText.js';
export { formatTable, formatNumber, formatPercent } from './textTable.js';
export { writeAtomic, checkWritable } from './writeAtomic.js';
export { createProgress, progressLine, PROGRESS_DELAY_MS, PROGRESS_INTERVAL_MS, type Progress } from './progress.js';
export { usageText } from './usage.js';
export { render } from './commands/run.js';
export type { CliContext, ExecutorHandle } from './context.js';
export { createWorkerPool, defaultWorkers, type WorkerPool, type WorkerPoolOptions } from './workerPool.js';
export { EXIT_INTERRUPTED, listenForInterrupt } from './interrupt.js';
export { createRunProgress, runProgressLine, type RunProgress } from './runProgress.js';
export type { ExperimentRequest, ReplicateRequest, SweepRequest, CompareRequest, MergeRequest } from './experimentArgs.js';

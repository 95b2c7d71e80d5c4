/**
 * The experiment worker (a module Web Worker, one per core, created by `webWorkerExecutor.ts`):
 * answers each job it is sent with the experiments core's `handleWorkerMessage`, the same job loop
 * as the command line's worker threads. It keeps no state between jobs (docs/architecture.md rule 2),
 * so the pool may terminate it mid-run when an experiment is cancelled and nothing is lost but
 * that run.
 */
/// <reference lib="webworker" />
import { handleWorkerMessage, type ToWorker } from '../../experiments/index.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ToWorker>) => scope.postMessage(handleWorkerMessage(event.data));

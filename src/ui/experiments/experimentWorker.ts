/**
 * The experiment worker (a module Web Worker, one per core, created by `webWorkerExecutor.ts`):
 * runs each job it is sent with the experiments core's pure `runJob` and posts back the result,
 * or the error that stopped it. It keeps no state between jobs (ARCHITECTURE.md rule 2), so the
 * pool may terminate it mid-run when an experiment is cancelled and nothing is lost but that run.
 */
/// <reference lib="webworker" />
import { runJob } from '../../experiments/index.js';
import type { FromExperimentWorker, ToExperimentWorker } from './experimentProtocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ToExperimentWorker>) => {
  const message = event.data;
  if (message.type !== 'job') return;
  let reply: FromExperimentWorker;
  try {
    reply = { type: 'result', result: runJob(message.job) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    reply = { type: 'error', index: message.job.index, message: `${error.name}: ${error.message}` };
  }
  scope.postMessage(reply);
};

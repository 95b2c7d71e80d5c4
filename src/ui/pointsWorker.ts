/**
 * The preset-points worker (a module Web Worker, created by main.ts): runs every preset once in
 * the background, so the yield–throughput plot can show where the current run stands among
 * them, and reports progress after each preset. It never touches the page's run.
 */
/// <reference lib="webworker" />
import { computePresetPoints } from '../experiments/presetPoints.js';
import type { FromPointsWorker, ToPointsWorker } from './protocol.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromPointsWorker): void => scope.postMessage(m);

scope.onmessage = (event: MessageEvent<ToPointsWorker>) => {
  const { seed, days } = event.data;
  try {
    const points = computePresetPoints(undefined, seed, days, (done, total, name) => post({ type: 'progress', fraction: done / total, preset: name }));
    post({ type: 'points', points });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};

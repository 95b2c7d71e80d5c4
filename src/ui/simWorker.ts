/**
 * The simulation worker (a module Web Worker, created by main.ts): the run happens here, so the
 * page's main thread only draws. All the logic is in `worker/SimSession.ts`; this file connects
 * it to the worker's messages and timers.
 *
 * "As soon as possible" is a MessageChannel message rather than setTimeout(0), which browsers
 * clamp to 4 ms after a few nested calls: at 'max' speed the worker does a slice of work, lets
 * any 'pause' or 'step' message in, and carries on at once.
 */
/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './protocol.js';
import { SimSession } from './worker/SimSession.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
const soon: Array<() => void> = [];
channel.port1.onmessage = () => soon.shift()?.();

const session = new SimSession({
  post: (message: FromWorker) => scope.postMessage(message),
  later: (ms, fn) => {
    if (ms > 0) {
      setTimeout(fn, ms);
      return;
    }
    soon.push(fn);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

scope.onmessage = (event: MessageEvent<ToWorker>) => session.handle(event.data);

/**
 * Entry point of `npm run sim -- <command>`: hands the arguments and the real process to `main`
 * and sets the exit code. All the logic lives in the files beside this one (start at `cli.ts`).
 *
 * The same file is also the entry of the experiments' worker threads (`workerPool.ts`): a thread
 * started with the pool's `workerData` mark answers jobs (`handleWorkerMessage`, shared with the
 * browser's Web Workers) instead of running the command line. Workers load this very file
 * (`import.meta.url`), which is the esbuild bundle under `npm run sim` and `src/cli/main.ts` under
 * tsx, so both ways of running the CLI can start workers.
 *
 * The exit code is set rather than calling `process.exit`, so output still being written to a
 * pipe is flushed first. The program is imported dynamically so that even a failure to load it
 * (a module that does not compile) is reported in one line, not as a stack trace.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { nodeIo } from './io.js';
import { reportError } from './reportError.js';
import { WORKER_MARK } from './workerMark.js';
import type { ToWorker } from '../experiments/index.js';

if (!isMainThread && workerData === WORKER_MARK && parentPort !== null) {
  const port = parentPort;
  const { handleWorkerMessage } = await import('../experiments/index.js');
  port.on('message', (message: ToWorker) => port.postMessage(handleWorkerMessage(message)));
} else {
  const io = nodeIo();
  try {
    const { main } = await import('./cli.js');
    process.exitCode = await main(process.argv.slice(2), io, { workerEntry: import.meta.url });
  } catch (e) {
    process.exitCode = reportError(io, e);
  }
}

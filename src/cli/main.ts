/**
 * Entry point of `npm run sim -- <command>`: hands the arguments and the real process to `main`
 * and sets the exit code. All the logic lives in the files beside this one (start at `cli.ts`).
 *
 * The exit code is set rather than calling `process.exit`, so output still being written to a
 * pipe is flushed first. The program is imported dynamically so that even a failure to load it
 * (a module that does not compile) is reported in one line, not as a stack trace.
 */
import { nodeIo } from './io.js';
import { reportError } from './reportError.js';

const io = nodeIo();
try {
  const { main } = await import('./cli.js');
  process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
  process.exitCode = reportError(io, e);
}

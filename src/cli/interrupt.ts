/**
 * Ctrl-C during an experiment. The first SIGINT aborts the experiment's signal: workers stop,
 * and the command writes what finished as a partial result (marked `"complete": false`) before
 * exiting with 130, the shell's code for "ended by SIGINT". A second SIGINT exits at once, for
 * a user who does not want to wait. The handler is installed only while an experiment runs, so
 * every other command keeps Node's default (Ctrl-C ends it).
 */

/** Exit code of an experiment ended by Ctrl-C (128 + SIGINT's number 2, as shells report it). */
export const EXIT_INTERRUPTED = 130;

/** The signal to pass to an experiment, and the call that removes the handler afterwards. */
export interface Interrupt {
  signal: AbortSignal;
  dispose(): void;
}

/**
 * Listens for SIGINT until `dispose`; with a `given` signal (tests, embedders) installs nothing
 * and returns that signal.
 *
 * @example
 * const interrupt = listenForInterrupt(io.stderr);
 * try { await runSweep(grid, executor, {}, { signal: interrupt.signal }); } finally { interrupt.dispose(); }
 */
export function listenForInterrupt(stderr: (text: string) => void, given?: AbortSignal): Interrupt {
  if (given !== undefined) return { signal: given, dispose: () => {} };
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    stderr('\ninterdict: interrupted; stopping the runs (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => void process.off('SIGINT', onSigint) };
}

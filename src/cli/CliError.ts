/**
 * The CLI's exit codes, and the error a command throws when the user's input is wrong.
 *
 * Two kinds of failure are kept apart on purpose. A `CliError` is the user's to fix (a bad option,
 * a missing file, an invalid scenario): it exits 2 with messages naming each problem. Anything
 * else thrown is the program's fault: it exits 1 with a one-line message, and its stack trace is
 * shown only with INTERDICT_DEBUG=1 (see `cli.ts`).
 */

/** Exit codes, documented in docs/cli.md. */
export const EXIT = {
  /** The command did what was asked. */
  ok: 0,
  /** An unexpected internal error: a bug, not the user's input. */
  internal: 1,
  /** Bad input: an option, a file or a scenario; the messages say what to change. */
  usage: 2,
} as const;

/**
 * Bad input from the user. Each message becomes one stderr line, prefixed `interdict: `.
 *
 * @example
 * throw new CliError(['--seed must be a non-negative integer, got -1']);
 */
export class CliError extends Error {
  constructor(
    readonly messages: readonly string[],
    /** Adds a last line pointing at `help`, for mistakes in the command line itself. */
    readonly showHelpHint = false,
  ) {
    super(messages.join('\n'));
    this.name = 'CliError';
  }
}

/**
 * How a failure reaches the person at the terminal: never as a stack trace.
 *
 * A `CliError` (bad input) prints each of its messages as `interdict: <message>` and exits 2.
 * Anything else is a bug: `interdict: internal error: <message>` and a line asking to report it,
 * exit 1, with the stack trace only when INTERDICT_DEBUG=1, for whoever fixes it. Every message is
 * made printable first (control characters escaped: input echoed in a message cannot forge lines
 * or drive the terminal). This file imports nothing but `CliError.ts` and `printable.ts` (which
 * imports only the leaf `scenario/unsafeText.ts`), so `main.ts` can use it even when the rest of
 * the program fails to load.
 */
import { CliError, EXIT } from './CliError.js';
import { printable } from './printable.js';

/** Prefix of every line the CLI writes to stderr about a problem. */
export const PREFIX = 'interdict: ';

/** What `reportError` needs from `CliIo`. */
export interface ErrorSink {
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Writes the error to stderr and returns the exit code it deserves.
 *
 * @example
 * reportError(io, new CliError(['--seed must be a non-negative integer, got -1'])); // 2
 * reportError(io, new TypeError('x is undefined')); // 1: "interdict: internal error: x is undefined ..."
 */
export function reportError(io: ErrorSink, error: unknown): number {
  if (error instanceof CliError) {
    const lines = error.messages.map((m) => PREFIX + printable(m));
    if (error.showHelpHint) lines.push(`${PREFIX}run 'npm run sim -- help' for the commands and options`);
    io.stderr(`${lines.join('\n')}\n`);
    return EXIT.usage;
  }
  const debug = io.env.INTERDICT_DEBUG === '1';
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = printable(message.split('\n')[0]);
  const report = `${PREFIX}this is a bug in Interdict, not in your input: please report it with the command you ran`;
  if (debug) {
    const stack = error instanceof Error && error.stack !== undefined ? error.stack : message;
    io.stderr(`${PREFIX}internal error: ${firstLine}\n${report}\n${stack}\n`);
  } else {
    io.stderr(`${PREFIX}internal error: ${firstLine} (set INTERDICT_DEBUG=1 to see the stack trace)\n${report}\n`);
  }
  return EXIT.internal;
}

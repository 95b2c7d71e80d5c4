/**
 * The command line as a function: arguments and an `io` in, an exit code out. `main.ts` calls it
 * with the real process; tests call it in-process with a fake `io`. Every error is caught here and
 * reported by `reportError.ts`, so no input can make the CLI print a stack trace.
 */
import { parseCommandLine } from './args.js';
import { helpCommand } from './commands/help.js';
import { presetsCommand } from './commands/presets.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import type { CliContext } from './context.js';
import type { CliIo } from './io.js';
import { reportError } from './reportError.js';

/**
 * Runs one command line and returns its exit code (0 ok, 1 internal error, 2 bad input, 130
 * interrupted). `context` tells experiments where worker threads come from and what cancels them.
 *
 * @example
 * process.exitCode = await main(['run', '--preset', 'baseline', '--format', 'text'], nodeIo());
 */
export async function main(argv: readonly string[], io: CliIo, context: CliContext = {}): Promise<number> {
  try {
    const line = parseCommandLine(argv);
    switch (line.command) {
      case 'help':
        return helpCommand(io);
      case 'presets':
        return presetsCommand(io, line.show);
      case 'schema':
        return schemaCommand(io);
      case 'validate':
        return validateCommand(io, line.file);
      case 'run':
        return await runCommand(io, line);
      // Loaded on demand, like the model in `run`: other commands start without them.
      case 'replicate':
        return await (await import('./commands/replicate.js')).replicateCommand(io, line, context);
      case 'sweep':
        return await (await import('./commands/sweep.js')).sweepCommand(io, line, context);
      case 'compare':
        return await (await import('./commands/compare.js')).compareCommand(io, line, context);
      case 'merge':
        return (await import('./commands/merge.js')).mergeCommand(io, line);
      case 'fit':
        return await (await import('./commands/fit.js')).fitCommand(io, line, context);
      case 'adversary':
        return await (await import('./commands/adversary.js')).adversaryCommand(io, line, context);
      case 'optimize':
        return await (await import('./commands/optimize.js')).optimizeCommand(io, line, context);
    }
  } catch (e) {
    return reportError(io, e);
  }
}

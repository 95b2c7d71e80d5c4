// A CliIo for in-process tests of `main`: stdout and stderr are captured, files live in a fresh
// temporary folder on the real file system, the clock is fake, and stderr is not a terminal
// unless a test says so. Any part can be overridden, e.g. a rename that fails.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.js';
import { nodeFiles, type CliIo } from '../../src/cli/io.js';

export interface FakeIo extends CliIo {
  /** Everything written to stdout so far. */
  readonly out: string;
  /** Everything written to stderr so far. */
  readonly err: string;
  /** The test's temporary folder. */
  readonly dir: string;
  /** Writes a file into the folder and returns its path. */
  file(name: string, text: string): string;
}

export function fakeIo(overrides: Partial<CliIo> = {}): FakeIo {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-cli-'));
  let out = '';
  let err = '';
  let clock = 0;
  const io = {
    ...nodeFiles,
    stdout: (text: string) => void (out += text),
    stderr: (text: string) => void (err += text),
    isTTY: false,
    env: {},
    now: () => clock,
    ...overrides,
    get out() {
      return out;
    },
    get err() {
      return err;
    },
    dir,
    file(name: string, text: string): string {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
  // Without an override, the clock moves 50 ms per reading, so long runs "take" a while.
  if (overrides.now === undefined) io.now = () => (clock += 50);
  return io;
}

/** Runs the CLI in-process; returns the exit code with the captured streams. */
export async function cli(argv: string[], io: FakeIo = fakeIo()): Promise<{ code: number; out: string; err: string; io: FakeIo }> {
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err, io };
}

/** A stack-trace line, which the CLI must never print unless INTERDICT_DEBUG=1. */
export const STACK_LINE = /^\s+at /m;

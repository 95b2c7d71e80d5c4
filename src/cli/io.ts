/**
 * Everything the command line touches outside itself: its two output streams, the file system,
 * the terminal, the environment and the clock. Side effects live at the edges (docs/architecture.md
 * rule 8), so the CLI receives them as one `CliIo` value: `nodeIo()` wires the real process, and
 * tests pass a fake to run `main` in-process, fast, with no child processes or real terminal.
 *
 * File access is synchronous on purpose: a run is synchronous CPU work, the files are small
 * scenarios and results, and synchronous calls keep the order of effects obvious (no file is
 * written before the run that fills it has finished).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';

/** What a path names on disk, for checks made before a run (see `writeAtomic.ts`). */
export type PathKind = 'file' | 'directory' | 'other' | 'missing';

/**
 * The outside world as the CLI sees it. File functions throw Node-style errors (with `code`,
 * e.g. `ENOENT`) that `fileErrors.ts` turns into plain English.
 *
 * @example
 * const out: string[] = [];
 * const io: CliIo = { ...nodeIo(), stdout: (t) => out.push(t) };
 * await main(['presets'], io);
 */
export interface CliIo {
  /** Writes to standard output: results, listings, the schema. Nothing else goes here. */
  stdout(text: string): void;
  /** Writes to standard error: problems and progress. */
  stderr(text: string): void;
  /** Reads a UTF-8 text file. */
  readFile(path: string): string;
  /** Creates a new file with this text; fails if the path already exists (never overwrites). */
  writeNewFile(path: string, text: string): void;
  /** Renames a file, replacing any file at `to` (atomically, within one file system). */
  rename(from: string, to: string): void;
  /** Deletes a file. */
  removeFile(path: string): void;
  /** What `path` is, following symbolic links; 'missing' when nothing is there. */
  pathKind(path: string): PathKind;
  /** A short random string for temporary file names. */
  randomId(): string;
  /** True when standard error is a terminal: progress is then shown by default. */
  isTTY: boolean;
  /** Environment variables (the CLI reads only INTERDICT_DEBUG). */
  env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds from an arbitrary origin, for progress timing only (never written to results). */
  now(): number;
}

/**
 * The real process's `CliIo`. A closed stdout pipe (`npm run sim -- schema | head -1`) ends the
 * process quietly, as other command-line tools do, instead of crashing with an EPIPE stack trace.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), nodeIo());
 */
export function nodeIo(): CliIo {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    ...nodeFiles,
    isTTY: process.stderr.isTTY === true,
    env: process.env,
    now: () => performance.now(),
  };
}

/** The file functions of `CliIo`, on the real file system; tests reuse them with fake streams. */
export const nodeFiles: Pick<CliIo, 'readFile' | 'writeNewFile' | 'rename' | 'removeFile' | 'pathKind' | 'randomId'> = Object.freeze({
  readFile: (path: string) => readFileSync(path, 'utf8'),
  writeNewFile: (path: string, text: string) => writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' }),
  rename: (from: string, to: string) => renameSync(from, to),
  removeFile: (path: string) => unlinkSync(path),
  pathKind,
  randomId: () => randomBytes(6).toString('hex'),
});

function pathKind(path: string): PathKind {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return 'missing';
    throw e;
  }
}

/**
 * Writing a results file so that readers never see half of it, and a failed run never leaves one.
 *
 * The text goes to a temporary file in the same folder, which is then renamed over the target:
 * within one file system a rename replaces the target in one step (POSIX rename(2)), so the file
 * is either the old one or the complete new one. The temporary file is created exclusively (it
 * never overwrites anything) and is deleted if anything fails. A folder is checked before the run
 * by `checkWritable`, so a long run does not end with "cannot write".
 */
import { basename, dirname, join } from 'node:path';
import { fileErrorReason } from './fileErrors.js';
import type { CliIo } from './io.js';

/**
 * Writes `text` to `path` atomically: complete, or not at all (an existing file is then left as
 * it was). Throws the file system's error after cleaning up.
 *
 * @example
 * writeAtomic(io, 'results/baseline.json', json); // via results/.baseline.json.<random>.tmp
 */
export function writeAtomic(io: CliIo, path: string, text: string): void {
  const temp = tempPath(io, path);
  try {
    io.writeNewFile(temp, text);
    io.rename(temp, path);
  } catch (e) {
    removeQuietly(io, temp);
    throw e;
  }
}

/**
 * Why `path` cannot receive results, or undefined when it can: checked before a run by creating
 * and deleting a temporary file beside it, which proves the folder exists and is writable.
 *
 * @example
 * checkWritable(io, 'no-such-folder/out.json'); // "folder 'no-such-folder' does not exist"
 */
export function checkWritable(io: CliIo, path: string): string | undefined {
  const folder = dirname(path);
  if (io.pathKind(path) === 'directory') return `'${path}' is a directory`;
  const folderKind = io.pathKind(folder);
  if (folderKind === 'missing') return `folder '${folder}' does not exist`;
  if (folderKind !== 'directory') return `'${folder}' is not a folder`;
  const probe = tempPath(io, path);
  try {
    io.writeNewFile(probe, '');
  } catch (e) {
    return `cannot write in folder '${folder}': ${fileErrorReason(e)}`;
  }
  removeQuietly(io, probe);
  return undefined;
}

/** A hidden, unique name beside `path`: same folder, so the rename stays on one file system. */
function tempPath(io: CliIo, path: string): string {
  return join(dirname(path), `.${basename(path)}.${io.randomId()}.tmp`);
}

function removeQuietly(io: CliIo, path: string): void {
  try {
    io.removeFile(path);
  } catch {
    // Already gone, or never created: either way nothing is left behind.
  }
}

/**
 * Plain English for the file-system errors a person can cause and fix: a misspelt path, a folder
 * where a file was expected, a file they may not read. Node's own messages
 * ("ENOENT: no such file or directory, open 'x.json'") are written for programmers.
 */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EEXIST: 'a file with that name already exists',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EXDEV: 'cannot rename across file systems',
};

/**
 * Why a file operation failed, in a few words; falls back to the error's own message.
 *
 * @example
 * fileErrorReason(Object.assign(new Error('...'), { code: 'ENOENT' })); // 'no such file or directory'
 */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && Object.hasOwn(REASONS, code)) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/**
 * True when the error came from the file system (it has an `E...` code), as opposed to a bug.
 *
 * @example
 * isFileError(Object.assign(new Error(), { code: 'EACCES' })); // true
 */
export function isFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

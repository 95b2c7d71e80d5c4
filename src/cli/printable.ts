/**
 * Text made safe for a terminal: control characters, invisible and direction-changing characters
 * are shown as escapes (`\n`, `\u001b`, `\u202e`), so that nothing a scenario file, a grid or an
 * argument holds can forge a line, erase one, set the window title or hide text when it is echoed
 * in a message. It imports only `unsafeText.ts`, which imports nothing, so the error reporter can
 * use it whatever else failed to load.
 *
 * @example
 * printable('x\ninterdict: ok\u001b[2K'); // 'x\\ninterdict: ok\\u001b[2K'
 */

import { escapeUnsafe, NAMED_ESCAPES } from '../scenario/unsafeText.js';

/** `text` with every unsafe character replaced by its escape (`\n` by name, the rest as `\uXXXX`). */
export function printable(text: string): string {
  return escapeUnsafe(text, NAMED_ESCAPES);
}

/**
 * Text made safe for a terminal: control characters, invisible and direction-changing characters
 * are shown as escapes (`\n`, `\u001b`, `\u202e`), so that nothing a scenario file, a grid or an
 * argument holds can forge a line, erase one, set the window title or hide text when it is echoed
 * in a message. Imports nothing, so the error reporter can use it whatever else failed to load.
 *
 * @example
 * printable('x\ninterdict: ok\u001b[2K'); // 'x\\ninterdict: ok\\u001b[2K'
 */

/** C0 and C1 controls, DEL, zero-width and direction marks, line and paragraph separators, the BOM. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every unsafe character replaced by its escape. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

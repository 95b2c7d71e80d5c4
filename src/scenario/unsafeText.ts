/**
 * Characters that must not reach a terminal or a page raw when text from the input is echoed in a
 * message: C0 and C1 controls, DEL, zero-width and direction marks, line and paragraph separators,
 * the byte-order mark. They could forge a line, drive the terminal or hide text. Imports nothing,
 * so the CLI's error reporter can use it whatever else failed to load.
 *
 * @example
 * escapeUnsafe('a\nb\u001b');        // 'a\\u000ab\\u001b'
 * escapeUnsafe('a\nb', NAMED_ESCAPES); // 'a\\nb'
 */

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** The short escapes people know from JSON and shells. */
export const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every unsafe character as an escape: `named` ones by name, the rest as `\uXXXX`. */
export function escapeUnsafe(text: string, named: Readonly<Record<string, string>> = {}): string {
  return text.replace(UNSAFE, (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

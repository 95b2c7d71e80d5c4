/**
 * Parsing scenario files: JSON text to a value, with syntax errors a person can act on.
 *
 * V8's JSON.parse messages are inconsistent about where the problem is: some end "at position 6",
 * others quote the start of the text instead ("Unexpected token '}', "{"a":}" is not valid JSON").
 * A scenario is edited by hand, so the message always gets a position, plus the line and column
 * that an editor shows. Where V8 gives no position, a small scanner of the JSON grammar
 * (RFC 8259) finds the first character that cannot be part of valid JSON.
 */
import { ROOT_PATH, type ScenarioError } from './errors.js';

/**
 * Parses JSON text; on a syntax error returns one `(root)` error reading
 * `not valid JSON: <what> at position N (line L, column C)`.
 *
 * @example
 * parseJsonText('{"days": }');
 * // { ok: false, error: { path: '(root)', message: "not valid JSON: Unexpected token '}' at position 9 (line 1, column 10)" } }
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: ScenarioError } {
  const encoding = encodingProblem(text);
  if (encoding !== null) return { ok: false, error: { path: ROOT_PATH, message: encoding } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { path: ROOT_PATH, message: `not valid JSON: ${describeSyntaxError(raw, text)}` } };
  }
}

/**
 * A file read as UTF-8 that is not UTF-8 text, in words: UTF-16 (what some Windows editors save;
 * half its bytes are zero), a NUL character, or a byte that does not decode. Null when the text is
 * fine. (A leading byte-order mark is removed by the reader before this, as JSON allows.)
 *
 * @example
 * encodingProblem('\ufffd\ufffd{\u0000}\u0000'); // 'the file is UTF-16 text, not UTF-8: save it as UTF-8'
 */
export function encodingProblem(text: string): string | null {
  const nul = text.indexOf('\u0000');
  if (text.startsWith('\ufffd\ufffd') || (nul >= 0 && countOf(text, '\u0000') * 4 > text.length)) {
    return 'the file is UTF-16 text, not UTF-8: save it as UTF-8';
  }
  const where = (i: number) => {
    const { line, column } = lineAndColumn(text, i);
    return `at line ${line}, column ${column}`;
  };
  if (nul >= 0) return `the file holds a NUL character (code 0) ${where(nul)}: it is not a text file, or it is damaged`;
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) return `the file is not UTF-8 text: a byte ${where(bad)} does not decode (save it as UTF-8)`;
  return null;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function describeSyntaxError(raw: string, text: string): string {
  // Drop V8's quotation of the text: the position says where to look, and the quote can be long.
  let what = raw
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    .replace(/ in JSON(?= at position)/, '')
    // An unexpected line break or tab is named by its escape, so the message stays on one line.
    .replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  const given = /at position (\d+)/.exec(what);
  const position = given ? Number(given[1]) : firstSyntaxErrorPosition(text);
  if (position < 0) return what; // the scanner could not place it (e.g. nesting too deep to scan)
  if (!given) what = `${what} at position ${position}`;
  const { line, column } = lineAndColumn(text, position);
  return `${what} (line ${line}, column ${column})`;
}

/**
 * 1-based line and column of a 0-based character offset.
 *
 * @example
 * lineAndColumn('ab\ncd', 4); // { line: 2, column: 2 }
 */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

/**
 * Offset of the first character at which `text` stops being valid JSON (`text.length` when it
 * ends too early), or -1 when it is valid or the position cannot be found.
 *
 * @example
 * firstSyntaxErrorPosition('[1,]'); // 3
 */
export function firstSyntaxErrorPosition(text: string): number {
  let i = 0;
  const fail = (at: number): never => {
    throw new JsonStop(at);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail(i);
      i++;
    }
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text[i] ?? '')) fail(i);
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') { i++; digits(); }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail(i);
      const ch = text[i];
      if (ch === '"') { i++; return; }
      if (ch.charCodeAt(0) < 0x20) fail(i);
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(i + k);
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else fail(i);
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(i);
        string(); ws();
        if (text[i] !== ':') fail(i);
        i++; value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return; }
        fail(i);
      }
    } else if (ch === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return; }
        fail(i);
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail(i);
  };
  try {
    value(); ws();
    if (i < text.length) fail(i);
    return -1;
  } catch (e) {
    if (e instanceof JsonStop) return Math.min(e.at, text.length);
    return -1; // e.g. a RangeError from nesting deeper than the call stack: no position to give
  }
}

class JsonStop {
  constructor(readonly at: number) {}
}

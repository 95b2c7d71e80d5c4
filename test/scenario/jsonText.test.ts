// JSON syntax errors in scenario files get a position, a line and a column, whatever V8 says.
import { describe, expect, it } from 'vitest';
import { firstSyntaxErrorPosition, lineAndColumn, parseJsonText } from '../../src/scenario/jsonText.js';

describe('parseJsonText', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2.5e3, "x\\u00e9", true, null]}')).toEqual({ ok: true, value: { a: [1, 2500, 'xé', true, null] } });
  });

  it('always names a position, a line and a column', () => {
    for (const text of ['{"a":}', '', '{"a": 1', '[1,]', '{"a": 1}\n{', '{\n  "a": tru\n}', '{"a": "line\nbreak"}', '{\'a\': 1}']) {
      const r = parseJsonText(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.error.path).toBe('(root)');
        expect(r.error.message, text).toMatch(/^not valid JSON: .+ at position \d+ \(line \d+, column \d+\)$/);
      }
    }
  });

  it('drops V8\'s quotation of the text', () => {
    const r = parseJsonText('{"name": "baseline", "days": }');
    expect(r).toEqual({ ok: false, error: { path: '(root)', message: "not valid JSON: Unexpected token '}' at position 29 (line 1, column 30)" } });
  });
});

describe('firstSyntaxErrorPosition', () => {
  it('finds the first character that cannot be JSON', () => {
    expect(firstSyntaxErrorPosition('[1,]')).toBe(3);
    expect(firstSyntaxErrorPosition('{"a": 01}')).toBe(7);
    expect(firstSyntaxErrorPosition('{"a": 1')).toBe(7);
    expect(firstSyntaxErrorPosition('"\\x"')).toBe(2);
  });

  it('returns -1 for valid JSON', () => {
    expect(firstSyntaxErrorPosition(' {"a": [-0.5e+2, {}, [], "\\n"]} ')).toBe(-1);
  });
});

describe('lineAndColumn', () => {
  it('counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

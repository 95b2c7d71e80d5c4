// Bad input in clear words: wrong kinds named as kinds, odd encodings named, and text from the
// input shown escaped and clipped, never raw.
import { describe, expect, it } from 'vitest';
import { encodingProblem } from '../../src/scenario/jsonText.js';
import { baselineScenario } from '../../src/scenario/presets/baseline.js';
import { loadScenarioJson, parseScenario } from '../../src/scenario/validate.js';

describe('messages about bad input', () => {
  it('name an object or a list by its kind, not as [object Object]', () => {
    const s: any = baselineScenario();
    s.arrivals = { kind: { nested: true } };
    const r = parseScenario(s);
    const text = r.ok ? '' : r.errors.map((e) => e.message).join('\n');
    expect(text).not.toContain('[object Object]');
    expect(text).toContain('an object');
  });

  it('escape control characters in an unknown key, in its path and its message', () => {
    const s: any = baselineScenario();
    s['x\ninterdict: ok: baseline\u001b[2K\u001b]0;pwned\u0007'] = 1;
    const r = parseScenario(s);
    expect(r.ok).toBe(false);
    const e = r.ok ? null : r.errors[0];
    expect(e?.path).not.toMatch(/[\u0000-\u001f]/);
    expect(e?.message).not.toMatch(/[\u0000-\u001f]/);
    expect(e?.message).toContain('\\u000a');
  });

  it('say when a file is UTF-16, holds a NUL, or has a byte that does not decode', () => {
    expect(encodingProblem('\ufffd\ufffd{\u0000"\u0000')).toBe('the file is UTF-16 text, not UTF-8: save it as UTF-8');
    expect(encodingProblem('{\n  "a": 1\u0000\n}')).toBe('the file holds a NUL character (code 0) at line 2, column 9: it is not a text file, or it is damaged');
    expect(encodingProblem('{"name": "caf\ufffd"}')).toBe('the file is not UTF-8 text: a byte at line 1, column 14 does not decode (save it as UTF-8)');
    expect(encodingProblem('{"name": "café"}')).toBeNull();
    const r = loadScenarioJson('\ufffd\ufffd{\u0000}\u0000');
    expect(r.ok ? '' : r.errors[0].message).toContain('UTF-16');
  });
});

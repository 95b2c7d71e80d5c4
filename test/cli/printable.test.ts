// Text echoed to the terminal cannot forge lines or drive it: controls and invisible characters
// are shown as escapes.
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.js';
import { reportError } from '../../src/cli/reportError.js';
import { CliError } from '../../src/cli/CliError.js';

describe('printable', () => {
  it('escapes a forged line, a line erase and a window title', () => {
    expect(printable('x\ninterdict: ok: baseline\u001b[2K\u001b]0;pwned\u0007')).toBe('x\\ninterdict: ok: baseline\\u001b[2K\\u001b]0;pwned\\u0007');
  });

  it('shows invisible characters: a BOM, NUL, zero-width and direction marks', () => {
    expect(printable('\ufeffa\u0000b\u200bc\u202ed')).toBe('\\ufeffa\\u0000b\\u200bc\\u202ed');
  });

  it('leaves ordinary text, accents and symbols alone', () => {
    expect(printable('d′ ≥ 2.1 — Zoë, 95% (1.2 to 3.4)')).toBe('d′ ≥ 2.1 — Zoë, 95% (1.2 to 3.4)');
  });
});

describe('reportError', () => {
  it('prints every message of a bad-input error on its own line, escaped', () => {
    let err = '';
    const code = reportError({ stderr: (t) => { err += t; }, env: {} }, new CliError(["unknown field 'x\ny'", 'second']));
    expect(code).toBe(2);
    expect(err).toBe("interdict: unknown field 'x\\ny'\ninterdict: second\n");
  });
});

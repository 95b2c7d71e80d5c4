// Seed and days as typed in the form or read from a link: whole numbers within the CLI's bounds.
import { describe, expect, it } from 'vitest';
import { MAX_DAYS, parseDays, parseSeed } from '../../../src/ui/controls/runOptions.js';

describe('run options', () => {
  it('accepts whole-number seeds from 0 to 2^53 - 1', () => {
    expect(parseSeed('0')).toEqual({ ok: true, value: 0 });
    expect(parseSeed(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseSeed(String(Number.MAX_SAFE_INTEGER))).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
  });

  it.each(['', '-1', '1.5', '1e3', 'abc', '9007199254740992', '0x10'])('refuses the seed %j', (text) => {
    expect(parseSeed(text).ok).toBe(false);
  });

  it('accepts days from 1 to the scenario bound and refuses the rest', () => {
    expect(parseDays('1')).toEqual({ ok: true, value: 1 });
    expect(parseDays(String(MAX_DAYS))).toEqual({ ok: true, value: MAX_DAYS });
    for (const text of ['0', String(MAX_DAYS + 1), '2.5', '', 'x']) expect(parseDays(text).ok).toBe(false);
    expect(parseDays('0')).toEqual({ ok: false, message: `must be a whole number from 1 to ${MAX_DAYS}` });
  });
});

// "What to try" shows on a first visit, stays closed once closed (in this browser), and never
// shows with ?tips=0; ?tips=1 brings it back. Storage that refuses never breaks the page.
import { describe, expect, it } from 'vitest';
import { TIPS_KEY, rememberTips, tipsEnabled, tipsShown, type TipsStorage } from '../../../src/ui/tips/tipsPreference.js';

function store(): TipsStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('what-to-try preference', () => {
  it('shows on a first visit, and not after it was closed, until switched on again', () => {
    const s = store();
    expect(tipsShown('', s)).toBe(true);
    rememberTips(s, false);
    expect(s.map.get(TIPS_KEY)).toBe('off');
    expect([tipsShown('', s), tipsEnabled(s)]).toEqual([false, false]);
    rememberTips(s, true);
    expect(tipsShown('', s)).toBe(true);
  });

  it('obeys the address: ?tips=0 hides it, ?tips=1 shows it, whatever was stored', () => {
    const s = store();
    expect(tipsShown('?tips=0', s)).toBe(false);
    rememberTips(s, false);
    expect(tipsShown('?tips=1&workers=2', s)).toBe(true);
  });

  it('works without storage, and with storage that throws', () => {
    const throwing: TipsStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(tipsShown('', null)).toBe(true);
    expect(tipsShown('', throwing)).toBe(true);
    expect(() => rememberTips(throwing, false)).not.toThrow();
  });
});

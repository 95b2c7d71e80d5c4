// The screen-reader summary: spoken every 15 s while running and once on pause, never repeated.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer, ANNOUNCE_EVERY_MS } from '../../src/ui/Announcer.js';

function region() {
  const attrs: Record<string, string> = {};
  return { textContent: '', setAttribute: (k: string, v: string) => (attrs[k] = v), attrs };
}

describe('announcer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is a polite live region that speaks at a calm pace while running, and once on pause', () => {
    const r = region();
    let n = 0;
    const a = new Announcer(r as unknown as HTMLElement, () => `summary ${n}`);
    expect(r.attrs['aria-live']).toBe('polite');
    a.runState('running');
    vi.advanceTimersByTime(ANNOUNCE_EVERY_MS - 1);
    expect(r.textContent).toBe('');
    vi.advanceTimersByTime(1);
    expect(r.textContent).toBe('summary 0');
    n = 1;
    vi.advanceTimersByTime(ANNOUNCE_EVERY_MS);
    expect(r.textContent).toBe('summary 1');
    a.runState('paused');
    expect(r.textContent).toBe('Paused. summary 1');
    n = 2;
    vi.advanceTimersByTime(5 * ANNOUNCE_EVERY_MS);
    expect(r.textContent).toBe('Paused. summary 1');
  });

  it('does not repeat itself', () => {
    const r = region();
    const a = new Announcer(r as unknown as HTMLElement, () => 'same');
    a.runState('running');
    vi.advanceTimersByTime(ANNOUNCE_EVERY_MS);
    r.textContent = 'cleared by a test';
    vi.advanceTimersByTime(ANNOUNCE_EVERY_MS);
    expect(r.textContent).toBe('cleared by a test');
  });
});

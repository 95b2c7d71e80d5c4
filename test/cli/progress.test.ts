// Progress on stderr: only for runs longer than a second, at most ten redraws a second, ended
// with a newline, on by default only on a terminal, forced by --progress or --quiet, and never
// on stdout. A fake clock stands in for time.
import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../src/cli/progress.js';
import { cli, fakeIo } from './fakeIo.js';

function reporter(enabled = true, step = 50) {
  let t = 0;
  let written = '';
  const p = createProgress({ enabled, write: (s) => void (written += s), now: () => (t += step), label: 'run x seed 1', days: 2 });
  return { p, written: () => written };
}

describe('progressLine', () => {
  it('shows the label, the percentage and the day', () => {
    expect(progressLine('run baseline seed 1', 0.42, 1)).toBe('  run baseline seed 1: 42% (day 1 of 1)');
    expect(progressLine('run baseline seed 1', 0.5, 3)).toBe('  run baseline seed 1: 50% (day 2 of 3)');
    expect(progressLine('run baseline seed 1', 1, 3)).toBe('  run baseline seed 1: 100% (day 3 of 3)');
  });
});

describe('createProgress', () => {
  it('stays silent for a run shorter than a second', () => {
    const { p, written } = reporter(true, 10);
    for (let h = 1; h <= 48; h++) p.update(h / 48);
    p.done(true);
    expect(written()).toBe('');
  });

  it('redraws at most ten times a second after the first second, and ends with a newline at 100%', () => {
    const { p, written } = reporter(true, 50);
    for (let h = 1; h <= 48; h++) p.update(h / 48);
    p.done(true);
    const draws = written().split('\r').slice(1);
    // 48 updates 50 ms apart span 2.4 s: nothing in the first second, then one draw per 100 ms.
    expect(draws.length).toBeGreaterThanOrEqual(13);
    expect(draws.length).toBeLessThanOrEqual(16);
    expect(written().endsWith('  run x seed 1: 100% (day 2 of 2)\n')).toBe(true);
  });

  it('is silent when disabled', () => {
    const { p, written } = reporter(false, 500);
    for (let h = 1; h <= 48; h++) p.update(h / 48);
    p.done(true);
    expect(written()).toBe('');
  });
});

describe('progress in run', () => {
  // The fake io's clock moves 50 ms per reading, so a run of 24 simulated hours "takes" 1.2 s.
  it('is off by default when stderr is not a terminal', async () => {
    const r = await cli(['run', '--preset', 'single-queue']);
    expect(r.err).toBe('');
  });

  it('is on by default when stderr is a terminal, and never touches stdout', async () => {
    const r = await cli(['run', '--preset', 'single-queue'], fakeIo({ isTTY: true }));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^\r {2}run single-queue seed 1: \d+% \(day 1 of 1\)/);
    expect(r.err.endsWith('\r  run single-queue seed 1: 100% (day 1 of 1)\n')).toBe(true);
    expect(r.out).not.toContain('\r');
    expect(() => JSON.parse(r.out)).not.toThrow();
  });

  it('--progress forces it on and --quiet off', async () => {
    expect((await cli(['run', '--preset', 'single-queue', '--progress'])).err).toContain('% (day 1 of 1)');
    expect((await cli(['run', '--preset', 'single-queue', '--quiet'], fakeIo({ isTTY: true }))).err).toBe('');
  });

  it('does not change the results', async () => {
    const quiet = await cli(['run', '--preset', 'single-queue', '--quiet']);
    const shown = await cli(['run', '--preset', 'single-queue', '--progress']);
    expect(shown.out).toBe(quiet.out);
  });
});

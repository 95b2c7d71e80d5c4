// The experiments' progress line: runs done of the total, a bar, an ETA from the mean time per
// run; silent for the first second and when disabled; ended with a newline.
import { describe, expect, it } from 'vitest';
import { createRunProgress, duration, runProgressLine } from '../../src/cli/runProgress.js';

describe('runProgressLine', () => {
  it('shows the bar, the counts, the percentage and the time left', () => {
    expect(runProgressLine('sweep grid.json', 160, 400, 48_000)).toBe('  sweep grid.json: [########............]  160/400 runs  40%  ETA 1m 12s');
    expect(runProgressLine('x', 0, 10, 5_000)).toBe('  x: [....................]   0/10 runs  0%');
    expect(runProgressLine('x', 10, 10, 5_000)).toBe('  x: [####################]  10/10 runs  100%');
  });

  it('writes durations in seconds, minutes or hours', () => {
    expect(duration(4_400)).toBe('4s');
    expect(duration(185_000)).toBe('3m 05s');
    expect(duration(7_620_000)).toBe('2h 07m');
  });
});

describe('createRunProgress', () => {
  it('draws after the first second, on one line redrawn with \\r, and ends it with a newline', () => {
    let clock = 0;
    let text = '';
    const p = createRunProgress({ enabled: true, write: (t) => (text += t), now: () => clock, label: 'x' });
    clock = 500;
    p.update(1, 4);
    expect(text).toBe('');
    clock = 1500;
    p.update(2, 4);
    clock = 3000;
    p.update(4, 4);
    p.done();
    const first = '  x: [##########..........]  2/4 runs  50%  ETA 2s';
    const last = '  x: [####################]  4/4 runs  100%'.padEnd(first.length); // spaces over the old tail
    expect(text).toBe(`\r${first}\r${last}\n`);
  });

  it('writes nothing when disabled', () => {
    let text = '';
    const p = createRunProgress({ enabled: false, write: (t) => (text += t), now: () => 10_000, label: 'x' });
    p.update(1, 2);
    p.done();
    expect(text).toBe('');
  });
});

// The ring against the dots: what each stands for, so a gap is not read as a change's effect.
import { describe, expect, it } from 'vitest';
import { perDayNote } from '../../../src/ui/charts/perDayNote.js';

const PRESETS = { replications: 10, days: 7 };

describe('per-day note', () => {
  it('while running, says the ring is part of a day scaled to a day', () => {
    expect(perDayNote(0.25, false, PRESETS)).toBe('This run so far (6 h from 06:00), scaled to a day: part of a day is not a day\'s average, so the ring drifts as the day goes on.');
  });

  it('at the end, says what the ring and the dots are, and which way the dots lean', () => {
    const note = perDayNote(1, true, PRESETS);
    expect(note).toContain('1 day from a warm 06:00 opening, one seed');
    expect(note).toContain('means of 10 runs of 7 days that start empty');
    expect(note).toMatch(/delay a little below a warm day/);
  });
});

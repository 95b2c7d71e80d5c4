// The model's messages in words for the page.
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { pathWords, plainMessage } from '../../../src/ui/format/plainWords.js';

const baseline = getPreset('baseline').scenario;

describe('plain words', () => {
  it('say comparisons in words', () => {
    expect(plainMessage('must be >= 0')).toBe('must be 0 or more');
    expect(plainMessage('must be <= 1440')).toBe('must be 1440 or less');
    expect(plainMessage('must be > 0')).toBe('must be more than 0');
    expect(plainMessage('unknown field')).toBe('unknown field');
  });

  it("name a setting the form shows by the form's label, and any other path in readable words", () => {
    expect(pathWords('stations.exam.officersByShift.0', baseline)).toMatch(/^Exam.*officers on the day shift$/);
    expect(pathWords('mix.weightKg.sigma', baseline)).toBe('mix › weight kg › sigma');
    expect(pathWords('shifts.0.breakMinutes', baseline)).toBe('shifts › #1 › break minutes');
  });
});

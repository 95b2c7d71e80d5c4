// One name for the run, used by the header and by the numbers panel's "Finished: ...".
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { runTitle } from '../../../src/ui/app/runTitle.js';
import { withHalfTheExamOfficers } from '../../../src/ui/tips/tips.js';

describe('run title', () => {
  it('names the preset and seed, and says when the scenario was changed from it', () => {
    const scenario = getPreset('baseline').scenario;
    expect(runTitle({ preset: 'baseline', scenario, seed: 3, days: 1 })).toBe('baseline, seed 3');
    expect(runTitle({ preset: 'baseline', scenario: withHalfTheExamOfficers(scenario), seed: 3, days: 1 })).toBe('baseline (changed), seed 3');
  });
});

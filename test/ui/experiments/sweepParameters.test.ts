// The curated sweep parameters: each reaches a field of the baseline, each suggested range is a
// valid sweep of the baseline, and a base without the field says so.
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../../src/experiments/index.js';
import { getPreset, presetNames } from '../../../src/scenario/index.js';
import { checkSweep } from '../../../src/ui/experiments/sweepGrid.js';
import { SWEEP_PARAMETERS, sweepParameter, unavailableReason } from '../../../src/ui/experiments/sweepParameters.js';

describe('sweep parameters', () => {
  const baseline = getPreset('baseline').scenario;

  it('offers the eight levers and unknowns of the issue, with labels fit for a CSV heading', () => {
    expect(SWEEP_PARAMETERS.map((p) => p.id)).toEqual(['xrayOfficers', 'examOfficers', 'riskThreshold', 'randomRate', 'sweepRate', 'holdPresent', 'prevalence', 'riskSeparation']);
    for (const p of SWEEP_PARAMETERS) expect(p.label).not.toMatch(/[,"\n]/);
  });

  it('reaches a field of every baseline-derived preset', () => {
    for (const name of presetNames().filter((n) => n !== 'single-queue')) {
      for (const p of SWEEP_PARAMETERS) expect(unavailableReason(p, getPreset(name).scenario), `${name} ${p.id}`).toBeNull();
    }
    const prevalence = resolvePath(baseline, 'contraband.*.perMillion');
    expect(prevalence.ok && prevalence.targets).toHaveLength(8);
  });

  it('suggests ranges that make valid sweeps of the baseline', () => {
    for (const p of SWEEP_PARAMETERS) {
      const r = p.suggest(baseline);
      const check = checkSweep({ base: 'baseline', parameters: [{ slot: 0, id: p.id, from: String(r.from), to: String(r.to), step: String(r.step) }], replications: '2', seed: '1', days: '1' }, null);
      expect(check.ok, `${p.id}: ${JSON.stringify(check.ok ? '' : check.errors)}`).toBe(true);
    }
  });

  it('marks the targeting rules missing from single-queue', () => {
    const sq = getPreset('single-queue').scenario;
    expect(unavailableReason(sweepParameter('randomRate'), sq)).toMatch(/^not in this scenario: no rule with id 'random'/);
    expect(unavailableReason(sweepParameter('xrayOfficers'), sq)).toBeNull();
    expect(() => sweepParameter('nope')).toThrow("no sweep parameter 'nope'");
  });
});

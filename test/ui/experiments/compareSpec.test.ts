// The comparison form → the core's CompareSpec: CRN on or off, the current scenario as A or B,
// and each refusal at its field.
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { checkCompare, type CompareFormValues } from '../../../src/ui/experiments/compareSpec.js';

const form = (over: Partial<CompareFormValues> = {}): CompareFormValues => ({ a: 'baseline', b: 'short-staffed', replications: '10', seed: '1', days: '1', crn: true, ...over });

describe('comparison form', () => {
  it('builds the comparison with common random numbers by default', () => {
    const r = checkCompare(form(), null);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.runs).toBe(20);
    expect(r.spec).toMatchObject({ seed: 1, replications: 10, days: 1, warmupDays: 0, mode: 'crn' });
    expect(r.spec.a.label).toBe('baseline');
    expect(r.spec.b.scenario).toBe(getPreset('short-staffed').scenario);
  });

  it('uses independent seeds when CRN is off', () => {
    const r = checkCompare(form({ crn: false }), null);
    expect(r.ok && r.spec.mode).toBe('independent');
  });

  it('takes the scenario open in the app as A', () => {
    const current = { scenario: getPreset('hold-failures').scenario, seed: 9 };
    const r = checkCompare(form({ a: 'current' }), current);
    expect(r.ok && r.spec.a).toEqual({ label: 'current scenario (hold-failures)', scenario: current.scenario });
  });

  it('refuses each bad field in words', () => {
    const r = checkCompare(form({ a: 'current', b: 'nope', replications: '1', seed: 'x', days: '99' }), null);
    expect(r.ok ? null : r.errors).toEqual({
      a: 'no scenario is open in the app; pick a preset',
      b: "unknown preset 'nope'",
      replications: 'must be a whole number from 2 to 100 (an interval needs at least 2 runs)',
      seed: 'must be a whole number from 0 to 9007199254740991',
      days: 'must be a whole number from 1 to 14 (longer runs: use the command line)',
    });
  });

  it('refuses B equal to A', () => {
    const r = checkCompare(form({ b: 'baseline' }), null);
    expect(r.ok ? null : r.errors.b).toBe('B is the same scenario as A, so every difference would be 0: pick another');
  });
});

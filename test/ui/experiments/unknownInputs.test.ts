// The comparison form's "Unknown inputs" fields, checked in Node: the defaults plan a comparison
// in plausible worlds; each bad field is refused in plain words, keyed by the field; too many runs
// refused; and the result's export names say what it holds.
import { describe, expect, it } from 'vitest';
import { buildUncertaintyResult, runJob } from '../../../src/experiments/index.js';
import { checkCompare } from '../../../src/ui/experiments/compareSpec.js';
import { exportFileName, runCounts } from '../../../src/ui/experiments/exportNames.js';
import { UNKNOWN_DEFAULTS, checkUnknownInputs } from '../../../src/ui/experiments/unknownInputs.js';

const compared = checkCompare({ a: 'baseline', b: 'short-staffed', replications: '2', seed: '1', days: '1', crn: true }, null);
if (!compared.ok) throw new Error('the comparison form should be valid');
const spec = compared.spec;

describe('checkUnknownInputs', () => {
  it('plans the defaults: three uniform inputs, their notes saying they are the user\'s assumption', () => {
    const r = checkUnknownInputs(UNKNOWN_DEFAULTS, spec);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 10 worlds × 2 runs × 2 scenarios, and the tornado's (1 + 2 × 3) × 2 × 2.
    expect(r.runs).toBe(40 + 28);
    expect(r.plan.spec.uncertainty.inputs.map((i) => [i.name, i.distribution, i.note])).toEqual([
      ['prevalence', 'uniform', 'assumption: the range typed in the app'],
      ['risk separation', 'uniform', 'assumption: the range typed in the app'],
      ['presentation rate', 'uniform', 'assumption: the range typed in the app'],
    ]);
  });

  it('refuses each bad field in words, keyed by the field', () => {
    const r = checkUnknownInputs({ ...UNKNOWN_DEFAULTS, prevalenceLow: 'x', separationHigh: '1', presentHigh: '2', worlds: '1' }, spec);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      prevalenceLow: "'x' is not a number",
      separationHigh: 'must be more than the low value',
      presentHigh: 'must be a share from 0 to 1',
      worlds: 'must be a whole number from 2 to 50',
    });
  });

  it('refuses more runs than the app runs', () => {
    const big = checkCompare({ a: 'baseline', b: 'short-staffed', replications: '100', seed: '1', days: '1', crn: true }, null);
    if (!big.ok) throw new Error('valid');
    const r = checkUnknownInputs({ ...UNKNOWN_DEFAULTS, worlds: '50' }, big.spec);
    expect(r.ok === false && r.errors.worlds).toBe('11,400 runs in all; the app runs at most 2,000: fewer worlds or replications (or use the command line)');
  });

  it('counts the runs of a partial result, and names its exports', () => {
    const r = checkUnknownInputs({ ...UNKNOWN_DEFAULTS, worlds: '2' }, spec);
    if (!r.ok) throw new Error('valid');
    const result = buildUncertaintyResult(r.plan, new Map(r.plan.jobs.slice(0, 3).map((j) => [j.index, runJob(j).metrics])));
    expect(runCounts(result)).toEqual({ done: 3, total: 2 * 2 * 2 + 7 * 2 * 2 });
    expect(exportFileName(result, 'csv')).toBe('interdict-unknown-inputs-baseline-vs-short-staffed-2worlds-2reps-seed1-PARTIAL-3of36runs.csv');
  });
});

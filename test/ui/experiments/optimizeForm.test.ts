// The Optimize form's checks: each mistake at its field in words, a variable the scenario lacks,
// too many runs for a tab; a good form gives a problem the core accepts, with the budget as a
// per-day limit on officer pay.
import { describe, expect, it } from 'vitest';
import { plannedRuns } from '../../../src/experiments/index.js';
import { checkOptimize, type OptimizeFormValues } from '../../../src/ui/experiments/optimizeForm.js';

const GOOD: OptimizeFormValues = {
  base: 'baseline', variables: ['xrayOfficers', 'examOfficers'], objective: 'interdiction', budget: '16800', delay: '',
  replications: '3', population: '6', generations: '2', extra: '12', seed: '1',
};

describe('checkOptimize', () => {
  it('builds the problem: the ticked variables, the objective, the budget per day', () => {
    const r = checkOptimize(GOOD, null);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.problem.variables.map((v) => v.name)).toEqual(['X-ray officers per shift', 'Exam officers per shift']);
    expect(r.problem.objective).toEqual({ metric: 'contraband.interdictionRate', goal: 'maximize', perDay: false });
    expect(r.problem.constraints).toEqual([{ name: 'Officer pay per day', metric: 'cost.dollars', atMost: 16800, perDay: true }]);
    expect(r.problem.selection.finalists).toBe(3);
    expect(r.runs).toBe(plannedRuns(r.problem));
    const withDelay = checkOptimize({ ...GOOD, delay: '9000', objective: 'delay' }, null);
    expect(withDelay.ok && withDelay.problem.constraints[1]).toMatchObject({ metric: 'throughput.screeningDelayParcelHours', atMost: 9000 });
    expect(withDelay.ok && withDelay.problem.objective.goal).toBe('minimize');
  });

  it('names each bad field in words', () => {
    const r = checkOptimize({ ...GOOD, variables: [], budget: 'lots', delay: '-1', replications: '1', generations: '99', seed: 'x' }, null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual({
      variables: 'tick at least one thing that may change',
      budget: "'lots' is not a number",
      delay: 'must be 0 or more, or blank for no limit',
      replications: 'must be a whole number from 2 to 20',
      generations: 'must be a whole number from 0 to 10',
      seed: expect.stringContaining('whole number'),
    });
  });

  it('refuses a variable the scenario does not have, and a problem too big for a tab', () => {
    const sq = checkOptimize({ ...GOOD, base: 'single-queue', variables: ['riskThreshold', 'xrayOfficers'] }, null);
    expect(!sq.ok && sq.errors.variables).toBe('not in this scenario: Risk-score threshold (aed-risk rule)');
    const big = checkOptimize({ ...GOOD, variables: ['xrayOfficers', 'examOfficers', 'dogTeams'], population: '20', generations: '10', replications: '20', extra: '200' }, null);
    expect(!big.ok && big.errors.generations).toMatch(/^up to 4,/);
  });
});

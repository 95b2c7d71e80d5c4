// Problem files: every mistake reported with its field in plain words; the checked problem is
// itself a valid problem; defaults filled in.
import { describe, expect, it } from 'vitest';
import { parseProblem, spaceSize } from '../../../src/experiments/index.js';
import { formatErrors } from '../../../src/scenario/index.js';

const GOOD = {
  base: { preset: 'baseline' },
  variables: [
    { name: 'xray officers', path: 'stations.xray.officersByShift.*', values: { from: 2, to: 6, step: 1 } },
    { name: 'risk threshold', path: 'targeting.rules.aed-risk.when.atLeast', values: [0.997, 0.998, 0.999] },
  ],
  objective: { metric: 'contraband.interdictionRate', goal: 'maximize' },
  constraints: [{ metric: 'cost.dollars', atMost: 16800, perDay: true }],
  replications: 3, seed: 1, days: 1,
  search: { population: 6, generations: 3 },
  selection: { finalists: 3, budget: 12 },
};

const errorsOf = (input: unknown): string => {
  const r = parseProblem(input);
  return r.ok ? '' : formatErrors(r.errors);
};

describe('parseProblem', () => {
  it('accepts a good problem, fills the defaults, and its result parses again to the same', () => {
    const r = parseProblem(GOOD);
    if (!r.ok) throw new Error(formatErrors(r.errors));
    expect(spaceSize(r.problem)).toBe(15);
    expect(r.problem.constraints[0]).toEqual({ name: 'cost.dollars per day ≤ 16800', metric: 'cost.dollars', atMost: 16800, perDay: true });
    expect(r.problem.search.seed).toBe(1);
    expect(r.problem.selection.stage).toBe(10);
    const again = parseProblem({ ...r.problem, base: { scenario: r.problem.base.scenario } });
    expect(again.ok && again.problem).toEqual(r.problem);
  });

  it.each([
    [{ ...GOOD, objective: { metric: 'contraband.interdiction', goal: 'maximize' } }, "objective.metric: no metric 'contraband.interdiction'; metrics under 'contraband': contraband.insideAtStart"],
    [{ ...GOOD, objective: { metric: 'contraband.interdictionRate', goal: 'up' } }, 'objective.goal'],
    [{ ...GOOD, constraints: [{ metric: 'cost.dollars' }] }, 'constraints.0: give exactly one of "atMost" and "atLeast"'],
    [{ ...GOOD, variables: [{ path: 'stations.xray.oficers', values: [1] }] }, "variables.0.path: no field 'oficers' in stations.xray"],
    [{ ...GOOD, variables: [] }, 'variables'],
    [{ ...GOOD, replications: 1 }, 'replications: must be >= 2'],
    [{ ...GOOD, selection: { finalists: 30, budget: 5 } }, 'selection.finalists'],
    [{ ...GOOD, search: { population: 2, generations: 0 }, selection: { finalists: 3, budget: 5 } }, 'selection.finalists: must be at most the candidates the search can run'],
    [{ ...GOOD, variables: [{ name: 'xray officers', path: 'stations.xray.officersByShift.*', values: [-1, 2] }] }, 'candidate 0 (xray officers=-1): invalid scenario: stations.xray.officersByShift.0: must be >= 0'],
    [{ ...GOOD, warmupDays: 1 }, 'warmupDays: must be less than days (1), got 1'],
    [{ ...GOOD, base: { preset: 'nowhere' } }, "base.preset: unknown preset 'nowhere'"],
    [[], '(root): a problem must be a JSON object'],
  ])('names the field of a mistake (%#)', (input, expected) => {
    expect(errorsOf(input)).toContain(expected);
  });
});

// Grids: the cartesian product of parameter values in a fixed order, ranges, rule-id and
// wildcard paths, scale factors, and every problem named with its path or its point.
import { describe, expect, it } from 'vitest';
import { gridPoints, parseGrid, pointLabel, pointScenario, type GridSpec } from '../../src/experiments/index.js';
import { formatErrors, getPreset } from '../../src/scenario/index.js';

const grid = (extra: Record<string, unknown>): Record<string, unknown> => ({ base: { preset: 'baseline' }, parameters: [], replications: 2, seed: 1, days: 1, ...extra });

function ok(input: unknown): GridSpec {
  const r = parseGrid(input);
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.grid;
}

function problems(input: unknown): string[] {
  const r = parseGrid(input);
  if (r.ok) throw new Error('expected the grid to be refused');
  return formatErrors(r.errors).split('\n');
}

describe('the points of a grid', () => {
  it('are the cartesian product, the first parameter varying slowest', () => {
    const g = ok(grid({ parameters: [
      { name: 'officers', path: 'stations.xray.officersByShift', values: [[1, 1], [2, 2], [3, 3]] },
      { name: 'threshold', path: 'targeting.rules.aed-risk.when.atLeast', values: [0.995, 0.998] },
    ] }));
    expect(gridPoints(g).map((p) => p.values)).toEqual([
      [[1, 1], 0.995], [[1, 1], 0.998], [[2, 2], 0.995], [[2, 2], 0.998], [[3, 3], 0.995], [[3, 3], 0.998],
    ]);
    expect(pointLabel(g, gridPoints(g)[3])).toBe('point 3 (officers=[2,2], threshold=0.998)');
  });

  it('expand ranges, rounding away binary fractions', () => {
    const g = ok(grid({ parameters: [
      { path: 'stations.xray.lanes', values: { from: 1, to: 6, step: 1 } },
      { path: 'targeting.rules.random.when.rate', values: { from: 0.0001, to: 0.0005, step: 0.0002 } },
      { path: 'riskScore.separation', values: { from: 1.5, to: 2.1, step: 0.3 } },
    ] }));
    expect(g.parameters.map((p) => ('values' in p ? p.values : p.scale))).toEqual([[1, 2, 3, 4, 5, 6], [0.0001, 0.0003, 0.0005], [1.5, 1.8, 2.1]]);
    expect(gridPoints(g)).toHaveLength(6 * 3 * 3);
  });

  it('is one point, the base scenario, without parameters', () => {
    const g = ok(grid({}));
    expect(gridPoints(g)).toEqual([{ index: 0, values: [] }]);
    const s = pointScenario(g, gridPoints(g)[0]);
    expect(s.ok && s.scenario).toEqual(getPreset('baseline').scenario);
  });
});

describe('a point\'s scenario', () => {
  it('sets the rule named by id, every entry under *, and multiplies with scale', () => {
    const g = ok(grid({ parameters: [
      { name: 'threshold', path: 'targeting.rules.aed-risk.when.atLeast', values: [0.995] },
      { name: 'xray officers', path: 'stations.xray.officersByShift.*', values: [3] },
      { name: 'prevalence', path: 'contraband.*.perMillion', scale: [2] },
    ] }));
    const r = pointScenario(g, gridPoints(g)[0]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const base = getPreset('baseline').scenario;
    expect(r.scenario.targeting.rules.find((rule) => rule.id === 'aed-risk')?.when).toEqual({ kind: 'riskScore', atLeast: 0.995 });
    expect(r.scenario.targeting.rules.find((rule) => rule.id === 'random')).toEqual(base.targeting.rules.find((rule) => rule.id === 'random'));
    expect(r.scenario.stations.xray.officersByShift).toEqual([3, 3]);
    expect(r.scenario.contraband.fentanyl.perMillion).toBe(2 * base.contraband.fentanyl.perMillion);
    expect(r.scenario.contraband.counterfeit.perMillion).toBe(2 * base.contraband.counterfeit.perMillion);
    expect(base.stations.xray.officersByShift).toEqual([4, 4]); // the frozen preset is untouched
  });

  it('comes out the same from a checked grid read back from its JSON (what merge relies on)', () => {
    const g = ok(grid({ name: 'g', parameters: [{ path: 'stations.xray.lanes', values: { from: 2, to: 4, step: 1 } }, { path: 'contraband.*.perMillion', scale: [1, 3] }] }));
    const again = ok(JSON.parse(JSON.stringify(g)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(g));
  });
});

describe('grid problems', () => {
  it('name each bad field with its path', () => {
    expect(problems({ ...grid({}), replications: 1, seed: -1, days: 0, colour: 'red' })).toEqual([
      'replications: must be >= 2',
      'seed: must be >= 0',
      'days: must be >= 1',
      "colour: unknown field 'colour'",
    ]);
    expect(problems(grid({ base: { preset: 'nope' } }))[0]).toMatch(/^base\.preset: unknown preset 'nope'; valid presets: baseline, /);
    expect(problems(grid({ base: {} }))).toEqual(['base: give exactly one of "preset" (a preset name) and "scenario" (a scenario object)']);
    expect(problems(grid({ warmupDays: 1 }))).toEqual(['warmupDays: must be less than days (1), got 1']);
    expect(problems([])).toEqual(['(root): a grid must be a JSON object']);
  });

  it('name bad parameters: paths, rule ids, ranges, scales, names and clashes', () => {
    expect(problems(grid({ parameters: [
      { path: 'stations.xray.oficers', values: [1] },
      { path: 'targeting.rules.aed.when.atLeast', values: [0.99] },
      { path: 'contraband.*.quantityGrams', scale: [2] },
      { path: 'stations.exam.lanes', values: [1], scale: [2] },
      { path: 'stations.ct.lanes', values: { from: 3, to: 1, step: 1 } },
      { name: 'x', path: 'days', values: [1] },
      { name: 'x', path: 'contraband.meth.perMillion', values: [1] },
      { path: 'contraband.*.perMillion', scale: [2] },
    ] }))).toEqual([
      "parameters.0.path: no field 'oficers' in stations.xray (fields: enabled, lanes, officersByShift, serviceSeconds, detection, falseAlarm, vigilance)",
      'parameters.1.path: no rule with id \'aed\' in targeting.rules (ids: aed-risk, random, hr-sweep, no-aed-hr, declared-medicine)',
      'parameters.2.path: scale needs numbers, but contraband.counterfeit.quantityGrams is not a number',
      'parameters.3: give exactly one of "values" (to set) and "scale" (factors to multiply by)',
      "parameters.4.values: 'to' (1) must be >= 'from' (3)",
      "parameters.6.name: 'x' is also the name of parameters.5; names must differ",
      'parameters.7.path: contraband.meth.perMillion is also set by parameters.6',
    ]);
  });

  it('name an empty value list and a bad range step as the file\'s shape', () => {
    expect(problems(grid({ parameters: [{ path: 'stations.xray.lanes', values: [] }] }))).toEqual(['parameters.0.values: must have at least 1 entry']);
    expect(problems(grid({ parameters: [{ path: 'stations.xray.lanes', values: { from: 1, to: 2, step: 0 } }] }))[0]).toMatch(/^parameters\.0\.values/);
  });

  it('name the point and its values when a point is not a valid scenario, once per problem', () => {
    expect(problems(grid({ parameters: [
      { name: 'officers', path: 'stations.xray.officersByShift', values: [[1, 1], [2, 2, 2], [-1, 1]] },
      { name: 'threshold', path: 'targeting.rules.aed-risk.when.atLeast', values: [0.99, 0.995] },
    ] }))).toEqual([
      'point 2 (officers=[2,2,2], threshold=0.99) (and 1 other point): invalid scenario: stations.xray.officersByShift: needs one entry per shift (2: day, evening), got 3',
      'point 4 (officers=[-1,1], threshold=0.99) (and 1 other point): invalid scenario: stations.xray.officersByShift.0: must be >= 0',
    ]);
  });

  it('prefix a bad base scenario\'s problems with base.scenario', () => {
    const s = structuredClone(getPreset('single-queue').scenario) as { stations: { xray: { lanes: number } } };
    s.stations.xray.lanes = -2;
    expect(problems(grid({ base: { scenario: s } }))).toEqual(['base.scenario.stations.xray.lanes: must be >= 0']);
  });
});

describe('the size of a grid', () => {
  it('refuses more than a million runs before planning them (100 M once exhausted memory)', () => {
    const r = parseGrid({
      base: { preset: 'baseline' },
      parameters: [
        { name: 'a', path: 'stations.exam.lanes', values: { from: 1, to: 100, step: 1 } },
        { name: 'b', path: 'stations.xray.lanes', values: { from: 1, to: 100, step: 1 } },
      ],
      replications: 10_000, seed: 1, days: 1,
    });
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'replications', message: '10000 points × 10000 replications are 100,000,000 runs; at most 1,000,000 are allowed' }]);
  });
});

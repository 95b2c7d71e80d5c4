// The sweep form → grid: each bad input is refused at its field, in words; a good form gives the
// grid the experiments core runs, and the core's own errors land on the right fields.
import { describe, expect, it } from 'vitest';
import { gridPoints, parseGrid, pointParameters } from '../../../src/experiments/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { checkSweep, gridErrorsToFields, sweepSummary, type SweepFormValues } from '../../../src/ui/experiments/sweepGrid.js';

const form = (over: Partial<SweepFormValues> = {}): SweepFormValues => ({
  base: 'baseline',
  parameters: [
    { slot: 0, id: 'xrayOfficers', from: '2', to: '4', step: '1' },
    { slot: 1, id: 'riskThreshold', from: '0.997', to: '0.999', step: '0.002' },
  ],
  replications: '5',
  seed: '1',
  days: '1',
  ...over,
});

const errorsOf = (f: SweepFormValues, current = null) => {
  const r = checkSweep(f, current);
  return r.ok ? {} : r.errors;
};

describe('sweep form to grid', () => {
  it('builds the grid the core expects, checked by its grid schema', () => {
    const r = checkSweep(form(), null);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.points).toBe(6);
    expect(r.runs).toBe(30);
    expect(r.grid.parameters).toEqual([
      { name: 'X-ray officers per shift', path: 'stations.xray.officersByShift.*', values: [2, 3, 4] },
      { name: 'Risk-score threshold (aed-risk rule)', path: 'targeting.rules.aed-risk.when.atLeast', values: [0.997, 0.999] },
    ]);
    expect(r.grid.name).toBe('Sweep of baseline: X-ray officers per shift × Risk-score threshold (aed-risk rule)');
    expect(pointParameters(r.grid, gridPoints(r.grid)[5])).toEqual({ 'X-ray officers per shift': 4, 'Risk-score threshold (aed-risk rule)': 0.999 });
    // The checked grid is itself a valid grid file, as the command line would read it.
    expect(parseGrid(JSON.parse(JSON.stringify(r.grid))).ok).toBe(true);
  });

  it('uses scale factors for prevalence, and the current scenario as a base when asked', () => {
    const current = { scenario: getPreset('short-staffed').scenario, seed: 3 };
    const r = checkSweep(form({ base: 'current', parameters: [{ slot: 2, id: 'prevalence', from: '0.5', to: '2', step: '0.5' }] }), current);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.grid.parameters).toEqual([{ name: 'Contraband prevalence (all types ×k)', path: 'contraband.*.perMillion', scale: [0.5, 1, 1.5, 2] }]);
    expect(r.grid.base.scenario.name).toBe('short-staffed');
  });

  it('refuses a step of 0, a range the wrong way round and too many values, at their inputs', () => {
    expect(errorsOf(form({ parameters: [{ slot: 0, id: 'xrayOfficers', from: '1', to: '5', step: '0' }] }))).toEqual({ 'param.0.step': 'step must be > 0' });
    expect(errorsOf(form({ parameters: [{ slot: 0, id: 'xrayOfficers', from: '5', to: '1', step: '1' }] }))).toEqual({ 'param.0.to': 'to must be ≥ from (5)' });
    expect(errorsOf(form({ parameters: [{ slot: 1, id: 'examOfficers', from: '1', to: '120', step: '1' }] }))).toEqual({ 'param.1.step': 'too many points: 120 > 60' });
  });

  it('refuses words, blanks, fractions of officers and values outside a parameter\'s bounds', () => {
    const e = errorsOf(form({ parameters: [
      { slot: 0, id: 'xrayOfficers', from: 'two', to: '4.5', step: '' },
      { slot: 1, id: 'holdPresent', from: '0.5', to: '1.2', step: '0.1' },
    ] }));
    expect(e['param.0.from']).toBe("from: 'two' is not a number");
    expect(e['param.0.to']).toBe('to must be a whole number (officers)');
    expect(e['param.0.step']).toBe('step: enter a number');
    expect(e['param.1.to']).toBe('to must be ≤ 1');
  });

  it('refuses a grid of too many points in all, naming the product', () => {
    const e = errorsOf(form({ parameters: [
      { slot: 0, id: 'xrayOfficers', from: '1', to: '8', step: '1' },
      { slot: 1, id: 'examOfficers', from: '1', to: '8', step: '1' },
    ] }));
    expect(e).toEqual({ grid: 'too many points: 8 × 8 = 64 > 60; narrow a range or take a larger step' });
  });

  it('refuses too many runs, replications, days and seeds out of range', () => {
    expect(errorsOf(form({ replications: '1' })).replications).toBe('must be a whole number from 2 to 100 (an interval needs at least 2 runs)');
    expect(errorsOf(form({ days: '0' })).days).toBe('must be a whole number from 1 to 14 (longer runs: use the command line)');
    expect(errorsOf(form({ seed: '-1' })).seed).toBe('must be a whole number from 0 to 9007199254740991');
    const many = form({ replications: '100', parameters: [{ slot: 0, id: 'xrayOfficers', from: '1', to: '30', step: '1' }] });
    expect(errorsOf(many).replications).toBe('too many runs: 30 points × 100 = 3,000 > 2,000 (larger sweeps: npm run sim -- sweep)');
  });

  it('says why a parameter does not apply to the base, and refuses one varied twice', () => {
    const e = errorsOf(form({ base: 'single-queue', parameters: [{ slot: 0, id: 'riskThreshold', from: '0.99', to: '0.999', step: '0.009' }] }));
    expect(e['param.0.id']).toBe("not in this scenario: no rule with id 'aed-risk' in targeting.rules (ids: everything)");
    const twice = errorsOf(form({ parameters: [
      { slot: 0, id: 'xrayOfficers', from: '2', to: '3', step: '1' },
      { slot: 2, id: 'xrayOfficers', from: '4', to: '5', step: '1' },
    ] }));
    expect(twice).toEqual({ 'param.2.id': 'already varied in parameter 1' });
  });

  it('refuses the current scenario when the host has none, and an unknown preset', () => {
    expect(errorsOf(form({ base: 'current' })).base).toBe('no scenario is open in the app; pick a preset');
    expect(errorsOf(form({ base: 'nope' })).base).toBe("unknown preset 'nope'");
  });

  it('puts the core\'s point errors on the sweep as a whole, naming the point', () => {
    // The form's own checks keep most such grids from reaching the core, so the mapping is checked with the core's messages.
    expect(gridErrorsToFields([
      { path: 'parameters.1.path', message: "no rule with id 'x'" },
      { path: 'parameters.0.values', message: "'to' (1) must be >= 'from' (3)" },
      { path: 'replications', message: 'must be >= 2' },
      { path: 'base.preset', message: "unknown preset 'p'" },
      { path: 'point 3 (a=1)', message: 'invalid scenario: stations.xray.lanes: must be >= 0' },
    ], [0, 2])).toEqual({
      'param.2.id': "no rule with id 'x'",
      'param.0': "'to' (1) must be >= 'from' (3)",
      replications: 'must be >= 2',
      base: "preset: unknown preset 'p'",
      grid: 'point 3 (a=1): invalid scenario: stations.xray.lanes: must be >= 0',
    });
  });

  it('allows a sweep with no parameters: replications of the base', () => {
    const r = checkSweep(form({ parameters: [] }), null);
    expect(r.ok && r.points).toBe(1);
  });

  it('says what Run will do', () => {
    expect(sweepSummary(4, 3, 1)).toBe('4 points × 3 replications = 12 runs of 1 day');
    expect(sweepSummary(1, 2, 7)).toBe('1 point × 2 replications = 2 runs of 7 days');
  });
});

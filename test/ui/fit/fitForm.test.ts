// The fit form's check: a good file gives the fit and its run count; a missing file, a bad runs
// count and a data file's problems (in the parser's words, by line and column) are named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { checkFit } from '../../../src/ui/fit/fitForm.js';

const example = readFileSync(new URL('../../../docs/fit-example.csv', import.meta.url), 'utf8');

describe('checkFit', () => {
  it('builds the fit of the example on the baseline: 60 days, three types, 7 grid points × the runs', () => {
    const r = checkFit({ scenario: 'baseline', replications: '4', file: { name: 'fit-example.csv', text: example } }, null);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.runs).toBe(28);
    expect(r.spec).toMatchObject({ source: 'fit-example.csv', seed: 1, replications: 4 });
    expect(r.spec.data.dates).toHaveLength(60);
    expect(r.spec.data.types).toEqual(['counterfeit', 'pills', 'fentanyl']);
    expect(r.label).toBe('baseline');
  });

  it('asks for a file and names a bad runs count', () => {
    const r = checkFit({ scenario: 'baseline', replications: '1', file: null }, null);
    expect(r).toEqual({ ok: false, errors: { data: ['choose a data file (comma-separated, one line per day)'], replications: 'must be a whole number from 2 to 100 (an interval needs at least 2 runs)' } });
  });

  it('gives the data file problems by line and column, and the scenario current only when one is open', () => {
    const bad = example.replace('2025-01-02,219025', '2025-01-02,21x025');
    const r = checkFit({ scenario: 'baseline', replications: '4', file: { name: 'bad.csv', text: bad } }, null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.data).toEqual(["line 3, column 2 (pieces:CN): must be a whole number of pieces ≥ 0, got '21x025'"]);
    const none = checkFit({ scenario: 'current', replications: '4', file: { name: 'x.csv', text: example } }, null);
    expect(!none.ok && none.errors.scenario).toBe('no scenario is open in the app; pick a preset');
    const open = checkFit({ scenario: 'current', replications: '4', file: { name: 'x.csv', text: example } }, { scenario: getPreset('baseline').scenario, seed: 3 });
    expect(open.ok && open.label).toBe('current scenario (baseline)');
  });
});

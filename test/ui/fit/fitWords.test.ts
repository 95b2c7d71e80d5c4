// The fit's results in the panel's words: the fitted values rows, the warnings and what the grid simulated.
import { describe, expect, it } from 'vitest';
import type { FitResult } from '../../../src/experiments/fit/fitModel.js';
import { fittedRows, fitWarnings, newGridStatus, simulatedText } from '../../../src/ui/fit/fitWords.js';

function result(dispersion: number[], days = 60): FitResult {
  return {
    format: 'interdict-fit', version: 1, complete: true,
    data: { source: 'f.csv', days, first: '2025-01-01', last: '2025-03-01', types: ['pills', 'fentanyl'], rules: [[], []], compliance: false, piecesByOrigin: true },
    method: { separations: [1, 2], replications: 2, seed: 1, bootstrap: 10, simulated: [], passes: 1, gridTotals: [2000], standIn: false, settled: true, unsettled: null, refusal: null, simulatedPerMillion: [1000, 1000] },
    estimates: {
      separation: { value: 2.04, low: 1.71, high: 3, lowOpen: false, highOpen: true },
      perMillion: [{ value: 1234.4, low: 1000, high: 1500, lowOpen: false, highOpen: false }, { value: 2, low: 0, high: 4, lowOpen: false, highOpen: false }],
      simulationSd: { separation: 0.1234, perMillion: [12.34, 0.5] },
    },
    cells: [], dispersion, days: [], calibrated: null,
  };
}

describe('fittedRows', () => {
  it('gives d′ then each type, with its interval marked where the grid ends, and the simulation error', () => {
    expect(fittedRows(result([1, 1]))).toEqual([
      { quantity: 'Risk score separation d′', estimate: '2.04 (1.71 to ≥ 3.00)', simulationSd: '0.123' },
      { quantity: 'pills, parcels per million pieces', estimate: '1,234 (1,000 to 1,500)', simulationSd: '12.3' },
      { quantity: 'fentanyl, parcels per million pieces', estimate: '2 (0 to 4)', simulationSd: '0.5' },
    ]);
    expect(fittedRows({ ...result([1, 1]), estimates: null })).toEqual([]);
  });
});

describe('fitWarnings and simulatedText', () => {
  it('names a type whose observed seizures the simulation never produced, and none otherwise', () => {
    const r = { ...result([1, 1]), method: { ...result([1, 1]).method, simulated: [{ arrived: 900, seized: 200 }, { arrived: 900, seized: 200 }] }, cells: [
      [{ cell: 'aed-risk', observed: 103, fitted: 0 }, { cell: 'other', observed: 0, fitted: 0 }],
      [{ cell: 'other', observed: 1, fitted: 0.8 }],
    ] };
    expect(fitWarnings(r)).toEqual([
      "pills: the data have 103 seizures by rule aed-risk, but the simulation seized none there, so this type's estimate and interval mean nothing. Raise the runs per grid point.",
    ]);
    expect(fitWarnings({ ...r, cells: [[{ cell: 'other', observed: 2, fitted: 1.5 }], [{ cell: 'other', observed: 1, fitted: 0.8 }]] })).toEqual([]);
  });

  it('says first when the simulation is thin against the data', () => {
    const r = { ...result([1, 1]), method: { ...result([1, 1]).method, simulated: [{ arrived: 80, seized: 12 }, { arrived: 80, seized: 14 }] },
      cells: [[{ cell: 'other', observed: 104, fitted: 100 }], [{ cell: 'other', observed: 3, fitted: 3 }]] };
    expect(fitWarnings(r)).toEqual([expect.stringMatching(/^The simulation is thin: .*\(pills 12 against the data's 104\).*Raise the runs per grid point\.$/)]);
  });

  it('says first when the grids did not settle on the fitted prevalence', () => {
    const base = result([1, 1]);
    const r = { ...base, method: { ...base.method, passes: 4, gridTotals: [2000, 4400, 1100, 4400], settled: false, unsettled: 'most grids' as const } };
    expect(fitWarnings(r)).toEqual([expect.stringMatching(/^The fit did not settle\. The grid ran 4 times, .*raise the runs per grid point\.$/)]);
    expect(fitWarnings(base)).toEqual([]);
  });

  it('says what the simulation had per grid point', () => {
    const r = { ...result([1, 1]), method: { ...result([1, 1]).method, simulated: [{ arrived: 1234.4, seized: 7.29 }, { arrived: 86, seized: 17.6 }] } };
    expect(simulatedText(r)).toBe('pills 1,234 (7 seized), fentanyl 86 (18 seized)');
  });
});

describe('newGridStatus', () => {
  it('says which grid runs, why, and the new total', () => {
    expect(newGridStatus(1400, 700)).toBe("Grid 2 of at most 4: running again at the fitted prevalence, since contraband's own load on the stations moves the chance of seizure (1,400 runs in all)…");
    expect(newGridStatus(2800, 700)).toMatch(/^Grid 4 of at most 4: /);
  });
});

// The fit in words for the command line and the memo (src/experiments/fit/fitReport.ts): the
// dispersion check judged against chance (not "near 1" whatever the value), and where the grid ran.
import { describe, expect, it } from 'vitest';
import type { FitResult } from '../../../src/experiments/fit/fitModel.js';
import { dispersionLimit, dispersionLines, fitReportMarkdown, fitSummaryLines, gridPassesText } from '../../../src/experiments/fit/fitReport.js';

function result(dispersion: number[], days = 60, method: Partial<FitResult['method']> = {}): FitResult {
  return {
    format: 'interdict-fit', version: 1, complete: true,
    data: { source: 'f.csv', days, first: '2025-01-01', last: '2025-03-01', types: ['pills', 'fentanyl'], rules: [[], []], compliance: false, piecesByOrigin: true },
    method: { separations: [1, 2], replications: 2, seed: 1, bootstrap: 10, simulated: [{ arrived: 10, seized: 2 }, { arrived: 10, seized: 3 }], passes: 1, settled: true, simulatedPerMillion: [1000, 1000], ...method },
    estimates: {
      separation: { value: 2.04, low: 1.71, high: 3, lowOpen: false, highOpen: true },
      perMillion: [{ value: 1234.4, low: 1000, high: 1500, lowOpen: false, highOpen: false }, { value: 2, low: 0, high: 4, lowOpen: false, highOpen: false }],
      simulationSd: { separation: 0.1234, perMillion: [12.34, 0.5] },
    },
    cells: [[], []], dispersion, days: [], calibrated: null,
  };
}

describe('dispersion check', () => {
  it('is 1 plus two standard deviations of χ²/df: about 1.37 over 60 days', () => {
    expect(dispersionLimit(60)).toBeCloseTo(1 + 2 * Math.sqrt(2 / 59), 12);
    expect(dispersionLimit(60)).toBeCloseTo(1.368, 3);
  });

  it('says near 1 at or below the limit, too much above it, and no check with one day', () => {
    expect(dispersionLines(result([1.12, 1.9]))).toEqual([
      "pills: 1.12, near 1 (at most 1.37 by chance over 60 days): days vary as the model's do.",
      'fentanyl: 1.90, above 1.37, more than chance over 60 days: prevalence itself seems to vary from day to day, so the intervals are too narrow.',
    ]);
    expect(dispersionLines(result([NaN, NaN], 1))[0]).toBe('pills: no check (it needs at least 2 days).');
  });

  it('is judged the same way on the command line and in the memo', () => {
    const lines = fitSummaryLines(result([1.12, 1.9]));
    expect(lines).toContain("  dispersion of pills: 1.12, near 1 (at most 1.37 by chance over 60 days): days vary as the model's do.");
    expect(lines.some((l) => l.startsWith('  dispersion of fentanyl: 1.90, above 1.37'))).toBe(true);
    expect(fitReportMarkdown(result([1.12, 1.9]), 'p.svg')).toContain('fentanyl: 1.90, above 1.37');
  });
});

describe('where the grid ran', () => {
  it('says once, again and settled, or unsettled, in the summary and the memo', () => {
    expect(gridPassesText(result([1, 1]))).toBe("The grid ran once, at pills 1,000, fentanyl 1,000 per million (the scenario's total, shared equally); the fit landed within 10% of it.");
    const again = result([1, 1], 60, { passes: 3, simulatedPerMillion: [617, 617] });
    expect(gridPassesText(again)).toMatch(/^The first fit's prevalence was more than 10% from the scenario's: .* ran 3 times, each at the previous fit's prevalence \(the last at pills 617, fentanyl 617 per million, the total shared equally\); the estimates come from the last grid, and the fit landed within 10% of it\.$/);
    const unsettled = result([1, 1], 60, { passes: 4, settled: false });
    expect(gridPassesText(unsettled)).toMatch(/^The fit did not settle: .* the most it runs \(4\), .* raise the runs per grid point\.$/);
    expect(fitSummaryLines(again).at(-1)).toBe(`  ${gridPassesText(again)}`);
    expect(fitReportMarkdown(unsettled, 'p.svg')).toContain(gridPassesText(unsettled));
  });
});

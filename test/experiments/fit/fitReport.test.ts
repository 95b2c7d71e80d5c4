// The fit in words for the command line and the memo (src/experiments/fit/fitReport.ts): the
// dispersion check judged against chance (not "near 1" whatever the value), and where the grid ran.
import { describe, expect, it } from 'vitest';
import type { FitResult } from '../../../src/experiments/fit/fitModel.js';
import { dispersionLimit, dispersionLines, fitReportMarkdown, fitSummaryLines, gridPassesText, thinGridText } from '../../../src/experiments/fit/fitReport.js';

function result(dispersion: number[], days = 60, method: Partial<FitResult['method']> = {}): FitResult {
  return {
    format: 'interdict-fit', version: 1, complete: true,
    data: { source: 'f.csv', days, first: '2025-01-01', last: '2025-03-01', types: ['pills', 'fentanyl'], rules: [[], []], compliance: false, piecesByOrigin: true },
    method: { separations: [1, 2], replications: 2, seed: 1, bootstrap: 10, simulated: [{ arrived: 10, seized: 2 }, { arrived: 10, seized: 3 }], passes: 1, gridTotals: [2000], standIn: false, settled: true, unsettled: null, refusal: null, simulatedPerMillion: [1000, 1000], ...method },
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
  it('says once and consistent, the grids and their totals, or unsettled and why, in the summary and the memo', () => {
    // The fixture's fit: 1,234.4 + 2 = 1,236 per million in all.
    expect(gridPassesText(result([1, 1]))).toBe("The grid ran once, at 2,000 per million in all (the scenario's prevalence), shared equally: pills 1,000, fentanyl 1,000. The estimates come from it: the fit (1,236 per million in all) is more than 10% from its prevalence, but inside the data's 95% interval for the total, so the data cannot tell the two apart.");
    expect(gridPassesText(result([1, 1], 60, { gridTotals: [1300] }))).toMatch(/: the fit \(1,236 per million in all\) lies within 10% of its prevalence\.$/);
    const standIn = result([1, 1], 60, { gridTotals: [100], standIn: true, simulatedPerMillion: [50, 50] });
    expect(gridPassesText(standIn)).toMatch(/^The grid ran once, at 100 per million in all \(a stand-in prevalence, the scenario having none of these types\), shared equally: pills 50, fentanyl 50\./);
    const again = result([1, 1], 60, { passes: 3, gridTotals: [2000, 4310, 1300], simulatedPerMillion: [650, 650] });
    expect(gridPassesText(again)).toBe("The grid ran 3 times, at 2,000, 4,310 and 1,300 per million in all: first at the scenario's prevalence, then each at the previous grid's fit, because contraband's own load on the stations moves the chance of seizure. The estimates come from the last: the fit (1,236 per million in all) lies within 10% of its prevalence.");
    const most = result([1, 1], 60, { passes: 4, gridTotals: [2000, 4400, 1100, 4400], settled: false, unsettled: 'most grids' });
    expect(gridPassesText(most)).toMatch(/^The fit did not settle\. The grid ran 4 times, .* After 4 grids, the most it runs, the last grid's prevalence still lies more than 10% from the fit \(1,236 per million in all\) and outside the data's interval for it; the estimates come from that grid\. .*raise the runs per grid point\.$/);
    const refused = result([1, 1], 60, { passes: 2, gridTotals: [2000, 1236], settled: false, unsettled: 'refused', refusal: 'the data have 3 pills seizures by rule aed-risk, but the simulation seized none there', simulatedPerMillion: [1000, 1000] });
    expect(gridPassesText(refused)).toMatch(/^The fit did not settle\. The grid ran 2 times, at 2,000 and 1,236 per million in all: .* The last grid was refused \(the data have 3 pills seizures by rule aed-risk, but the simulation seized none there\), so the estimates come from the grid before it, at pills 1,000, fentanyl 1,000 per million, .*Raise the runs per grid point\.$/);
    const runaway = { ...refused, method: { ...refused.method, unsettled: 'runaway' as const, refusal: null } };
    expect(gridPassesText(runaway)).toMatch(/The fit on the last grid ran beyond any prevalence a scenario can have, so the estimates come from the grid before it, .*check the scenario's detection rates and staffing\.$/);
    const nothing = { ...result([1, 1]), estimates: { ...result([1, 1]).estimates!, perMillion: [{ value: 0, low: 0, high: 9, lowOpen: false, highOpen: false }, { value: 0, low: 0, high: 9, lowOpen: false, highOpen: false }] } };
    expect(gridPassesText(nothing)).toMatch(/: the fit found no contraband, so there is no load to follow\.$/);
    // Settled: said last in the terminal; unsettled: said first, and under the fitted values in the memo.
    expect(fitSummaryLines(again).at(-1)).toBe(`  ${gridPassesText(again)}`);
    expect(fitSummaryLines(most)[1]).toBe(`  ${gridPassesText(most)}`);
    const memo = fitReportMarkdown(most, 'p.svg');
    expect(memo.indexOf('**Not settled.**')).toBeGreaterThan(memo.indexOf('## Fitted values'));
    expect(memo.indexOf('**Not settled.**')).toBeLessThan(memo.indexOf('## How well the model reproduces the data'));
    expect(fitReportMarkdown(again, 'p.svg')).not.toContain('**Not settled.**');
  });
});

describe('a thin simulation', () => {
  it('is said when the grid seized fewer than half as many of a type as the data, first in the terminal and in the memo', () => {
    const cells = [[{ cell: 'aed-risk', observed: 100, fitted: 98 }, { cell: 'other', observed: 4, fitted: 5 }], [{ cell: 'other', observed: 3, fitted: 2.5 }]];
    const thin = { ...result([1, 1], 60, { simulated: [{ arrived: 76, seized: 12 }, { arrived: 83, seized: 14 }] }), cells };
    expect(thinGridText(thin)).toBe("The simulation is thin: per grid point it seized fewer than half as many of a type as the data hold (pills 12 against the data's 104), so its error may be larger than the intervals show. Raise the runs per grid point.");
    expect(fitSummaryLines(thin)[1]).toBe(`  ${thinGridText(thin)}`);
    expect(fitReportMarkdown(thin, 'p.svg')).toContain(`**Thin simulation.** ${thinGridText(thin)}`);
    // At half the data's seizures or more, nothing is said.
    const enough = { ...thin, method: { ...thin.method, simulated: [{ arrived: 700, seized: 52 }, { arrived: 700, seized: 2 }] } };
    expect(thinGridText(enough)).toBeNull();
    // No count of the simulation's (an old result) claims nothing; nor does a type the data never seized.
    expect(thinGridText({ ...thin, method: { ...thin.method, simulated: [] } })).toBeNull();
    expect(thinGridText({ ...thin, cells: [[{ cell: 'other', observed: 0, fitted: 0 }], [{ cell: 'other', observed: 0, fitted: 0 }]] })).toBeNull();
    // Thin, then unsettled, then the figures.
    const both = { ...thin, method: { ...thin.method, settled: false, unsettled: 'most grids' as const, passes: 4, gridTotals: [2000, 4400, 1100, 4400] } };
    const lines = fitSummaryLines(both);
    expect(lines[1]).toBe(`  ${thinGridText(both)}`);
    expect(lines[2]).toBe(`  ${gridPassesText(both)}`);
    expect(lines[3]).toMatch(/^  risk score separation d′/);
    expect(fitReportMarkdown(enough, 'p.svg')).not.toContain('Thin simulation');
  });
});

// The fit's grid follows the fitted prevalence (src/experiments/fit/fitModel.ts): contraband's own
// load on the stations moves P(seized | contraband), so a grid run at the scenario's prevalence
// misjudges it when the data say otherwise. Checked on the recovery study's facility (truth pills
// 3,000 and fentanyl 1,500 per million) from a start at 1,000 each: every grid after the first runs at
// the previous fit's total, shared equally, and the fit ends where its last grid ran.
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, type Executor } from '../../../src/experiments/index.js';
import { parseFitData } from '../../../src/experiments/fit/fitData.js';
import { fitToData, MAX_PASSES, RECENTRE_TOLERANCE, type FitSpec } from '../../../src/experiments/fit/fitModel.js';
import { RECOVERY_TYPES, recoveryScenario } from '../../../src/experiments/fit/recovery.js';
import { simulateFacilityData } from '../../../src/experiments/fit/syntheticData.js';

async function recoveryData(): Promise<FitSpec['data']> {
  const truth = recoveryScenario(true);
  const csv = await simulateFacilityData({ scenario: truth, days: 30, seed: 1_000_000, start: '2025-01-01', types: RECOVERY_TYPES, rules: ['aed-risk'], compliance: true }, inProcessExecutor());
  const parsed = parseFitData(csv, truth);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.data;
}

/** An in-process executor that notes, for each batch of jobs, the pills prevalence its scenario ran at. */
function watching(): { executor: Executor; grids: number[][] } {
  const inner = inProcessExecutor();
  const grids: number[][] = [];
  return { grids, executor: (jobs, o) => { grids.push([...new Set(jobs.map((j) => j.scenario.contraband.pills.perMillion))]); return inner(jobs, o); } };
}

describe('fitToData', () => {
  it('runs the grid again at the fitted prevalence until the fit lands within the tolerance of its grid', async () => {
    const data = await recoveryData();
    const { executor, grids } = watching();
    const progress: [number, number][] = [];
    const spec: FitSpec = { scenario: recoveryScenario(false), data, source: 'recovery.csv', seed: 1, replications: 20, separations: [1.7, 2, 2.3], bootstrap: 10 };
    const { result } = await fitToData(spec, executor, { onProgress: (d, t) => progress.push([d, t]) });
    const m = result.method;
    expect(result.complete).toBe(true);
    // The start's 2,000 per million in all is far from the truth's 4,500: the grid must run again.
    expect(m.passes).toBeGreaterThanOrEqual(2);
    expect(m.passes).toBeLessThanOrEqual(MAX_PASSES);
    expect(grids).toHaveLength(m.passes);
    expect(grids[0]).toEqual([1000]);
    for (const g of grids) expect(g).toHaveLength(1);
    // The estimates come from the last grid, which ran at the fitted types' total shared equally.
    expect(m.simulatedPerMillion).toEqual([grids.at(-1)?.[0], grids.at(-1)?.[0]]);
    const fitted = (result.estimates?.perMillion ?? []).reduce((a, iv) => a + iv.value, 0);
    const grid = m.simulatedPerMillion.reduce((a, b) => a + b, 0);
    expect(m.settled).toBe(Math.abs(fitted / grid - 1) <= RECENTRE_TOLERANCE);
    expect(grid).toBeGreaterThan(3000);
    // Progress counts every grid's runs, its total growing by a grid at each new pass.
    expect(progress.at(-1)).toEqual([60 * m.passes, 60 * m.passes]);
  }, 120_000);

  it('runs the grid once when the scenario already has the data\'s prevalence', async () => {
    const data = await recoveryData();
    const start = recoveryScenario(false);
    start.contraband.pills.perMillion = 3000;
    start.contraband.fentanyl.perMillion = 1500;
    const { executor, grids } = watching();
    const { result } = await fitToData({ scenario: start, data, source: 'recovery.csv', seed: 1, replications: 20, separations: [1.7, 2, 2.3], bootstrap: 10 }, executor);
    const fitted = (result.estimates?.perMillion ?? []).reduce((a, iv) => a + iv.value, 0);
    // This data's fit lands within the tolerance of the start's 4,500 in all, so one grid suffices.
    const near = Math.abs(fitted / 4500 - 1) <= RECENTRE_TOLERANCE;
    expect(near).toBe(true);
    expect(result.method.passes).toBe(1);
    expect(grids).toEqual([[2250]]);
    expect(result.method.settled).toBe(true);
  }, 120_000);
});

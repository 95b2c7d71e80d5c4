// The fit's grid follows the fitted prevalence (src/experiments/fit/fitModel.ts): contraband's own
// load on the stations moves P(seized | contraband), so a grid run at the scenario's prevalence
// misjudges it when the data say otherwise. Checked on the recovery study's facility (truth pills
// 3,000 and fentanyl 1,500 per million): from a start at 1,000 each, every grid after the first runs
// at the previous fit's total, shared equally, on the same seeds, until the fit is consistent with
// its grid. Executors that bend the grid's counts force the ways a fit can end unsettled.
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, type Executor } from '../../../src/experiments/index.js';
import { parseFitData } from '../../../src/experiments/fit/fitData.js';
import { consistentWithGrid, FitRefusal, fitToData, MAX_PASSES, RECENTRE_TOLERANCE, type FitResult, type FitSpec } from '../../../src/experiments/fit/fitModel.js';
import { gridPassesText } from '../../../src/experiments/fit/fitReport.js';
import type { Interval } from '../../../src/experiments/fit/likelihood.js';
import { RECOVERY_TYPES, recoveryScenario } from '../../../src/experiments/fit/recovery.js';
import { simulateFacilityData } from '../../../src/experiments/fit/syntheticData.js';

let cached: FitSpec['data'] | null = null;
async function recoveryData(): Promise<FitSpec['data']> {
  if (cached) return cached;
  const truth = recoveryScenario(true);
  const csv = await simulateFacilityData({ scenario: truth, days: 30, seed: 1_000_000, start: '2025-01-01', types: RECOVERY_TYPES, rules: ['aed-risk'], compliance: true }, inProcessExecutor());
  const parsed = parseFitData(csv, truth);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return (cached = parsed.data);
}

interface Batch { pills: number[]; seeds: number[] }

/**
 * An in-process executor that notes each batch's pills prevalence and seeds, and lets `bend` change
 * the metrics of batch k (0-based) before the fit sees them.
 */
function watching(bend: (k: number, m: Record<string, number>) => Record<string, number> = (_, m) => m): { executor: Executor; batches: Batch[] } {
  const inner = inProcessExecutor();
  const batches: Batch[] = [];
  return {
    batches,
    executor: (jobs, o) => {
      const k = batches.length;
      batches.push({ pills: [...new Set(jobs.map((j) => j.scenario.contraband.pills.perMillion))], seeds: jobs.map((j) => j.seed) });
      return inner(jobs, { ...o, onResult: (r) => o.onResult({ ...r, metrics: bend(k, r.metrics) }) });
    },
  };
}

/** Contraband parcels that arrived in the grid's runs scaled by `f`: P(seized) seen as 1/f times the truth. */
function scaleArrived(m: Record<string, number>, f: number): Record<string, number> {
  const out = { ...m };
  for (const t of RECOVERY_TYPES) out[`contraband.arrivedByType.${t}`] = Math.round(m[`contraband.arrivedByType.${t}`] * f);
  return out;
}

const SPEC = { source: 'recovery.csv', seed: 1, replications: 20, separations: [1.7, 2, 2.3], bootstrap: 10 };
const total = (r: FitResult) => (r.estimates?.perMillion ?? []).reduce((a, iv) => a + iv.value, 0);

describe('fitToData: the grid follows the fitted prevalence', () => {
  it('runs the grid again at the fitted prevalence, on the same seeds, until the fit is consistent with its grid', async () => {
    const { executor, batches } = watching();
    const progress: [number, number][] = [];
    const { result } = await fitToData({ ...SPEC, scenario: recoveryScenario(false), data: await recoveryData() }, executor, { onProgress: (d, t) => progress.push([d, t]) });
    const m = result.method;
    expect(result.complete).toBe(true);
    // The start's 2,000 per million in all is far from the truth's 4,500, and outside the first fit's interval.
    expect(m.passes).toBeGreaterThanOrEqual(2);
    expect(m.passes).toBeLessThanOrEqual(MAX_PASSES);
    expect(batches).toHaveLength(m.passes);
    expect(batches[0].pills).toEqual([1000]);
    expect(m.gridTotals[0]).toBe(2000);
    // Each grid at one prevalence, the total shared equally by the two types, every grid on the same seeds.
    batches.forEach((b, k) => {
      expect(b.pills).toEqual([m.gridTotals[k] / 2]);
      expect(b.seeds).toEqual(batches[0].seeds);
    });
    expect(new Set(batches[0].seeds).size).toBe(20);
    // The estimates come from the last grid, and are consistent with it.
    expect(m.simulatedPerMillion).toEqual([m.gridTotals[m.passes - 1] / 2, m.gridTotals[m.passes - 1] / 2]);
    expect(m.settled).toBe(true);
    expect(m.unsettled).toBeNull();
    const grid = m.gridTotals[m.passes - 1];
    const ivs = result.estimates?.perMillion ?? [];
    const inside = ivs.reduce((a, iv) => a + iv.low, 0) <= grid && grid <= ivs.reduce((a, iv) => a + iv.high, 0);
    expect(Math.abs(total(result) / grid - 1) <= RECENTRE_TOLERANCE || inside).toBe(true);
    expect(grid).toBeGreaterThan(3000);
    // Progress counts every grid's runs, its total growing by a grid at each new pass.
    expect(progress.at(-1)).toEqual([60 * m.passes, 60 * m.passes]);
    expect(progress.every(([d, t]) => d <= t && t % 60 === 0)).toBe(true);
  }, 120_000);

  it('runs the grid once when the scenario already has the data\'s prevalence', async () => {
    const start = recoveryScenario(false);
    start.contraband.pills.perMillion = 3000;
    start.contraband.fentanyl.perMillion = 1500;
    const { executor, batches } = watching();
    const { result } = await fitToData({ ...SPEC, scenario: start, data: await recoveryData() }, executor);
    expect(result.method.passes).toBe(1);
    expect(result.method.gridTotals).toEqual([4500]);
    expect(batches.map((b) => b.pills)).toEqual([[2250]]);
    expect(result.method.settled).toBe(true);
  }, 120_000);

  it('stops after the most grids, unsettled, when the fit keeps landing away from its grid', async () => {
    // Every other grid sees four times the arrivals, so a quarter of the chance of seizure: the fit
    // swings between about 4,500 and 18,000 per million in all and never meets its grid.
    const { executor, batches } = watching((k, m) => (k % 2 === 1 ? scaleArrived(m, 0.25) : m));
    const { result } = await fitToData({ ...SPEC, scenario: recoveryScenario(false), data: await recoveryData() }, executor);
    expect(result.complete).toBe(true);
    expect(batches).toHaveLength(MAX_PASSES);
    expect(result.method).toMatchObject({ passes: MAX_PASSES, settled: false, unsettled: 'most grids' });
    expect(result.method.simulatedPerMillion).toEqual([result.method.gridTotals[MAX_PASSES - 1] / 2, result.method.gridTotals[MAX_PASSES - 1] / 2]);
    expect(result.estimates).not.toBeNull();
    expect(gridPassesText(result)).toMatch(/^The fit did not settle\. The grid ran 4 times, at 2,000, [\d,]+, [\d,]+ and [\d,]+ per million in all: .* After 4 grids, the most it runs, the last grid's prevalence still lies more than 10% from the fit \([\d,]+ per million in all\)/);
  }, 120_000);

  it('keeps the grid before, unsettled, when the next grid is refused', async () => {
    // The second grid sees no seizure by the rule, which the data have: that grid is refused.
    const { executor, batches } = watching((k, m) => (k === 1
      ? { ...m, 'interdiction.rules.aed-risk.hitsByType.pills': 0, 'interdiction.rules.aed-risk.hitsByType.fentanyl': 0 }
      : m));
    const data = await recoveryData();
    const { result, error } = await fitToData({ ...SPEC, scenario: recoveryScenario(false), data }, executor);
    expect(error).toBeUndefined();
    expect(batches).toHaveLength(2);
    expect(result.method).toMatchObject({ passes: 2, settled: false, unsettled: 'refused', simulatedPerMillion: [1000, 1000] });
    expect(result.method.refusal).toMatch(/^the data have \d+ pills seizures by rule aed-risk, but the simulation seized none there/);
    expect(result.method.gridTotals[0]).toBe(2000);
    // The refused grid ran at the first fit's total, and the estimates are that first fit's.
    expect(result.method.gridTotals[1]).toBeCloseTo(total(result), 6);
    // Unbent, the same fit goes on past the first grid to higher estimates (the load it was missing).
    const alone = await fitToData({ ...SPEC, scenario: recoveryScenario(false), data }, inProcessExecutor());
    expect(alone.result.method.passes).toBeGreaterThan(1);
    expect(result.estimates?.perMillion.map((iv) => iv.value)).not.toEqual(alone.result.estimates?.perMillion.map((iv) => iv.value));
    expect(result.estimates?.perMillion[0].value).toBeLessThan(alone.result.estimates?.perMillion[0].value ?? 0);
  }, 120_000);

  it('refuses, in words, a fitted prevalence beyond what a scenario allows, and runs no grid at it', async () => {
    // A grid that sees 10,000 times the arrivals puts the fit (without the compliance sample, which
    // would bound it) in the tens of millions per million: not a prevalence.
    const { executor, batches } = watching((_, m) => scaleArrived(m, 10_000));
    const data = { ...(await recoveryData()), compliance: null };
    const { result, error } = await fitToData({ ...SPEC, scenario: recoveryScenario(false), data }, executor);
    expect(batches).toHaveLength(1);
    expect(result.estimates).toBeNull();
    expect(error).toBeInstanceOf(FitRefusal);
    expect((error as Error).message).toMatch(/^no fit: the fitted prevalence \(pills [\d,]+, fentanyl [\d,]+ per million\) is not one a scenario can have \(at most 1,000,000 per million in all\)/);
  }, 120_000);

  it('keeps the grid before, unsettled, when a later fit runs beyond any prevalence a scenario can have', async () => {
    // The second grid sees 10,000 times the arrivals: its fit (no compliance sample to bound it) runs away.
    const { executor, batches } = watching((k, m) => (k === 1 ? scaleArrived(m, 10_000) : m));
    const data = { ...(await recoveryData()), compliance: null };
    const { result, error } = await fitToData({ ...SPEC, scenario: recoveryScenario(false), data }, executor);
    expect(error).toBeUndefined();
    expect(batches).toHaveLength(2);
    expect(result.method).toMatchObject({ passes: 2, settled: false, unsettled: 'runaway', simulatedPerMillion: [1000, 1000] });
    expect(result.method.gridTotals[1]).toBeCloseTo(total(result), 6);
    expect(gridPassesText(result)).toMatch(/The fit on the last grid ran beyond any prevalence a scenario can have, so the estimates come from the grid before it, at pills 1,000, fentanyl 1,000 per million/);
    expect(result.calibrated).not.toBeNull();
  }, 120_000);

  it('counts a fit of no contraband as settled, and a scenario without the fitted types as a stand-in', async () => {
    const data = await recoveryData();
    const none = { ...data, seized: data.seized.map((days) => days.map(() => 0)), byRule: data.byRule.map((rules) => rules.map((r) => ({ ...r, counts: r.counts.map(() => 0) }))),
      compliance: data.compliance && { ...data.compliance, found: data.compliance.found.map((days) => days.map(() => 0)) } };
    const start = recoveryScenario(false);
    start.contraband.pills.perMillion = 0;
    start.contraband.fentanyl.perMillion = 0;
    const { executor, batches } = watching();
    const { result } = await fitToData({ ...SPEC, scenario: start, data: none }, executor);
    expect(total(result)).toBe(0);
    // The scenario has none of the fitted types: the grid runs at the stand-in, 100 per million in all.
    expect(batches.map((b) => b.pills)).toEqual([[50]]);
    expect(result.method).toMatchObject({ passes: 1, gridTotals: [100], standIn: true, settled: true, unsettled: null });
  }, 120_000);
});

describe('consistentWithGrid', () => {
  const iv = (value: number, low: number, high: number, open: Partial<Pick<Interval, 'lowOpen' | 'highOpen'>> = {}): Interval =>
    ({ value, low, high, lowOpen: false, highOpen: false, ...open });

  it('holds within 10% of the grid, or with the grid inside the data\'s interval for the total, and for a fit of nothing', () => {
    expect(consistentWithGrid([iv(2000, 1900, 2100), iv(2400, 2300, 2500)], 4500)).toBe(true); // 4,400: within 10%
    expect(consistentWithGrid([iv(2000, 1900, 2100), iv(2400, 2300, 2500)], 5000)).toBe(false); // 12% away, outside 4,200 to 4,600
    expect(consistentWithGrid([iv(2000, 1000, 3000), iv(2400, 1300, 3500)], 6000)).toBe(true); // 27% away, inside 2,300 to 6,500
    expect(consistentWithGrid([iv(0, 0, 40), iv(0, 0, 10)], 100)).toBe(true); // no contraband: no load to follow
    expect(consistentWithGrid([iv(0, 0, 4000), iv(0, 0, 1000)], 100)).toBe(true);
  });

  it('lets no open end, nor an unbounded fit, vouch for a grid', () => {
    // Fentanyl's interval is open above: it bounds nothing, so the total's interval is 2,300 to 2,500 + 10.
    expect(consistentWithGrid([iv(2400, 2300, 2500), iv(10, 0, 1e6, { highOpen: true })], 10_000)).toBe(false);
    expect(consistentWithGrid([iv(2400, 2300, 2500), iv(10, 0, 1e6)], 10_000)).toBe(true);
    expect(consistentWithGrid([iv(Infinity, 0, 1e6, { highOpen: true })], 10_000)).toBe(false);
  });
});

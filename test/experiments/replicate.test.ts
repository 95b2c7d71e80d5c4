// Replications: seeds seed … seed + R - 1, warm-up passed to every run, and precision mode, which
// adds batches until the chosen half-width meets its target (or the maximum is reached), with
// batch sizes that depend on the data only.
import { describe, expect, it } from 'vitest';
import {
  flattenMetrics, inProcessExecutor, nextBatchSize, parsePrecisionTarget, replicate, summarize, MIN_BATCH,
  type ReplicateSpec,
} from '../../src/experiments/index.js';
import { runScenario } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';
import { recordingExecutor } from './helpers.js';

const scenario = getPreset('single-queue').scenario;
const spec: ReplicateSpec = { scenario, seed: 5, days: 1, warmupDays: 0, replications: 4 };

describe('replicate', () => {
  it('runs seeds seed to seed + R - 1 and summarises them', async () => {
    const { result, error } = await replicate(spec, inProcessExecutor());
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ format: 'interdict-replicate', complete: true, missing: [], replications: 4, seeds: { first: 5, last: 8 } });
    const arrived = [5, 6, 7, 8].map((seed) => flattenMetrics(runScenario(scenario, { seed, days: 1 }))['parcels.arrived']);
    expect(result.metrics['parcels.arrived']).toEqual(summarize(arrived));
    expect(result.runs).toBeUndefined();
  });

  it('discards the warm-up days from every run', async () => {
    const { result } = await replicate({ ...spec, days: 2, warmupDays: 1, replications: 2 }, inProcessExecutor());
    const direct = runScenario(scenario, { seed: 5, days: 2, warmupDays: 1 });
    expect(result.metrics['parcels.arrived'].mean).toBe(
      (direct.parcels.arrived + runScenario(scenario, { seed: 6, days: 2, warmupDays: 1 }).parcels.arrived) / 2,
    );
    expect(result.warmupDays).toBe(1);
  });

  it('gives the same result whatever order the runs finish in', async () => {
    const inOrder = await replicate(spec, inProcessExecutor());
    const shuffled = await replicate(spec, inProcessExecutor({ shuffleSeed: 3 }));
    expect(JSON.stringify(shuffled.result)).toBe(JSON.stringify(inOrder.result));
  });
});

describe('precision mode', () => {
  // parcels.arrived is Poisson with mean 2,160 a day (s ≈ 46): a half-width of 40 needs about
  // (2.1 × 46 / 40)² ≈ 6 runs, 25 about 15, so the target is met after a batch or two.
  const precise = (target: string, min = 5, max = 200): ReplicateSpec => {
    const t = parsePrecisionTarget(target);
    if (typeof t === 'string') throw new Error(t);
    return { scenario, seed: 1, days: 1, warmupDays: 0, precision: { ...t, minReplications: min, maxReplications: max } };
  };

  it('stops at the first batch after which the half-width meets the target', async () => {
    const batches: number[] = [];
    const { result } = await replicate(precise('parcels.arrived=25'), recordingExecutor(batches));
    const p = result.precision;
    expect(p?.met).toBe(true);
    expect(p?.halfWidth).toBeLessThanOrEqual(25);
    expect(result.replications).toBe(batches.reduce((a, b) => a + b, 0));
    expect(batches[0]).toBe(5);
    expect(batches.length).toBeGreaterThan(1);
    // Before the last batch the target was not met: the procedure did not run on needlessly.
    const arrived = Array.from({ length: result.replications }, (_, r) => flattenMetrics(runScenario(scenario, { seed: 1 + r }))['parcels.arrived']);
    const beforeLast = summarize(arrived.slice(0, result.replications - (batches.at(-1) as number)));
    expect(beforeLast.halfWidth).toBeGreaterThan(25);
    expect(summarize(arrived).halfWidth).toBe(p?.halfWidth);
  });

  it('accepts a target relative to the mean', async () => {
    const { result } = await replicate(precise('parcels.arrived=2%'), inProcessExecutor());
    const p = result.precision;
    expect(p).toMatchObject({ relative: true, target: 2, met: true });
    expect(p?.allowedHalfWidth).toBeCloseTo(0.02 * result.metrics['parcels.arrived'].mean, 9);
    expect(p?.halfWidth).toBeLessThanOrEqual(p?.allowedHalfWidth as number); // 2% of 2,160 is about 43
  });

  it('stops at the maximum and says the target was not met', async () => {
    const batches: number[] = [];
    const { result } = await replicate(precise('parcels.arrived=1', 5, 12), recordingExecutor(batches));
    expect(result.precision?.met).toBe(false);
    expect(result.replications).toBe(12);
    expect(batches).toEqual([5, 5, 2]); // a batch at most doubles the runs, and the last stops at the maximum
  });

  it('chooses batch sizes from the data alone, so workers do not change the answer', async () => {
    const a = await replicate(precise('parcels.arrived=25'), inProcessExecutor());
    const b = await replicate(precise('parcels.arrived=25'), inProcessExecutor({ shuffleSeed: 9 }));
    expect(JSON.stringify(b.result)).toBe(JSON.stringify(a.result));
  });
});

describe('precision targets', () => {
  it('read METRIC=TARGET and METRIC=TARGET%', () => {
    expect(parsePrecisionTarget('contraband.interdictionRate=0.01')).toEqual({ metric: 'contraband.interdictionRate', target: 0.01, relative: false });
    expect(parsePrecisionTarget('stations.exam.meanWaitSeconds=5%')).toEqual({ metric: 'stations.exam.meanWaitSeconds', target: 5, relative: true });
    expect(parsePrecisionTarget('x=1e-3')).toEqual({ metric: 'x', target: 0.001, relative: false });
  });

  it('refuse anything else with a reason', () => {
    expect(parsePrecisionTarget('contraband.interdictionRate')).toMatch(/expected METRIC=TARGET/);
    expect(parsePrecisionTarget('x=0')).toMatch(/positive number/);
    expect(parsePrecisionTarget('x=-1')).toMatch(/positive number/);
    expect(parsePrecisionTarget('x=ten')).toMatch(/positive number/);
    expect(parsePrecisionTarget('=1')).toMatch(/expected METRIC=TARGET/);
  });

  it('size the next batch from the half-width, within bounds', () => {
    const t = { metric: 'm', target: 1, relative: false };
    // Half-width 2 at n = 10: four times the runs are needed, but a batch at most doubles them.
    expect(nextBatchSize(t, { n: 10, mean: 0, sd: 1, halfWidth: 2 }, 200)).toBe(10);
    // Half-width 1.1 at n = 10: 10 × 1.21 = 12.1, so 13 runs, 3 more; but never fewer than MIN_BATCH.
    expect(nextBatchSize(t, { n: 10, mean: 0, sd: 1, halfWidth: 1.1 }, 200)).toBe(MIN_BATCH);
    expect(nextBatchSize(t, { n: 10, mean: 0, sd: 1, halfWidth: 2 }, 13)).toBe(3);
  });
});

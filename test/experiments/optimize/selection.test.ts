// Ranking and selection (OCBA-CO and its approximate PCS) on synthetic noisy designs with a known
// best: the allocation favours the close contenders, stages sum to the budget, the best is chosen
// in most seeded repetitions, and the probability it reports is not over-confident.
import { describe, expect, it } from 'vitest';
import { approximatePcs, bestIndex, ocbaShares, RunStore, selectBest, stageAllocation, type CandidateEstimate, type Criteria } from '../../../src/experiments/index.js';
import { noisySampler } from './syntheticSampler.js';

const criteria: Criteria = { objective: { metric: 'f', goal: 'maximize', perDay: false }, constraints: [], measuredDays: 1 };
const est = (mean: number, sd: number, n: number, constraints: { mean: number; sd: number }[] = []): CandidateEstimate => ({
  n, objective: { n, mean, sd, halfWidth: NaN }, constraints: constraints.map((c) => ({ n, ...c, halfWidth: NaN })),
});

describe('OCBA-CO allocation', () => {
  it('gives the close contender far more runs than a clearly worse one', () => {
    const shares = ocbaShares([est(1, 1, 10), est(0.9, 1, 10), est(-3, 1, 10)], criteria) as number[];
    expect(bestIndex([est(1, 1, 10), est(0.9, 1, 10), est(-3, 1, 10)], criteria)).toBe(0);
    expect(shares[1]).toBeGreaterThan(50 * shares[2]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('rules out an infeasible design by its constraint when that is clearer than by its objective', () => {
    const c: Criteria = { ...criteria, constraints: [{ name: 'g', metric: 'g', bound: 'atMost', limit: 10, perDay: false }] };
    // Design 1 has a better objective but breaks the limit by 5 sd: a few runs settle it.
    const shares = ocbaShares([est(1, 1, 10, [{ mean: 5, sd: 1 }]), est(2, 1, 10, [{ mean: 15, sd: 1 }]), est(0.8, 1, 10, [{ mean: 5, sd: 1 }])], c) as number[];
    expect(shares[2]).toBeGreaterThan(shares[1]);
  });

  it('spreads a stage in whole runs summing to its size, never taking runs away', () => {
    const e = [est(1, 1, 10), est(0.9, 1, 3), est(-3, 1, 30)];
    const counts = stageAllocation(e, criteria, 17) as number[];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(17);
    expect(counts.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    expect(counts[2]).toBe(0);
  });

  it('has nothing to allocate when no design has noise', () => {
    expect(stageAllocation([est(1, 0, 5), est(2, 0, 5)], criteria, 10)).toBeNull();
  });

  it('reports a probability of correct selection that rises with the gap and the runs', () => {
    const p = (gap: number, n: number) => approximatePcs([est(gap, 1, n), est(0, 1, n), est(0, 1, n)], 0, criteria);
    expect(p(0.1, 10)).toBeLessThan(p(1, 10));
    expect(p(0.5, 10)).toBeLessThan(p(0.5, 100));
    expect(p(5, 50)).toBeGreaterThan(0.999);
    expect(p(0, 10)).toBeGreaterThanOrEqual(0);
  });
});

describe('selectBest', () => {
  const means = [0, 0.3, 0.6, 0.8, 1.0];
  it('chooses the true best in most seeded repetitions, and its P(best) is not over-confident', async () => {
    let correct = 0;
    let pcsSum = 0;
    const reps = 40;
    for (let seed = 1; seed <= reps; seed++) {
      const store = new RunStore();
      const sample = noisySampler((p) => ({ f: means[p] }), { sd: 1, seed, common: 0 });
      await store.fill(sample, [0, 1, 2, 3, 4].flatMap((p) => store.upTo(p, 5)));
      const s = await selectBest([0, 1, 2, 3, 4], criteria, store, sample, { budget: 200, stage: 20 });
      expect(s.runs).toBe(200);
      expect(s.estimates.reduce((a, e) => a + e.n, 0)).toBe(225);
      if (s.chosen === 4) correct++;
      pcsSum += s.probabilityBest;
    }
    // With 45 runs a design on average and a gap of 0.2 sd between the best two, OCBA picks the best about 80% of the time.
    expect(correct / reps).toBeGreaterThanOrEqual(0.7);
    // APCS-P is not over-confident: on average it does not exceed the observed frequency by more than noise.
    expect(pcsSum / reps).toBeLessThanOrEqual(correct / reps + 0.1);
  });

  it('gives the close contenders more runs than the clearly worse ones', async () => {
    const store = new RunStore();
    const sample = noisySampler((p) => ({ f: means[p] }), { sd: 1, seed: 9, common: 0 });
    await store.fill(sample, [0, 1, 2, 3, 4].flatMap((p) => store.upTo(p, 5)));
    await selectBest([0, 1, 2, 3, 4], criteria, store, sample, { budget: 300, stage: 20 });
    expect(store.count(3) + store.count(4)).toBeGreaterThan(3 * store.count(0));
  });
});

// The genetic search on noisy synthetic functions with a known best: it finds the best, honours
// constraints, is the same for the same seed (and different for another), never runs a
// candidate twice or an invalid one, and stops when the sampler says so.
import { describe, expect, it } from 'vitest';
import { genesPoint, geneticSearch, pointGenes, rankPoints, RunStore, type Criteria, type SearchSpace } from '../../../src/experiments/index.js';
import { noisySampler } from './syntheticSampler.js';

const sizes = [21, 21, 21];
const space: SearchSpace = { sizes, valid: () => true };
/** A bowl with its top at (14, 3, 9): value 0 there, −1 per squared step away. */
const bowl = (p: number) => {
  const [x, y, z] = pointGenes(p, sizes);
  return { f: -((x - 14) ** 2 + (y - 3) ** 2 + (z - 9) ** 2), cost: x + y + z };
};
const maximize: Criteria = { objective: { metric: 'f', goal: 'maximize', perDay: false }, constraints: [], measuredDays: 1 };

describe('geneticSearch', () => {
  it('maps points to genes and back (the last variable fastest, as grid points)', () => {
    expect(pointGenes(5, [2, 3])).toEqual([1, 2]);
    for (const p of [0, 7, 9260]) expect(genesPoint(pointGenes(p, sizes), sizes)).toBe(p);
  });

  it('finds the top of a noisy bowl of 9,261 points from a few hundred candidates', async () => {
    const found: number[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const store = new RunStore();
      const out = await geneticSearch(space, { population: 16, generations: 25, seed, replications: 3 }, maximize, store, noisySampler(bowl, { sd: 0.5, seed }));
      expect(out.evaluated.length).toBeLessThanOrEqual(16 * 26);
      found.push(rankPoints(out.evaluated, store, maximize)[0]);
    }
    const top = genesPoint([14, 3, 9], sizes);
    // At least 4 of 5 seeded searches end on the top; the others within one step of it.
    expect(found.filter((p) => p === top).length).toBeGreaterThanOrEqual(4);
    for (const p of found) expect(-bowl(p).f).toBeLessThanOrEqual(1);
  });

  it('honours a constraint: the best point with x + y + z ≤ 12 lies on the constraint, not at the top', async () => {
    const criteria: Criteria = { ...maximize, constraints: [{ name: 'cost', metric: 'cost', bound: 'atMost', limit: 12, perDay: false }] };
    const store = new RunStore();
    const out = await geneticSearch(space, { population: 16, generations: 25, seed: 7, replications: 3 }, criteria, store, noisySampler(bowl, { sd: { f: 0.3, cost: 0 }, seed: 7 }));
    const best = rankPoints(out.evaluated, store, criteria)[0];
    const [x, y, z] = pointGenes(best, sizes);
    expect(x + y + z).toBeLessThanOrEqual(12);
    // The constrained optimum: y = 0 and x + z = 12 nearest (14, 9), i.e. (9, 0, 3) or (8, 0, 4), both at −(25 + 9 + 36) = −70;
    // the unconstrained top is at 0.
    expect(y).toBe(0);
    expect(bowl(best).f).toBe(-70);
  });

  it('is reproducible for a seed, and another seed searches differently', async () => {
    const run = async (seed: number) => {
      const out = await geneticSearch(space, { population: 8, generations: 5, seed, replications: 2 }, maximize, new RunStore(), noisySampler(bowl, { sd: 1, seed: 1 }));
      return out.evaluated;
    };
    expect(await run(3)).toEqual(await run(3));
    expect(await run(4)).not.toEqual(await run(3));
  });

  it('never runs a candidate twice, nor an invalid one, and starts from the given points', async () => {
    const asked: number[] = [];
    const valid = (p: number) => p % 5 !== 0;
    const inner = noisySampler(bowl, { sd: 1, seed: 2 });
    const out = await geneticSearch({ sizes, valid }, { population: 10, generations: 8, seed: 2, replications: 2, start: [genesPoint([1, 1, 1], sizes)] }, maximize, new RunStore(), async (q) => {
      for (const r of q) if (r.replication === 0) asked.push(r.point);
      return inner(q);
    });
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.every(valid)).toBe(true);
    expect(out.evaluated[0]).toBe(genesPoint([1, 1, 1], sizes));
  });

  it('stops when the sampler says so, keeping the candidates finished', async () => {
    const inner = noisySampler(bowl, { sd: 1, seed: 2 });
    let batches = 0;
    const out = await geneticSearch(space, { population: 6, generations: 10, seed: 2, replications: 2 }, maximize, new RunStore(), async (q) => {
      const r = await inner(q);
      return { ...r, stopped: ++batches === 3 };
    });
    expect(out.stopped).toBe(true);
    expect(out.generations).toHaveLength(2);
    expect(out.evaluated.length).toBe(18);
  });
});

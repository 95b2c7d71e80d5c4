// Weighted choice of an index: normalised cumulative weights and binary search.
import { describe, expect, it } from 'vitest';
import { cumulativeWeights, discrete } from '../../src/sim/discrete.js';
import { createStream } from '../../src/sim/random.js';
import { counting, expectProportion, scripted } from './moments.js';

describe('cumulativeWeights', () => {
  it('normalises to cumulative probabilities ending in exactly 1', () => {
    expect(Array.from(cumulativeWeights([1, 1, 2]))).toEqual([0.25, 0.5, 1]);
    const cum = cumulativeWeights([0.1, 0.2, 0.3, 0.4]);
    expect(cum[3]).toBe(1);
    expect(cum[0]).toBeCloseTo(0.1, 15);
  });

  it('sets trailing zero-weight entries to exactly 1 as well, so they are never drawn', () => {
    // 0.1 + 0.2 + 0.7 does not round to 1 exactly in binary: without care the zero-weight entry
    // after it would own the sliver [0.9999999999999999, 1).
    const cum = cumulativeWeights([0.1, 0.2, 0.7, 0]);
    expect(cum[2]).toBe(1);
    expect(cum[3]).toBe(1);
    expect(discrete(scripted(1 - 2 ** -53), cum)).toBe(2);
  });

  it('throws a RangeError naming the problem for empty, negative, non-finite or all-zero weights', () => {
    expect(() => cumulativeWeights([])).toThrow(/empty/);
    expect(() => cumulativeWeights([1, -1])).toThrow(/weights\[1\]/);
    expect(() => cumulativeWeights([1, NaN])).toThrow(RangeError);
    expect(() => cumulativeWeights([Infinity])).toThrow(RangeError);
    expect(() => cumulativeWeights([0, 0])).toThrow(/zero/);
  });
});

describe('discrete', () => {
  it('draws each index with its weight\'s share', () => {
    const weights = [5, 0, 3, 2, 0.5];
    const total = weights.reduce((a, b) => a + b, 0);
    const cum = cumulativeWeights(weights);
    const rng = createStream(11, 'discrete');
    const n = 200_000;
    const counts = new Array(weights.length).fill(0);
    for (let i = 0; i < n; i++) counts[discrete(rng, cum)]++;
    expect(counts[1]).toBe(0); // zero weight: never
    weights.forEach((w, i) => {
      if (w > 0) expectProportion(counts[i], n, w / total);
    });
  });

  it('picks the first index whose cumulative weight exceeds the uniform', () => {
    const cum = cumulativeWeights([1, 1, 0, 2]); // 0.25, 0.5, 0.5, 1
    expect(discrete(scripted(0), cum)).toBe(0);
    expect(discrete(scripted(0.2499), cum)).toBe(0);
    expect(discrete(scripted(0.25), cum)).toBe(1);
    expect(discrete(scripted(0.5), cum)).toBe(3); // skips the zero-weight index 2
    expect(discrete(scripted(0.9999), cum)).toBe(3);
  });

  it('works for a single entry and consumes exactly one uniform per draw', () => {
    expect(discrete(scripted(0.7), cumulativeWeights([3]))).toBe(0);
    const c = counting(createStream(12, 'discrete-count'));
    const cum = cumulativeWeights([1, 2, 3, 4, 5, 6, 7]);
    for (let i = 0; i < 500; i++) discrete(c.rng, cum);
    expect(c.count).toBe(500);
  });
});

// Sampling functions: seeded means and variances within 5 standard errors, correct supports,
// and a fixed number of uniforms per draw where that is promised.
import { describe, expect, it } from 'vitest';
import {
  bernoulli,
  exponential,
  lognormal,
  poisson,
  standardNormal,
  triangular,
  uniform,
} from '../../src/sim/distributions.js';
import { createStream } from '../../src/sim/random.js';
import { counting, expectMoments, expectProportion, extent, scripted } from './moments.js';

const N = 200_000;

/** ln P(X = k) for a Poisson(mean). */
function poissonLogPmf(k: number, mean: number): number {
  let logFact = 0;
  for (let i = 2; i <= k; i++) logFact += Math.log(i);
  return -mean + k * Math.log(mean) - logFact;
}

describe('exponential', () => {
  it('has the given mean, variance mean^2, and nonnegative support', () => {
    const rng = createStream(1, 'exponential');
    const v = expectMoments(N, () => exponential(rng, 7), { mean: 7, variance: 49, kurtosis: 9 });
    expect(extent(v)[0]).toBeGreaterThanOrEqual(0);
  });

  it('is finite when the stream returns 0 or its largest value', () => {
    expect(exponential(scripted(0), 5)).toBeCloseTo(0, 15); // -0, in fact
    expect(Number.isFinite(exponential(scripted(1 - 2 ** -53), 5))).toBe(true);
  });
});

describe('standardNormal', () => {
  it('has mean 0 and variance 1, with 68.27% of draws in [-1, 1]', () => {
    const rng = createStream(2, 'normal');
    const v = expectMoments(N, () => standardNormal(rng), { mean: 0, variance: 1, kurtosis: 3 });
    expectProportion(v.filter((x) => Math.abs(x) <= 1).length, N, 0.6826894921370859);
  });

  it('inverts one uniform: u = 0.975 gives 1.96, and u = 0 stays finite', () => {
    expect(standardNormal(scripted(0.975))).toBeCloseTo(1.959963984540054, 8);
    expect(standardNormal(scripted(0.5))).toBeCloseTo(0, 12);
    expect(Number.isFinite(standardNormal(scripted(0)))).toBe(true);
  });
});

describe('lognormal', () => {
  it('has the given median: half the draws fall below it', () => {
    const rng = createStream(3, 'lognormal-median');
    let below = 0;
    for (let i = 0; i < N; i++) if (lognormal(rng, 90, 0.8) < 90) below++;
    expectProportion(below, N, 0.5);
  });

  it('has mean median e^(s^2/2) and variance median^2 (e^(s^2) - 1) e^(s^2), positive support', () => {
    const rng = createStream(3, 'lognormal');
    const m = 4;
    const s = 0.5;
    const s2 = s * s;
    const kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    const v = expectMoments(N, () => lognormal(rng, m, s), {
      mean: m * Math.exp(s2 / 2),
      variance: m * m * Math.expm1(s2) * Math.exp(s2),
      kurtosis,
    });
    expect(extent(v)[0]).toBeGreaterThan(0);
  });
});

describe('triangular', () => {
  it('stays within [min, max] and has mean (a+b+c)/3 and the textbook variance', () => {
    const rng = createStream(4, 'triangular');
    const [a, c, b] = [1, 2, 6];
    const v = expectMoments(N, () => triangular(rng, a, c, b), {
      mean: (a + b + c) / 3,
      variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
      kurtosis: 2.4,
    });
    expect(extent(v)[0]).toBeGreaterThanOrEqual(a);
    expect(extent(v)[1]).toBeLessThanOrEqual(b);
  });

  it('puts the mode at the fraction (mode - min) / (max - min) of the draws', () => {
    const rng = createStream(4, 'triangular-mode');
    let left = 0;
    for (let i = 0; i < N; i++) if (triangular(rng, 0, 3, 10) < 3) left++;
    expectProportion(left, N, 0.3);
  });

  it('handles a mode at either end and a zero width', () => {
    expect(triangular(scripted(0), 2, 2, 5)).toBe(2);
    expect(triangular(scripted(0.999999), 2, 5, 5)).toBeLessThanOrEqual(5);
    expect(triangular(scripted(0.3), 4, 4, 4)).toBe(4);
  });
});

describe('uniform', () => {
  it('stays within [min, max) with mean (min+max)/2 and variance width^2/12', () => {
    const rng = createStream(5, 'uniform');
    const v = expectMoments(N, () => uniform(rng, -3, 5), { mean: 1, variance: 64 / 12, kurtosis: 1.8 });
    expect(extent(v)[0]).toBeGreaterThanOrEqual(-3);
    expect(extent(v)[1]).toBeLessThan(5);
  });
});

describe('bernoulli', () => {
  it('is true with probability p', () => {
    const rng = createStream(6, 'bernoulli');
    let hits = 0;
    for (let i = 0; i < N; i++) if (bernoulli(rng, 0.02)) hits++;
    expectProportion(hits, N, 0.02);
  });

  it('is never true for p = 0 and always for p = 1', () => {
    expect(bernoulli(scripted(0), 0)).toBe(false);
    expect(bernoulli(scripted(0.9999999), 1)).toBe(true);
  });
});

describe('every continuous sampler draws exactly one uniform per call', () => {
  const cases: Array<[string, (rng: () => number) => unknown]> = [
    ['exponential', (r) => exponential(r, 2)],
    ['standardNormal', (r) => standardNormal(r)],
    ['lognormal', (r) => lognormal(r, 2, 0.5)],
    ['triangular', (r) => triangular(r, 0, 1, 3)],
    ['uniform', (r) => uniform(r, 0, 1)],
    ['bernoulli', (r) => bernoulli(r, 0.5)],
  ];
  for (const [name, draw] of cases) {
    it(name, () => {
      const c = counting(createStream(7, name));
      for (let i = 0; i < 1000; i++) draw(c.rng);
      expect(c.count).toBe(1000);
    });
  }
});

describe('poisson', () => {
  for (const mean of [3, 50, 1e5]) {
    it(`has mean = variance = ${mean}, integer nonnegative support`, () => {
      const rng = createStream(8, `poisson-${mean}`);
      const v = expectMoments(N, () => poisson(rng, mean), { mean, variance: mean, kurtosis: 3 + 1 / mean });
      expect(v.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    });
  }

  it('is correct for a mean of a million', () => {
    const rng = createStream(8, 'poisson-1e6');
    expectMoments(50_000, () => poisson(rng, 1e6), { mean: 1e6, variance: 1e6, kurtosis: 3 });
  });

  for (const mean of [3, 10, 50]) {
    it(`matches the probability mass function at mean ${mean} (both methods and the switch)`, () => {
      const rng = createStream(9, `poisson-pmf-${mean}`);
      const counts = new Map<number, number>();
      for (let i = 0; i < N; i++) {
        const k = poisson(rng, mean);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const lo = Math.max(0, Math.floor(mean - 3 * Math.sqrt(mean)));
      const hi = Math.ceil(mean + 3 * Math.sqrt(mean));
      for (let k = lo; k <= hi; k++) expectProportion(counts.get(k) ?? 0, N, Math.exp(poissonLogPmf(k, mean)));
    });
  }

  it('returns 0 for a mean of 0 and throws for a negative, NaN or infinite mean', () => {
    expect(poisson(createStream(1, 'p0'), 0)).toBe(0);
    expect(() => poisson(createStream(1, 'p'), -1)).toThrow(RangeError);
    expect(() => poisson(createStream(1, 'p'), NaN)).toThrow(RangeError);
    expect(() => poisson(createStream(1, 'p'), Infinity)).toThrow(RangeError);
  });

  it('is reproducible for a given stream', () => {
    const a = createStream(10, 'poisson-repro');
    const b = createStream(10, 'poisson-repro');
    for (let i = 0; i < 100; i++) expect(poisson(a, 30 + i)).toBe(poisson(b, 30 + i));
  });
});

// Spec-driven samplers: exact mean and variance fields, scaling, seeded moments, one uniform per
// sample, and clear errors for invalid specs.
import { describe, expect, it } from 'vitest';
import { exponential, lognormal, triangular, uniform } from '../../src/sim/distributions.js';
import { createStream } from '../../src/sim/random.js';
import { sampler, type DistributionSpec } from '../../src/sim/sampler.js';
import { counting, expectMoments, extent } from './moments.js';

const N = 200_000;

// Analytic mean and variance, and kurtosis (for the variance's standard error), per spec.
const cases: Array<{ spec: DistributionSpec; mean: number; variance: number; kurtosis: number }> = [
  { spec: { kind: 'exponential', mean: 2 }, mean: 2, variance: 4, kurtosis: 9 },
  {
    spec: { kind: 'lognormal', median: 3, sigma: 0.4 },
    mean: 3 * Math.exp(0.08),
    variance: 9 * Math.expm1(0.16) * Math.exp(0.16),
    kurtosis: Math.exp(0.64) + 2 * Math.exp(0.48) + 3 * Math.exp(0.32) - 3,
  },
  { spec: { kind: 'triangular', min: 1, mode: 2, max: 6 }, mean: 3, variance: (1 + 4 + 36 - 2 - 6 - 12) / 18, kurtosis: 2.4 },
  { spec: { kind: 'uniform', min: 2, max: 5 }, mean: 3.5, variance: 9 / 12, kurtosis: 1.8 },
  // values 1, 2, 10 with probabilities 0.5, 0.3, 0.2: mean 3.1, E[X^2] = 0.5 + 1.2 + 20 = 21.7
  { spec: { kind: 'empirical', values: [1, 2, 10], weights: [5, 3, 2] }, mean: 3.1, variance: 21.7 - 3.1 ** 2, kurtosis: NaN },
];
// Kurtosis of the empirical case: E[(X - 3.1)^4] / variance^2.
{
  const c = cases[4];
  const m4 = 0.5 * (1 - 3.1) ** 4 + 0.3 * (2 - 3.1) ** 4 + 0.2 * (10 - 3.1) ** 4;
  c.kurtosis = m4 / c.variance ** 2;
}

describe('sampler', () => {
  for (const { spec, mean, variance, kurtosis } of cases) {
    describe(spec.kind, () => {
      it('reports the exact analytic mean and variance', () => {
        const s = sampler(spec);
        expect(s.mean).toBeCloseTo(mean, 12);
        expect(s.variance).toBeCloseTo(variance, 12);
      });

      it('scales values, the mean by the scale and the variance by its square', () => {
        const s = sampler(spec, 60);
        expect(s.mean).toBeCloseTo(mean * 60, 9);
        expect(s.variance).toBeCloseTo(variance * 3600, 7);
      });

      it('draws with that mean and variance, scaled', () => {
        const s = sampler(spec, 60);
        const rng = createStream(20, spec.kind);
        expectMoments(N, () => s.sample(rng), { mean: s.mean, variance: s.variance, kurtosis });
      });

      it('consumes exactly one uniform per sample', () => {
        const s = sampler(spec);
        const c = counting(createStream(21, spec.kind));
        for (let i = 0; i < 1000; i++) s.sample(c.rng);
        expect(c.count).toBe(1000);
      });
    });
  }

  it('deterministic returns its scaled value and consumes no uniform', () => {
    const s = sampler({ kind: 'deterministic', value: 2.5 }, 60);
    const c = counting(createStream(22, 'deterministic'));
    expect(s.sample(c.rng)).toBe(150);
    expect(s.mean).toBe(150);
    expect(s.variance).toBe(0);
    expect(c.count).toBe(0);
  });

  it('gives the same draws as the sampling functions on the same stream (common random numbers)', () => {
    const pairs: Array<[DistributionSpec, (rng: () => number) => number]> = [
      [{ kind: 'exponential', mean: 2 }, (r) => exponential(r, 120)],
      [{ kind: 'lognormal', median: 3, sigma: 0.4 }, (r) => lognormal(r, 180, 0.4)],
      [{ kind: 'triangular', min: 1, mode: 2, max: 6 }, (r) => triangular(r, 60, 120, 360)],
      [{ kind: 'uniform', min: 2, max: 5 }, (r) => uniform(r, 120, 300)],
    ];
    for (const [spec, direct] of pairs) {
      const s = sampler(spec, 60);
      const a = createStream(23, spec.kind);
      const b = createStream(23, spec.kind);
      for (let i = 0; i < 100; i++) expect(s.sample(a)).toBeCloseTo(direct(b), 9);
    }
  });

  it('keeps triangular and uniform samples within their bounds', () => {
    const tri = sampler({ kind: 'triangular', min: 4, mode: 5, max: 8 });
    const uni = sampler({ kind: 'uniform', min: 4, max: 8 });
    const rng = createStream(24, 'bounds');
    const t = Float64Array.from({ length: 50_000 }, () => tri.sample(rng));
    const u = Float64Array.from({ length: 50_000 }, () => uni.sample(rng));
    expect(extent(t)[0]).toBeGreaterThanOrEqual(4);
    expect(extent(t)[1]).toBeLessThanOrEqual(8);
    expect(extent(u)[0]).toBeGreaterThanOrEqual(4);
    expect(extent(u)[1]).toBeLessThan(8);
  });

  it('never draws an empirical value whose weight is zero', () => {
    const s = sampler({ kind: 'empirical', values: [1, 99, 3], weights: [1, 0, 1] });
    const rng = createStream(25, 'empirical-zero');
    for (let i = 0; i < 20_000; i++) expect(s.sample(rng)).not.toBe(99);
  });

  it('throws a RangeError naming the parameter for an invalid spec or scale', () => {
    const bad: Array<[unknown, RegExp]> = [
      [{ kind: 'exponential', mean: -1 }, /exponential\.mean/],
      [{ kind: 'exponential', mean: NaN }, /exponential\.mean/],
      [{ kind: 'lognormal', median: 0, sigma: 1 }, /lognormal\.median/],
      [{ kind: 'lognormal', median: 1, sigma: -1 }, /lognormal\.sigma/],
      [{ kind: 'triangular', min: 3, mode: 2, max: 5 }, /min <= mode <= max/],
      [{ kind: 'uniform', min: 5, max: 2 }, /min <= max/],
      [{ kind: 'deterministic', value: Infinity }, /deterministic\.value/],
      [{ kind: 'empirical', values: [], weights: [] }, /empirical\.values/],
      [{ kind: 'empirical', values: [1, 2], weights: [1] }, /empirical\.weights/],
      [{ kind: 'empirical', values: [1, 2], weights: [0, 0] }, /zero/],
      [{ kind: 'gamma', shape: 2 }, /unknown distribution kind "gamma"/],
    ];
    for (const [spec, message] of bad) expect(() => sampler(spec as DistributionSpec)).toThrow(message);
    expect(() => sampler({ kind: 'exponential', mean: 1 }, -60)).toThrow(/scale/);
  });
});

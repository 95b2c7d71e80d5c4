// The split of a metric's spread into input uncertainty and run noise, checked on a synthetic
// model whose components are known: Y_or = μ + θ_o + ε_or with θ ~ N(0, σ_in²), ε ~ N(0, σ_noise²).
import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, fQuantile, percentile, varianceSplit } from '../../src/experiments/index.js';
import { createStream, standardNormal } from '../../src/sim/index.js';

/** O worlds × R runs of the synthetic model, seeded. */
function synthetic(seed: number, O: number, R: number, sdInput: number, sdNoise: number, mu = 10): number[][] {
  const rng = createStream(seed, 'synthetic');
  return Array.from({ length: O }, () => {
    const theta = sdInput * standardNormal(rng);
    return Array.from({ length: R }, () => mu + theta + sdNoise * standardNormal(rng));
  });
}

describe('varianceSplit', () => {
  it('works the small example by hand', () => {
    const s = varianceSplit([[1, 3], [5, 7], [9, 11]]);
    expect(s.mean).toBe(6);
    expect(s.noiseSd).toBeCloseTo(Math.SQRT2, 12);
    // Variance of the world means 16, less the noise's share of it 2/2.
    expect(s.inputSd).toBeCloseTo(Math.sqrt(15), 12);
    expect(s.inputShare).toBeCloseTo(15 / 17, 12);
    expect(s.worldMeans).toEqual([2, 6, 10]);
  });

  it('recovers known components, and its 95% intervals cover them in about 95 of 100 repetitions', () => {
    const [sdInput, sdNoise, O, R] = [2, 3, 20, 10];
    const share = sdInput ** 2 / (sdInput ** 2 + sdNoise ** 2);
    let noiseCovered = 0;
    let shareCovered = 0;
    let inputCovered = 0;
    let meanCovered = 0;
    const inputEstimates: number[] = [];
    const noiseEstimates: number[] = [];
    const reps = 200;
    for (let rep = 0; rep < reps; rep++) {
      const s = varianceSplit(synthetic(rep, O, R, sdInput, sdNoise));
      inputEstimates.push(s.inputSd ** 2);
      noiseEstimates.push(s.noiseSd ** 2);
      if (s.noiseSdLow <= sdNoise && sdNoise <= s.noiseSdHigh) noiseCovered++;
      if (s.inputShareLow <= share && share <= s.inputShareHigh) shareCovered++;
      if (s.inputSdLow <= sdInput && sdInput <= s.inputSdHigh) inputCovered++;
      if (Math.abs(s.mean - 10) <= s.halfWidth) meanCovered++;
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // The variance estimators are unbiased (the input one nearly: it is cut at 0).
    expect(mean(noiseEstimates)).toBeGreaterThan(sdNoise ** 2 * 0.97);
    expect(mean(noiseEstimates)).toBeLessThan(sdNoise ** 2 * 1.03);
    expect(mean(inputEstimates)).toBeGreaterThan(sdInput ** 2 * 0.85);
    expect(mean(inputEstimates)).toBeLessThan(sdInput ** 2 * 1.15);
    for (const covered of [noiseCovered, shareCovered, inputCovered, meanCovered]) {
      expect(covered / reps).toBeGreaterThan(0.9);
      expect(covered / reps).toBeLessThanOrEqual(1);
    }
  });

  it('finds no input uncertainty where there is none, and all of it where there is no noise', () => {
    const noInputs = varianceSplit(synthetic(5, 20, 10, 0, 1));
    expect(noInputs.inputShare).toBeLessThan(0.1);
    expect(noInputs.inputShareLow).toBe(0);
    const noNoise = varianceSplit([[1, 1], [2, 2], [4, 4]]);
    expect(noNoise).toMatchObject({ noiseSd: 0, inputShare: 1 });
    expect(noNoise.inputSd).toBeCloseTo(Math.sqrt(7 / 3), 12);
  });

  it('has no figures from fewer than 2 worlds or 2 runs', () => {
    expect(varianceSplit([[1, 2, 3]]).inputSd).toBeNaN();
    expect(varianceSplit([[1], [2]]).noiseSd).toBeNaN();
  });
});

describe('the distributions behind the intervals', () => {
  it('chi-square and F quantiles match tables', () => {
    expect(chiSquareQuantile(0.975, 100)).toBeCloseTo(129.561, 0);
    expect(chiSquareQuantile(0.025, 180)).toBeCloseTo(144.741, 0);
    expect(fQuantile(0.975, 19, 180)).toBeCloseTo(1.797, 1);
    expect(fQuantile(0.5, 10, 10)).toBeCloseTo(1, 6);
  });

  it('percentiles interpolate between order statistics', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.05)).toBeCloseTo(1.2, 12);
    expect(percentile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8, 12);
  });
});

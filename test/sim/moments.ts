// Test helpers for distribution tests: sample moments, tolerances from standard errors, and a
// stream wrapper that counts the uniforms drawn.
import { expect } from 'vitest';
import type { Rng } from '../../src/sim/random.js';

/** Draws n values and returns their mean and unbiased variance (two-pass, for accuracy). */
export function sampleMoments(n: number, draw: () => number): { mean: number; variance: number; values: Float64Array } {
  const values = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] = draw();
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return { mean, variance: ss / (n - 1), values };
}

/**
 * Expects the sample mean and variance of n draws to lie within 5 standard errors of the true
 * ones. The variance's standard error is sigma^2 sqrt((kurtosis - 1) / n), so the caller gives
 * the distribution's kurtosis (3 for the normal, 9 for the exponential...).
 */
export function expectMoments(
  n: number,
  draw: () => number,
  truth: { mean: number; variance: number; kurtosis: number },
): Float64Array {
  const { mean, variance, values } = sampleMoments(n, draw);
  const seMean = Math.sqrt(truth.variance / n);
  const seVar = truth.variance * Math.sqrt((truth.kurtosis - 1) / n);
  expect(Math.abs(mean - truth.mean), `mean ${mean} vs ${truth.mean}`).toBeLessThan(5 * seMean);
  expect(Math.abs(variance - truth.variance), `variance ${variance} vs ${truth.variance}`).toBeLessThan(5 * seVar);
  return values;
}

/** Expects a proportion observed in n trials to be within 5 standard errors of p. */
export function expectProportion(hits: number, n: number, p: number): void {
  expect(Math.abs(hits / n - p), `proportion ${hits / n} vs ${p}`).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
}

/** Wraps a stream so that `count` says how many uniforms have been drawn from it. */
export function counting(rng: Rng): { rng: Rng; readonly count: number } {
  let count = 0;
  return {
    rng: () => {
      count++;
      return rng();
    },
    get count() {
      return count;
    },
  };
}

/** A stream that returns the given values in turn (then repeats them). */
export function scripted(...values: number[]): Rng {
  let i = 0;
  return () => values[i++ % values.length];
}

/** Smallest and largest of many values (spreading them into Math.min overflows the stack). */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < lo) lo = values[i];
    if (values[i] > hi) hi = values[i];
  }
  return [lo, hi];
}

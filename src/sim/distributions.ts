/**
 * Sampling functions: each takes the random stream as its first parameter (docs/architecture.md
 * rule 4), allocates nothing and keeps no state, so it is safe on the hot path of a run and
 * between runs.
 *
 * Continuous distributions are sampled by inversion with exactly one uniform per draw. A fixed
 * draw count keeps common random numbers aligned: when scenario B changes a service time's
 * distribution, every later draw of the stream still lines up with scenario A's. (Poisson, which
 * is not used inside `sampler`, is the exception: see `poisson`.)
 *
 * These functions trust their arguments (a negative mean gives a negative time); validate
 * parameters once, where they come in, as `sampler` does for scenario specs.
 *
 * Related pieces live in files of their own and are re-exported here: the normal CDF and
 * quantile (normal.ts), weighted choice among indices (discrete.ts) and the spec-driven `sampler`
 * (sampler.ts).
 *
 * @example
 * const rng = createStream(42, 'service');
 * const minutes = lognormal(rng, 3, 0.5); // median 3 minutes
 * const arrivals = poisson(rng, 120);
 */
import type { Rng } from './random.js';
import { acklamQuantile } from './normal.js';
import { logGamma } from './specialFunctions.js';
import { exp, ln } from './math.js';

// Re-exported so that this module is the one place to import distributions from.
export { normalCdf, normalQuantile } from './normal.js';
export { cumulativeWeights, discrete } from './discrete.js';
export { sampler, type DistributionSpec, type Sampler } from './sampler.js';

/** Smallest uniform passed to a quantile function: Alea can return exactly 0. */
const TINY_U = 2 ** -53;

/**
 * An exponential variate with mean `mean` (rate 1 / mean), by inversion. One uniform.
 *
 * @example
 * exponential(rng, 60); // e.g. seconds to the next arrival, 60 on average
 */
export function exponential(rng: Rng, mean: number): number {
  // 1 - u lies in (0, 1], so the log is finite.
  return -mean * ln(1 - rng());
}

/**
 * A standard normal variate by inversion (Acklam's approximation, relative error < 1.15e-9).
 * One uniform per draw, unlike Box-Muller (two) or the polar method (a random number).
 *
 * @example
 * standardNormal(rng); // about 68% of draws fall in [-1, 1]
 */
export function standardNormal(rng: Rng): number {
  const u = rng();
  return acklamQuantile(u > 0 ? u : TINY_U);
}

/**
 * A lognormal variate: `median * exp(sigma * Z)`, with `sigma` the standard deviation of the log.
 * The mean is median * exp(sigma^2 / 2). One uniform.
 *
 * @example
 * lognormal(rng, 90, 0.4); // half the draws are below 90
 */
export function lognormal(rng: Rng, median: number, sigma: number): number {
  return median * exp(sigma * standardNormal(rng));
}

/**
 * A triangular variate on [min, max] with peak at `mode`, by inversion. One uniform.
 *
 * @example
 * triangular(rng, 1, 2, 6); // mean (1 + 2 + 6) / 3 = 3
 */
export function triangular(rng: Rng, min: number, mode: number, max: number): number {
  const u = rng();
  const width = max - min;
  const left = mode - min;
  if (u * width < left) return min + Math.sqrt(u * width * left);
  return max - Math.sqrt((1 - u) * width * (max - mode));
}

/**
 * A uniform variate on [min, max). One uniform.
 *
 * @example
 * uniform(rng, 10, 20);
 */
export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/**
 * True with probability `p`. One uniform.
 *
 * @example
 * if (bernoulli(rng, 0.02)) referForInspection();
 */
export function bernoulli(rng: Rng, p: number): boolean {
  return rng() < p;
}

/**
 * A Poisson count with mean `mean` (>= 0; throws a RangeError otherwise).
 *
 * Below a mean of 10, Knuth's multiplication method (about mean + 1 uniforms). From 10 on,
 * Hormann's PTRS transformed rejection ("The transformed rejection method for generating Poisson
 * random variables", Insurance: Mathematics and Economics 12 (1993) 39-45; the method NumPy
 * uses), two uniforms per try and about 1.1 tries, exact for any mean. The number of uniforms
 * therefore varies: give Poisson draws a stream of their own if common random numbers matter.
 *
 * @example
 * poisson(rng, 3.5); // e.g. parcels in a receptacle
 */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean >= 0 && mean < Infinity)) throw new RangeError(`poisson mean must be finite and >= 0, got ${mean}`);
  if (mean < 10) {
    const limit = exp(-mean);
    let k = 0;
    let prod = rng();
    while (prod > limit) {
      k++;
      prod *= rng();
    }
    return k;
  }
  // PTRS constants, as in Hormann (1993), table 1.
  const logMean = ln(mean);
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = ln(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k; // the squeeze: accepted without a log
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (ln(v) + logInvAlpha - ln(a / (us * us) + b) <= -mean + k * logMean - logGamma(k + 1)) return k;
  }
}

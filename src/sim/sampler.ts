/**
 * Samplers built from data: a scenario names a distribution (`{ kind: 'lognormal', median: 3,
 * sigma: 0.5 }`) and the model turns it, once, into a `Sampler` whose `sample(rng)` is a closure
 * specialised for that kind, so the hot path has no switch, no validation and no allocation.
 *
 * Every sampler consumes exactly one uniform per sample, except `deterministic`, which consumes
 * none. That fixed count keeps common random numbers aligned between scenarios that use different
 * distributions on the same stream. A sampler also carries its exact mean and variance, which the
 * validation tests and the steady-state formulas (queueing.ts) need.
 *
 * @example
 * const service = sampler({ kind: 'triangular', min: 1, mode: 2, max: 6 }, 60); // minutes -> s
 * service.mean; // 180
 * const seconds = service.sample(streams.get('service'));
 */
import type { Rng } from './random.js';
import { cumulativeWeights } from './discrete.js';
import { acklamQuantile } from './normal.js';
import { exp, expm1, ln } from './math.js';

/** A distribution described as data, as scenarios hold it. Parameters are in the caller's unit. */
export type DistributionSpec =
  | { kind: 'exponential'; mean: number }
  /** `sigma` is the standard deviation of the log. */
  | { kind: 'lognormal'; median: number; sigma: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'deterministic'; value: number }
  /** `values[i]` with probability weights[i] / sum(weights). */
  | { kind: 'empirical'; values: readonly number[]; weights: readonly number[] };

/** A ready-to-use distribution: draws, and the exact (scaled) mean and variance. */
export interface Sampler {
  /** One draw. Consumes exactly one uniform from `rng` (none for `deterministic`). */
  sample(rng: Rng): number;
  readonly mean: number;
  readonly variance: number;
}

const TINY_U = 2 ** -53; // Alea can return exactly 0; the normal quantile of 0 is -Infinity

function check(ok: boolean, what: string, value: unknown): void {
  if (!ok) throw new RangeError(`${what}, got ${JSON.stringify(value)}`);
}

const finite = (x: number): boolean => typeof x === 'number' && Number.isFinite(x);

/**
 * Builds a sampler for `spec`, with every value multiplied by `scale` (e.g. 60 for a spec in
 * minutes when the kernel counts seconds); `mean` and `variance` are the exact analytic ones,
 * scaled (the variance by scale^2). Throws a RangeError naming the bad parameter for an invalid
 * spec or scale, so a bad scenario fails when it is loaded rather than mid-run.
 *
 * @example
 * const s = sampler({ kind: 'exponential', mean: 2 }, 60);
 * s.mean; // 120
 * s.variance; // 14400
 * s.sample(rng); // one draw, in seconds
 */
export function sampler(spec: DistributionSpec, scale = 1): Sampler {
  check(finite(scale) && scale >= 0, 'sampler scale: must be finite and >= 0', scale);
  switch (spec.kind) {
    case 'exponential': {
      check(finite(spec.mean) && spec.mean >= 0, 'exponential.mean: must be finite and >= 0', spec.mean);
      const m = spec.mean * scale;
      return { sample: (rng) => -m * ln(1 - rng()), mean: m, variance: m * m };
    }
    case 'lognormal': {
      const { median, sigma } = spec;
      check(finite(median) && median > 0, 'lognormal.median: must be finite and > 0', median);
      check(finite(sigma) && sigma >= 0, 'lognormal.sigma: must be finite and >= 0', sigma);
      const med = median * scale;
      const s2 = sigma * sigma;
      return {
        sample: (rng) => {
          const u = rng();
          return med * exp(sigma * acklamQuantile(u > 0 ? u : TINY_U));
        },
        mean: med * exp(s2 / 2),
        variance: med * med * expm1(s2) * exp(s2),
      };
    }
    case 'triangular': {
      const { min, mode, max } = spec;
      check(finite(min) && finite(mode) && finite(max), 'triangular: min, mode and max must be finite', spec);
      check(min <= mode && mode <= max, 'triangular: must have min <= mode <= max', spec);
      const a = min * scale;
      const c = mode * scale;
      const b = max * scale;
      const width = b - a;
      const left = c - a;
      const right = b - c;
      return {
        sample: (rng) => {
          const u = rng();
          return u * width < left ? a + Math.sqrt(u * width * left) : b - Math.sqrt((1 - u) * width * right);
        },
        mean: (a + b + c) / 3,
        // (a^2 + b^2 + c^2 - ab - ac - bc) / 18, written in differences to avoid cancellation.
        variance: (width * width + left * left + right * right) / 36,
      };
    }
    case 'uniform': {
      const { min, max } = spec;
      check(finite(min) && finite(max) && min <= max, 'uniform: min and max must be finite with min <= max', spec);
      const a = min * scale;
      const width = (max - min) * scale;
      return { sample: (rng) => a + width * rng(), mean: a + width / 2, variance: (width * width) / 12 };
    }
    case 'deterministic': {
      check(finite(spec.value), 'deterministic.value: must be finite', spec.value);
      const v = spec.value * scale;
      // Draws nothing: a constant needs no randomness, and streams are per purpose, so the
      // other purposes' draws are unaffected either way.
      return { sample: () => v, mean: v, variance: 0 };
    }
    case 'empirical':
      return empirical(spec.values, spec.weights, scale);
    default:
      throw new RangeError(`unknown distribution kind ${JSON.stringify((spec as { kind: unknown }).kind)}`);
  }
}

function empirical(values: readonly number[], weights: readonly number[], scale: number): Sampler {
  check(Array.isArray(values) && values.length > 0, 'empirical.values: must be a non-empty array', values);
  check(Array.isArray(weights) && weights.length === values.length, 'empirical.weights: must have one weight per value', weights);
  const n = values.length;
  const scaled = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    check(finite(values[i]), `empirical.values[${i}]: must be finite`, values[i]);
    scaled[i] = values[i] * scale;
  }
  const cumulative = cumulativeWeights(weights); // validates the weights
  let total = 0;
  for (const w of weights) total += w;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (weights[i] / total) * scaled[i];
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (weights[i] / total) * (scaled[i] - mean) ** 2;
  return {
    sample: (rng) => {
      // Inlined `discrete`: the first index with u < cumulative[index].
      const u = rng();
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (u < cumulative[mid]) hi = mid;
        else lo = mid + 1;
      }
      return scaled[lo];
    },
    mean,
    variance,
  };
}

/**
 * Splitting a metric's spread into input uncertainty and run noise, from a second-order Monte
 * Carlo: O outer draws of the uncertain inputs (plausible worlds), R inner replications in each.
 * The model is the one-way random-effects analysis of variance,
 *
 *     Y_or = μ + θ_o + ε_or,   Var θ = σ²_input (the worlds differ),   Var ε = σ²_noise (luck of the run),
 *
 * the layout Ankenman & Nelson use to assess input uncertainty ("A quick assessment of input
 * uncertainty", Proc. Winter Simulation Conference 2012; Searle, Casella & McCulloch, "Variance
 * Components", 1992, ch. 3). With MSB = R × the variance of the O world means and MSW = the mean
 * of the O within-world variances:
 *
 *     σ²_noise ≈ MSW,   σ²_input ≈ (MSB − MSW) / R   (cut at 0).
 *
 * Intervals (95%): σ²_noise from the chi-square distribution with O(R − 1) degrees of freedom
 * (its quantile by the Wilson–Hilferty approximation, within a fraction of a percent at these
 * degrees of freedom); the share of a single run's variance due to the inputs, the intraclass
 * correlation ρ = σ²_input / (σ²_input + σ²_noise), by the exact F interval for a balanced
 * design (Searle et al. §3.5); σ_input's interval maps ρ's through the noise estimate
 * (σ²_input = σ²_noise ρ / (1 − ρ)), treating σ²_noise as known, which with O(R − 1) degrees of
 * freedom it nearly is. The mean's interval is the t interval over the O world means, which are
 * independent across worlds (each world has its own seeds) and so carry both sources.
 *
 * The band is where the metric's expected value lies in the middle 90% of plausible worlds: the
 * 5th and 95th percentiles of the world means (linear interpolation). Each world mean also holds
 * the noise of R runs (standard deviation σ_noise / √R), so the band is slightly wider than the
 * inputs alone would make it.
 */
import { betaQuantile, normalQuantile } from '../sim/index.js';
import { CONFIDENCE, summarize } from './summary.js';

/** One metric's spread, split. Numbers that do not exist (too few draws) are NaN (null in JSON). */
export interface VarianceSplit {
  /** Outer draws (worlds) and inner runs per world behind the figures. */
  outer: number;
  inner: number;
  /** Mean over every run, and the 95% half-width of the t interval over the world means. */
  mean: number;
  halfWidth: number;
  /** The 5th and 95th percentiles of the world means: the middle 90% of plausible worlds. */
  band: { low: number; high: number };
  /** Standard deviation of the expected value across worlds (input uncertainty), with its 95% interval. */
  inputSd: number;
  inputSdLow: number;
  inputSdHigh: number;
  /** Standard deviation of a single run within a world (run noise), with its 95% interval. */
  noiseSd: number;
  noiseSdLow: number;
  noiseSdHigh: number;
  /** Share of a single run's variance due to the inputs (0 to 1), with its 95% interval. */
  inputShare: number;
  inputShareLow: number;
  inputShareHigh: number;
  /** Each world's mean, in draw order. */
  worldMeans: number[];
}

/**
 * The split of one metric, from its values by world: `values[o][r]` is run r of world o. Every
 * world must have the same number of runs, at least 2, and there must be at least 2 worlds.
 *
 * @example
 * varianceSplit([[1, 3], [5, 7], [9, 11]]);
 * // mean 6, noiseSd √2, inputSd = √(16 − 2/2) = 3.87..., inputShare 15/17
 */
export function varianceSplit(values: readonly (readonly number[])[]): VarianceSplit {
  const O = values.length;
  const R = O > 0 ? values[0].length : 0;
  if (O < 2 || R < 2 || values.some((v) => v.length !== R)) return emptySplit(values, O, R);
  const worldMeans = values.map((v) => summarize(v).mean);
  const over = summarize(worldMeans);
  const msb = R * over.sd ** 2;
  let withinSum = 0;
  for (const v of values) withinSum += summarize(v).sd ** 2;
  const msw = withinSum / O;
  const d1 = O - 1;
  const d2 = O * (R - 1);
  const inputVar = Math.max(0, (msb - msw) / R);
  const alpha = 1 - CONFIDENCE;
  const base = { outer: O, inner: R, mean: over.mean, halfWidth: over.halfWidth, band: { low: percentile(worldMeans, 0.05), high: percentile(worldMeans, 0.95) }, worldMeans };
  if (msw === 0) {
    // No run noise at all (a metric the inputs fix, such as officer-hours): the world means are exact.
    const sdLow = Math.sqrt((d1 * over.sd ** 2) / chiSquareQuantile(1 - alpha / 2, d1));
    const sdHigh = Math.sqrt((d1 * over.sd ** 2) / chiSquareQuantile(alpha / 2, d1));
    const share = msb > 0 ? 1 : NaN;
    return { ...base, inputSd: over.sd, inputSdLow: sdLow, inputSdHigh: sdHigh, noiseSd: 0, noiseSdLow: 0, noiseSdHigh: 0, inputShare: share, inputShareLow: share, inputShareHigh: share };
  }
  const f = msb / msw;
  const fLow = f / fQuantile(1 - alpha / 2, d1, d2);
  const fHigh = f / fQuantile(alpha / 2, d1, d2);
  const icc = (x: number) => clamp01((x - 1) / (x + R - 1));
  const shareLow = icc(fLow);
  const shareHigh = icc(fHigh);
  const sdFromShare = (rho: number) => (rho >= 1 ? Infinity : Math.sqrt((msw * rho) / (1 - rho)));
  return {
    ...base,
    inputSd: Math.sqrt(inputVar),
    inputSdLow: sdFromShare(shareLow),
    inputSdHigh: sdFromShare(shareHigh),
    noiseSd: Math.sqrt(msw),
    noiseSdLow: Math.sqrt((d2 * msw) / chiSquareQuantile(1 - alpha / 2, d2)),
    noiseSdHigh: Math.sqrt((d2 * msw) / chiSquareQuantile(alpha / 2, d2)),
    inputShare: inputVar / (inputVar + msw),
    inputShareLow: shareLow,
    inputShareHigh: shareHigh,
  };
}

function emptySplit(values: readonly (readonly number[])[], O: number, R: number): VarianceSplit {
  const all = values.flat();
  const worldMeans = values.map((v) => summarize(v).mean);
  const nan = NaN;
  return {
    outer: O, inner: R, mean: summarize(all).mean, halfWidth: nan, band: { low: nan, high: nan },
    inputSd: nan, inputSdLow: nan, inputSdHigh: nan, noiseSd: nan, noiseSdLow: nan, noiseSdHigh: nan,
    inputShare: nan, inputShareLow: nan, inputShareHigh: nan, worldMeans,
  };
}

/**
 * The p-quantile of sorted copies of `values`, interpolating linearly between order statistics
 * (Hyndman & Fan's type 7, the default of R and NumPy).
 *
 * @example
 * percentile([1, 2, 3, 4, 5], 0.05); // 1.2
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The p-quantile of the chi-square distribution with `df` degrees of freedom, by the
 * Wilson–Hilferty cube-root approximation (Johnson, Kotz & Balakrishnan, "Continuous Univariate
 * Distributions" vol. 1, §18.8): relative error under 1% from 10 degrees of freedom.
 *
 * @example
 * chiSquareQuantile(0.975, 100); // 129.56 (exact 129.561)
 */
export function chiSquareQuantile(p: number, df: number): number {
  const c = 2 / (9 * df);
  return df * Math.max(0, 1 - c + normalQuantile(p) * Math.sqrt(c)) ** 3;
}

/**
 * The p-quantile of Fisher's F distribution with (d1, d2) degrees of freedom, through the beta
 * distribution: d1 F / (d1 F + d2) is Beta(d1/2, d2/2).
 *
 * @example
 * fQuantile(0.975, 19, 180); // 1.80 (about)
 */
export function fQuantile(p: number, d1: number, d2: number): number {
  const b = betaQuantile(p, d1 / 2, d2 / 2);
  return (d2 * b) / (d1 * (1 - b));
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

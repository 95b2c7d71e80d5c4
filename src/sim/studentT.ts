/**
 * Student's t distribution: CDF and quantile, for confidence intervals of batch means and of
 * independent replications (mean +- t(1 - alpha/2, n - 1) * s / sqrt(n)).
 *
 * The CDF comes from the regularized incomplete beta function. The quantile starts from Hill's
 * approximation (G. W. Hill, "Algorithm 396: Student's t-quantiles", CACM 13 (1970) 619-620; the
 * same start R's qt uses) or, below one degree of freedom and far in the tails, from the tail's
 * power law, and polishes it with Newton steps on the log of the tail, which makes it accurate to
 * about 1e-13 relative for any degrees of freedom, integer or not (checked against mpmath). For
 * large degrees of freedom (about 1e4 and up, except far in the tails) the Cornish-Fisher
 * expansion is used instead: there it is exact to double precision, while the incomplete beta's
 * continued fraction loses digits (its relative error grows like df * 1e-17).
 *
 * @example
 * studentTQuantile(0.975, 9); // 2.262157162798...
 * studentTCdf(2.262157162798205, 9); // 0.975
 */
import { logBeta, regularizedBeta } from './specialFunctions.js';
import { normalCdf, normalQuantile } from './normal.js';
import { exp, expm1, ln, log1p } from './math.js';

/** P(T > t) for t >= 0: half the two-sided tail I_x(df/2, 1/2), x = df / (df + t^2). */
function upperTail(t: number, df: number): number {
  const r2 = (t / Math.sqrt(df)) ** 2; // t^2 / df
  // x and 1 - x are both formed without subtraction, so neither loses digits near 0 or 1, and
  // neither overflows when t^2 does (Cauchy-like tails reach t = 1e200 at p = 1e-300).
  const x = r2 === Infinity ? 0 : 1 / (1 + r2);
  const y = r2 === Infinity ? 1 : r2 / (1 + r2);
  return 0.5 * regularizedBeta(x, df / 2, 0.5, y);
}

/** ln of the density of t with `df` degrees of freedom (the density itself underflows far out). */
function logDensity(t: number, df: number): number {
  const r = Math.abs(t) / Math.sqrt(df);
  const logOnePlusR2 = r > 1e100 ? 2 * ln(r) : log1p(r * r);
  return -logBeta(df / 2, 0.5) - 0.5 * ln(df) - ((df + 1) / 2) * logOnePlusR2;
}

/**
 * The CDF of Student's t with `df` > 0 degrees of freedom (df may be fractional or Infinity).
 * The lower tail keeps full relative precision: studentTCdf(-40, 3) is 1.7e-5, not rounded.
 *
 * @example
 * studentTCdf(0, 5); // 0.5
 * studentTCdf(12.706204736174694, 1); // 0.975
 */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t > 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/** Hill's (1970) approximation to the upper quantile for a two-sided tail probability p2. */
function hill(p2: number, n: number): number {
  const a = 1 / (n - 0.5);
  const b = 48 / (a * a);
  let c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * n;
  let y = Math.pow(d * p2, 2 / n);
  if (y > 0.05 + a) {
    // Asymptotic inverse expansion about the normal.
    const x = -normalQuantile(0.5 * p2);
    y = x * x;
    if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = a * y * y;
    y = y > 0.002 ? expm1(y) : 0.5 * y * y + y;
  } else {
    y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1) * (n + 1) / (n + 2) + 1 / y;
  }
  return Math.sqrt(n * y);
}

/**
 * Cornish-Fisher expansion of the t quantile in powers of 1/df (Abramowitz & Stegun 26.7.5), or
 * NaN when its last term is not negligible (then the series cannot be trusted to double
 * precision and the caller polishes Hill's start instead).
 */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = ((z2 + 1) * z) / 4;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  const t = z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
  return Math.abs(g4) / df ** 4 < 2e-16 * Math.abs(t) ? t : NaN;
}

/**
 * The quantile of Student's t with `df` > 0 degrees of freedom: the t with studentTCdf(t, df) = p.
 * Returns -Infinity for p = 0, Infinity for p = 1 and NaN for invalid arguments.
 *
 * @example
 * studentTQuantile(0.975, 30); // 2.042272456301...
 * // 95% confidence half-width from n replications with sample standard deviation s:
 * // studentTQuantile(0.975, n - 1) * s / Math.sqrt(n)
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  // Solve for the upper tail q = P(T > t), t > 0, then reflect: exact antisymmetry, and the
  // small tail probability (not 1 - q) is what keeps precision.
  const q = p < 0.5 ? p : 1 - p;
  const sign = p < 0.5 ? -1 : 1;
  if (df === 1) return sign / Math.tan(Math.PI * q); // Cauchy, exact
  if (df === 2) return (sign * (1 - 2 * q)) / Math.sqrt(2 * q * (1 - q)); // exact closed form
  if (df >= 1e3) {
    const t = cornishFisher(-normalQuantile(q), df);
    if (!Number.isNaN(t)) return sign * t;
  }
  // Far out the tail is a power law, P(T > t) = density(t) t / df (1 + O(df / t^2)); solved for
  // t in logs it is exact to double precision once t / sqrt(df) > 1e20, where t^2 (and Hill's
  // intermediate values) would overflow anyway. Only tiny q with small df gets there.
  const farTail = exp((-logBeta(df / 2, 0.5) + ((df - 2) / 2) * ln(df) - ln(q)) / df);
  if (farTail > 1e20 * Math.sqrt(df)) return sign * farTail;
  // Hill's start is good to about 1e-6 for df >= 1; below that, or wherever it fails, start from
  // the power law.
  let t = df >= 1 ? hill(2 * q, df) : NaN;
  if (!(t > 0 && t < Infinity)) t = farTail;
  const logQ = ln(q);
  let lastStep = Infinity;
  for (let i = 0; i < 100; i++) {
    // Newton on ln P(T > t) against ln t. In these coordinates the tail is concave and, far out,
    // nearly a straight line of slope -df, so the iteration converges from either start (steps
    // are clamped to a factor of e^2 while far off); and no density or tail under- or overflows.
    const logTail = ln(upperTail(t, df));
    const slope = -exp(logDensity(t, df) + ln(t) - logTail); // d ln(tail) / d ln(t)
    const step = Math.max(-2, Math.min(2, (logQ - logTail) / slope));
    t *= exp(step);
    const size = Math.abs(step);
    if (size < 1e-14 || (size < 1e-9 && size >= lastStep)) break; // converged, or at rounding noise
    lastStep = size;
  }
  return sign * t;
}

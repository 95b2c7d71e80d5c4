// Standard normal CDF for checking preset calibration against docs/sources.md (tender-delay
// percentages, targeting lift). Abramowitz & Stegun 7.1.26, absolute error below 1.5e-7: plenty
// for tolerances of a percentage point. Test-only, so the tests do not depend on the model's code.

/** P(Z <= z) for a standard normal Z. */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** The z with normalCdf(z) = p, by bisection (p in (0, 1)). */
export function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

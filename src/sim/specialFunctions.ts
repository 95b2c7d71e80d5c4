/**
 * Special functions the statistics of the sim layer are built on: the complementary error
 * function and its scaled form (normal tails), log-gamma and log-beta (Poisson rejection sampling,
 * the t density) and the regularized incomplete beta function (Student t tails, hence confidence
 * intervals).
 *
 * They live apart from the distributions and statistics that use them so that each of those files
 * stays about one concept, and so the numerics (where the subtle errors hide) can be tested on
 * their own against reference values (SciPy / mpmath).
 *
 * @example
 * erfc(1); // 0.15729920705028513
 * exp(logGamma(5)); // 24, to 14 digits
 * regularizedBeta(0.5, 2, 3); // 0.6875, to 15 digits
 */
import { exp, ln, log1p } from './math.js';

const LN_SQRT_2PI = 0.91893853320467274178; // ln(sqrt(2 pi))
const ONE_OVER_SQRT_PI = 0.56418958354775628695;

// W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969)
// 631-637; coefficients as in Netlib SPECFUN CALERF. Relative accuracy about 1e-16 for x >= 0.
const A = [3.1611237438705656, 113.86415415105016, 377.48523768530202, 3209.3775891384695, 0.18577770618460315] as const;
const B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.2368334391706] as const;
const C = [
  0.56418849698867009, 8.8831497943883759, 66.119190637141630, 298.63513819740013, 881.95222124176909,
  1712.0476126340706, 2051.0783778260715, 1230.3393547979973, 2.1531153547440383e-8,
] as const;
const D = [
  15.744926110709835, 117.69395089131250, 537.18110186200986, 1621.3895745666902, 3290.7992357334596,
  4362.6190901432472, 3439.3676741437216, 1230.3393548037494,
] as const;
const P = [0.30532663496123234, 0.36034489994980444, 0.12578172611122925, 0.016083785148742277, 6.5874916152983780e-4, 0.016315387137302098] as const;
const Q = [2.5685201922898224, 1.8729528499234605, 0.52790510295142841, 0.060518341312441319, 0.0023352049762686918] as const;

/**
 * The scaled complementary error function erfcx(x) = exp(x^2) erfc(x), for x >= 0 (NaN below).
 * It varies slowly (about 1 / (x sqrt(pi)) for large x), so callers can pair it with an exp(-x^2)
 * they compute as precisely as their own argument allows (see `expNegSquare`); `normalCdf` does.
 *
 * @example
 * erfcx(0); // 1
 * erfcx(30) * 30 * Math.sqrt(Math.PI); // 0.99944...
 */
export function erfcx(x: number): number {
  if (!(x >= 0)) return NaN;
  if (x <= 0.46875) {
    const z = x * x;
    let num = A[4] * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * z;
      den = (den + B[i]) * z;
    }
    return (1 - (x * (num + A[3])) / (den + B[3])) * exp(z);
  }
  if (x <= 4) {
    let num = C[8] * x;
    let den = x;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * x;
      den = (den + D[i]) * x;
    }
    return (num + C[7]) / (den + D[7]);
  }
  if (x > 1e8) return ONE_OVER_SQRT_PI / x; // the series' next term is below 1e-16 relative
  const z = 1 / (x * x);
  let num = P[5] * z;
  let den = z;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]) * z;
    den = (den + Q[i]) * z;
  }
  return (ONE_OVER_SQRT_PI - (z * (num + P[4])) / (den + Q[4])) / x;
}

/**
 * exp(-c x^2) for c = 1 or 1/2 (any power of two), with Cody's splitting x = s + (x - s), s a
 * multiple of 1/16: s^2 is then exact and only the small remainder's product is rounded. Plain
 * exp(-x * x) carries the rounding of x * x into a relative error of x^2 ulps.
 *
 * @example
 * expNegSquare(20, 0.5); // exp(-200) to full precision
 */
export function expNegSquare(x: number, c = 1): number {
  const y = Math.abs(x);
  const s = Math.trunc(16 * y) / 16;
  const head = c * s * s;
  const tail = c * (y - s) * (y + s);
  if (head > 700) return exp(-head - tail); // subnormal or zero: no digits left to protect
  return exp(-head) * exp(-tail);
}

/**
 * The complementary error function erfc(x) = 1 - erf(x), with full relative accuracy in the
 * upper tail (erfc(10) = 2.088e-45, not 0). W. J. Cody's rational approximations.
 *
 * @example
 * erfc(0); // 1
 * erfc(1); // 0.15729920705028513
 */
export function erfc(x: number): number {
  const y = Math.abs(x);
  let r: number;
  if (y <= 0.46875) {
    const z = y * y;
    let num = A[4] * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * z;
      den = (den + B[i]) * z;
    }
    return 1 - (x * (num + A[3])) / (den + B[3]);
  }
  if (y >= 27.3) r = 0; // below the smallest subnormal double
  else r = erfcx(y) * expNegSquare(y);
  return x < 0 ? 2 - r : r;
}

/** lgamma(x) - Stirling's main terms, for x >= 10: the asymptotic series to the 1/x^11 term. */
function stirlingCorrection(x: number): number {
  const z = 1 / (x * x);
  // Bernoulli-number coefficients B_2k / (2k (2k - 1)); truncation error < 2e-14 at x = 10.
  return (
    (1 / 12 + z * (-1 / 360 + z * (1 / 1260 + z * (-1 / 1680 + z * (1 / 1188 + z * (-691 / 360360)))))) / x
  );
}

/**
 * Natural log of the gamma function for x > 0 (absolute error about 1e-14). ln((n-1)!) for
 * integer n.
 *
 * @example
 * logGamma(0.5); // ln(sqrt(pi)) = 0.5723649429247001
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x === Infinity) return Infinity;
  // Shift up to x >= 10 with Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)).
  let shift = 1;
  while (x < 10) {
    shift *= x;
    x += 1;
  }
  return (x - 0.5) * ln(x) - x + LN_SQRT_2PI + stirlingCorrection(x) - ln(shift);
}

/**
 * ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b), for a, b > 0, arranged (as in R's
 * lbeta) so that the large log-gamma terms cancel analytically rather than in floating point:
 * that keeps the Student t density accurate for a million degrees of freedom.
 *
 * @example
 * exp(logBeta(2, 3)); // 1/12
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return -0.5 * ln(q) + LN_SQRT_2PI + corr + (p - 0.5) * ln(p / (p + q)) + q * log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGamma(p) + corr + p - p * ln(p + q) + (q - 0.5) * log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

/**
 * Continued fraction for I_x(a, b) (modified Lentz; Numerical Recipes 3rd ed. section 6.4).
 * Converges fast for x < (a + 1) / (a + b + 2); needs O(sqrt(max(a, b))) terms near that point.
 */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const TINY = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/**
 * The regularized incomplete beta function I_x(a, b) for a, b > 0 and x in [0, 1]. Pass `y`,
 * the exact value of 1 - x, when you have it (Student t tails do): computing it by subtraction
 * would lose the digits that matter when x is close to 1.
 *
 * @example
 * regularizedBeta(0.5, 1, 1); // 0.5
 */
export function regularizedBeta(x: number, a: number, b: number, y = 1 - x): number {
  if (!(x >= 0 && y >= 0 && a > 0 && b > 0)) return NaN;
  if (x === 0) return 0;
  if (y === 0) return 1;
  const logX = x < 0.5 ? ln(x) : log1p(-y);
  const logY = y < 0.5 ? ln(y) : log1p(-x);
  const front = exp(a * logX + b * logY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y)) / b;
}

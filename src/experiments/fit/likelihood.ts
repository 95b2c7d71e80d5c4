/**
 * The fit's likelihood and its maximum, with profile-likelihood intervals (docs/fit.md, "Method").
 *
 * For contraband type t with prevalence λ_t (per million pieces) and the risk score's separation d′:
 *   seizures of t in cell c over the days ~ Poisson(λ_t × X × π_tc(d′)),
 *   compliance finds of t over the days   ~ Poisson(λ_t × Q),
 * independent, where X is the days' pieces in millions weighted by each origin's contraband rate,
 * π_tc the simulated P(cell c | contraband t) (surrogate.ts, linear between grid points), and
 * Q = detectProbability × the sample's pieces in millions, origin-weighted likewise (a binomial
 * with p ≈ 10⁻⁴ is Poisson to four digits). Sums over days are sufficient, so a year of data costs
 * no more than a day. For fixed d′ the maximum in λ_t is closed-form:
 *   λ̂_t(d′) = (seizures + finds) / (X π_t(d′) + Q),
 * which leaves a one-dimensional profile in d′, maximised on a fine grid. Intervals: the points
 * whose profile log-likelihood is within χ²₁(0.95)/2 = 1.92 of the maximum.
 */

/** Half the 95% quantile of χ² with one degree of freedom. */
export const PROFILE_DROP = 3.841458820694124 / 2;
/** Fine points per unit of d′ in the profile. */
const FINE_PER_UNIT = 200;

/** The data reduced to what the likelihood needs. */
export interface Sufficient {
  /** Seizures by type then cell (the rules the data splits by, then "other"). */
  cells: number[][];
  /** Compliance finds by type, or zeros without a sample. */
  found: number[];
  /** Origin-weighted pieces, millions (X). */
  exposure: number;
  /** detectProbability × origin-weighted sampled pieces, millions (Q); 0 without a sample. */
  sampleExposure: number;
}

/** A value and its 95% interval; an end is `open` when the interval reaches the edge of what was searched. */
export interface Interval {
  value: number;
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** The maximum: d′ and each type's prevalence, per million. */
export interface Mle {
  separation: number;
  perMillion: number[];
  logLik: number;
}

/** The profile in d′ on the fine grid, and each type's best λ at each point. */
interface Profile {
  s: number[];
  /** P(cell) by fine point, type, cell. */
  pi: number[][][];
  /** Each type's log-likelihood at its best λ, by fine point then type. */
  typeLogLik: number[][];
  total: number[];
}

/** `separations` filled in at FINE_PER_UNIT points per unit (grid points included). */
export function fineGrid(separations: readonly number[]): number[] {
  const lo = separations[0];
  const hi = separations[separations.length - 1];
  const n = Math.max(1, Math.round((hi - lo) * FINE_PER_UNIT));
  return Array.from({ length: n + 1 }, (_, j) => lo + ((hi - lo) * j) / n);
}

/** P(cell | type) at d′ = s, linear between the grid points. */
export function interpolate(separations: readonly number[], probs: readonly (readonly (readonly number[])[])[], s: number): number[][] {
  let k = 0;
  while (k < separations.length - 2 && s > separations[k + 1]) k++;
  if (separations.length === 1) return probs[0].map((row) => [...row]);
  const w = (s - separations[k]) / (separations[k + 1] - separations[k]);
  return probs[k].map((row, t) => row.map((p, c) => (1 - w) * p + w * probs[k + 1][t][c]));
}

/** Type t's log-likelihood at λ (constants dropped; 0 × log 0 is 0, a count where the model allows none is −∞). */
export function typeLogLik(d: Sufficient, t: number, pi: readonly number[], lambda: number): number {
  let ll = 0;
  let rate = d.sampleExposure;
  pi.forEach((p, c) => {
    rate += d.exposure * p;
    const x = d.cells[t][c];
    if (x > 0) ll += x * Math.log(lambda * d.exposure * p);
  });
  if (d.found[t] > 0) ll += d.found[t] * Math.log(lambda * d.sampleExposure);
  return ll - lambda * rate;
}

/** λ̂_t at fixed P(cell): (seizures + finds) / (X π_t + Q). */
export function bestLambda(d: Sufficient, t: number, pi: readonly number[]): number {
  const events = d.cells[t].reduce((a, b) => a + b, 0) + d.found[t];
  const rate = d.exposure * pi.reduce((a, b) => a + b, 0) + d.sampleExposure;
  return events === 0 ? 0 : rate > 0 ? events / rate : Infinity;
}

function profile(d: Sufficient, separations: readonly number[], probs: number[][][]): Profile {
  const s = fineGrid(separations);
  const pi = s.map((x) => interpolate(separations, probs, x));
  const typeLL = pi.map((p) => d.cells.map((_, t) => typeLogLik(d, t, p[t], bestLambda(d, t, p[t]))));
  return { s, pi, typeLogLik: typeLL, total: typeLL.map((row) => row.reduce((a, b) => a + b, 0)) };
}

/**
 * The maximum-likelihood estimate, given P(cell | type) at the grid points.
 *
 * @example
 * const mle = maximise(sufficient, [1, 1.5, 2], probs); // { separation: 1.73, perMillion: [98.2, 11.4], logLik: ... }
 */
export function maximise(d: Sufficient, separations: readonly number[], probs: number[][][]): Mle {
  return mleOf(d, profile(d, separations, probs));
}

function mleOf(d: Sufficient, p: Profile): Mle {
  let best = 0;
  p.total.forEach((v, j) => { if (v > p.total[best]) best = j; });
  return { separation: p.s[best], perMillion: d.cells.map((_, t) => bestLambda(d, t, p.pi[best][t])), logLik: p.total[best] };
}

/**
 * The maximum and 95% profile-likelihood intervals for d′ and for each type's prevalence.
 *
 * @example
 * const { mle, separation, perMillion } = profileFit(sufficient, separations, probs);
 * separation.low; // the smallest d′ the data do not reject at 5%
 */
export function profileFit(d: Sufficient, separations: readonly number[], probs: number[][][]): { mle: Mle; separation: Interval; perMillion: Interval[] } {
  const p = profile(d, separations, probs);
  const mle = mleOf(d, p);
  const cut = mle.logLik - PROFILE_DROP;
  return {
    mle,
    separation: separationInterval(p, mle, cut),
    perMillion: d.cells.map((_, t) => lambdaInterval(d, p, t, mle, cut)),
  };
}

/** Where the profile in d′ crosses `cut` on each side of the maximum (linear between fine points). */
function separationInterval(p: Profile, mle: Mle, cut: number): Interval {
  const j0 = p.s.indexOf(mle.separation);
  const cross = (step: 1 | -1) => {
    for (let j = j0; j + step >= 0 && j + step < p.s.length; j += step) {
      const a = p.total[j];
      const b = p.total[j + step];
      if (b < cut) {
        const w = Number.isFinite(b) ? (a - cut) / (a - b) : 0;
        return { at: p.s[j] + w * (p.s[j + step] - p.s[j]), open: false };
      }
    }
    return { at: step < 0 ? p.s[0] : p.s[p.s.length - 1], open: true };
  };
  const lo = cross(-1);
  const hi = cross(1);
  return { value: mle.separation, low: lo.at, high: hi.at, lowOpen: lo.open, highOpen: hi.open };
}

/** λ_t's profile: the best over d′ of type t's likelihood at λ plus the other types' at their best. */
function lambdaInterval(d: Sufficient, p: Profile, t: number, mle: Mle, cut: number): Interval {
  const others = p.total.map((v, j) => v - p.typeLogLik[j][t]);
  const f = (lambda: number) => {
    let best = -Infinity;
    p.pi.forEach((pi, j) => { best = Math.max(best, others[j] + typeLogLik(d, t, pi[t], lambda)); });
    return best;
  };
  const value = mle.perMillion[t];
  const bisect = (inside: number, outside: number) => {
    for (let i = 0; i < 80; i++) {
      const mid = (inside + outside) / 2;
      if (f(mid) >= cut) inside = mid;
      else outside = mid;
    }
    return (inside + outside) / 2;
  };
  const low = value === 0 || f(0) >= cut ? 0 : bisect(value, 0);
  let outside = Math.max(value * 2, 1);
  let open = false;
  for (let i = 0; f(outside) >= cut; i++) {
    outside *= 2;
    if (i > 60 || outside > 1e6) {
      open = true;
      break;
    }
  }
  const high = open ? Math.min(outside, 1e6) : bisect(value, outside);
  return { value, low, high, lowOpen: false, highOpen: open };
}

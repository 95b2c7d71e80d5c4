// Student's t quantile and CDF, for confidence intervals: textbook table values, SciPy values,
// huge and fractional degrees of freedom, and round trips.
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/sim/normal.js';
import { studentTCdf, studentTQuantile } from '../../src/sim/studentT.js';

function expectRelative(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol * Math.abs(expected));
}

describe('studentTQuantile', () => {
  it('matches the textbook table t(0.975, df)', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3027, 4);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.2622, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 4);
    expect(studentTQuantile(0.975, 120)).toBeCloseTo(1.9799, 4);
  });

  it('matches SciPy to 1e-12 relative, for fractional and huge degrees of freedom too', () => {
    const known: Array<[number, number, number]> = [
      [0.975, 1, 12.706204736174694],
      [0.975, 2, 4.302652729749462],
      [0.975, 3, 3.1824463052837078],
      [0.975, 9, 2.262157162798205],
      [0.975, 30, 2.0422724563012378],
      [0.975, 120, 1.9799304050824402],
      [0.975, 1000, 1.9623390808264083],
      [0.995, 5, 4.032142983555228],
      [0.9, 2.5, 1.7302509288071766],
      [0.05, 7, -1.8945786050900066],
      [1e-10, 4, -416.1751403296041],
      [0.975, 1e6, 1.959966356814107],
      [0.999, 50000, 3.090395316625384],
      [0.975, 0.5, 164.55767348048818], // below one degree of freedom
      [0.6, 0.3, 0.5023012820593052],
      [1e-5, 0.3, -1395812007068298.2],
    ];
    for (const [p, df, t] of known) expectRelative(studentTQuantile(p, df), t, 1e-12);
  });

  it('tends to the normal quantile as df grows, and equals it at df = Infinity', () => {
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(Math.abs(studentTQuantile(0.975, 1e9) - normalQuantile(0.975))).toBeLessThan(1e-8);
  });

  it('is antisymmetric and 0 at p = 0.5', () => {
    for (const df of [1, 2, 3.5, 10, 500]) {
      expect(studentTQuantile(0.5, df)).toBe(0);
      // 2^-7 and 1 - 2^-7 are both exact in binary (0.01 and 0.99 are not each other's complement).
      expect(studentTQuantile(2 ** -7, df)).toBe(-studentTQuantile(1 - 2 ** -7, df));
    }
  });

  it('round-trips through studentTCdf for df from 1 to 10^6, tails included', () => {
    for (const df of [0.4, 1, 1.5, 2, 3, 4, 7, 15, 29, 60, 200, 999, 5000, 1e6]) {
      for (const p of [1e-12, 1e-6, 0.001, 0.025, 0.2, 0.45, 0.7, 0.95, 0.999]) {
        expectRelative(studentTCdf(studentTQuantile(p, df), df), p, 1e-9);
      }
    }
  });

  it('handles tails so far out that t squared overflows', () => {
    // Cauchy-like tails: t ~ 1e199 at p = 1e-300 with 1.5 degrees of freedom.
    const t = studentTQuantile(1e-300, 1.5);
    expectRelative(t, -5.2194694273446363e199, 1e-13);
    expect(studentTQuantile(1e-300, 3)).toBeLessThan(-1e99);
  });

  it('gives infinities at p = 0 and 1 and NaN for invalid arguments', () => {
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(studentTQuantile(1.2, 5)).toBeNaN();
    expect(studentTQuantile(0.5, 0)).toBeNaN();
    expect(studentTQuantile(0.9, -3)).toBeNaN();
  });
});

describe('studentTCdf', () => {
  it('matches SciPy to 1e-12 relative', () => {
    const known: Array<[number, number, number]> = [
      [2, 3, 0.9303370157205785],
      [-40, 3, 1.7190340394579253e-5],
      [-1, 1, 0.25],
      [0.5, 10.5, 0.6863063477055824],
      [-3, 1000, 0.0013833545221190963],
      [-1.96, 1e5, 0.02499928159715084],
    ];
    for (const [t, df, p] of known) expectRelative(studentTCdf(t, df), p, 1e-11);
    expect(studentTCdf(0, 4)).toBe(0.5);
  });

  it('is 0 and 1 at the infinities', () => {
    expect(studentTCdf(-Infinity, 3)).toBe(0);
    expect(studentTCdf(Infinity, 3)).toBe(1);
  });
});

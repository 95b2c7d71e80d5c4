// The standard normal CDF and quantile: known values (SciPy/mpmath), tails, and round trips.
import { describe, expect, it } from 'vitest';
import { acklamQuantile, normalCdf, normalQuantile } from '../../src/sim/normal.js';

/** Expects |actual - expected| <= tol * |expected| (relative error). */
function expectRelative(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol * Math.abs(expected));
}

describe('normalQuantile', () => {
  it('matches reference values to 1e-14 relative', () => {
    const known: Array<[number, number]> = [
      [0.975, 1.959963984540054],
      [0.95, 1.6448536269514722],
      [0.9, 1.2815515655446004],
      [0.3, -0.5244005127080409],
      [0.02425, -1.972961051311885], // Acklam's breakpoint between regions
      [1e-10, -6.361340902404056],
      [1e-300, -37.0470962993612],
    ];
    for (const [p, z] of known) expectRelative(normalQuantile(p), z, 1e-14);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is antisymmetric: q(1 - p) = -q(p)', () => {
    for (const p of [0.001, 0.02, 0.2, 0.4999]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
  });

  it('gives -Infinity at 0, Infinity at 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });

  it('round-trips through normalCdf across the range, tails included', () => {
    // A quantile z correct to an ulp still moves the CDF by about z^2 ulps (its condition
    // number), so the tolerance grows with z^2: 1.3e-13 at p = 1e-293.
    for (let e = -300; e <= -1; e += 7) {
      const p = 10 ** e;
      const z = normalQuantile(p);
      expectRelative(normalCdf(z), p, 2e-16 * (4 + z * z));
    }
    for (let p = 0.01; p < 0.995; p += 0.01) expectRelative(normalCdf(normalQuantile(p)), p, 1e-14);
  });
});

describe('acklamQuantile (the sampling fast path)', () => {
  it('is within Acklam\'s stated 1.15e-9 relative error of the refined quantile', () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.02425, 0.1, 0.3, 0.6, 0.9, 0.97575, 0.999, 1 - 1e-12]) {
      expectRelative(acklamQuantile(p), normalQuantile(p), 1.2e-9);
    }
  });
});

describe('normalCdf', () => {
  it('matches reference values to 1e-14 relative, deep into the lower tail', () => {
    const known: Array<[number, number]> = [
      [1.96, 0.9750021048517795],
      [-1.96, 0.024997895148220435],
      [0.3, 0.6179114221889526],
      [-8, 6.22096057427174e-16],
      [-30, 4.906713927148187e-198], // mpmath; SciPy 1.17 gives ...147908e-198
      [-37, 5.725571222524577e-300],
    ];
    for (const [x, p] of known) expectRelative(normalCdf(x), p, 1e-14);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('is 0 and 1 at the infinities and NaN for NaN', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('satisfies Phi(x) + Phi(-x) = 1', () => {
    for (const x of [0.1, 0.5, 1, 2.5, 5]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
  });
});

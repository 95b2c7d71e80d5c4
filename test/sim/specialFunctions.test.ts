// Special functions behind the normal and Student t distributions and Poisson sampling, checked
// against mpmath at 30 digits.
import { describe, expect, it } from 'vitest';
import { erfc, erfcx, expNegSquare, logBeta, logGamma, regularizedBeta } from '../../src/sim/specialFunctions.js';

function expectRelative(actual: number, expected: number, tol: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol * Math.abs(expected));
}

describe('erfc', () => {
  it('matches mpmath to 1e-15 relative, including the far tail', () => {
    const known: Array<[number, number]> = [
      [0.2, 0.77729741078952153],
      [-0.3, 1.3286267594591274],
      [0.5, 0.47950012218695346],
      [1, 0.15729920705028513],
      [3, 2.2090496998585441e-5],
      [10, 2.0884875837625448e-45],
      [-2, 1.9953222650189527],
      [26, 5.6631924088561428e-296],
    ];
    for (const [x, v] of known) expectRelative(erfc(x), v, 1e-15);
    expect(erfc(0)).toBe(1);
    expect(erfc(30)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
  });

  it('agrees with erfcx(x) exp(-x^2)', () => {
    for (const x of [0.1, 0.7, 2, 4.5, 9]) expectRelative(erfcx(x) * Math.exp(-x * x), erfc(x), 1e-13);
  });
});

describe('expNegSquare', () => {
  it('computes exp(-c x^2) without the rounding of x * x', () => {
    expectRelative(expNegSquare(20, 0.5), Math.exp(-200), 1e-15);
    expectRelative(expNegSquare(3.3), Math.exp(-10.889999999999999), 1e-14);
    expect(expNegSquare(1e6)).toBe(0);
  });
});

describe('logGamma', () => {
  it('matches mpmath to 1e-14 absolute (ln((n-1)!) for integers)', () => {
    const known: Array<[number, number]> = [
      [0.5, 0.57236494292470009],
      [1.5, -0.12078223763524522],
      [3, 0.69314718055994531],
      [7.3, 7.1478925230222487],
      [100.25, 360.28455963776423],
      [1e6, 12815504.569147612],
    ];
    for (const [x, v] of known) expect(Math.abs(logGamma(x) - v)).toBeLessThan(1e-14 * Math.max(1, Math.abs(v)));
    expect(logGamma(1)).toBeCloseTo(0, 14);
  });
});

describe('logBeta', () => {
  it('matches mpmath to 1e-14 relative, even with one huge argument', () => {
    const known: Array<[number, number, number]> = [
      [2, 3, -2.4849066497880003],
      [0.5, 0.5, 1.1447298858494002],
      [0.5, 5e5, -5.9888164957774643],
      [30, 40, -48.301749095916125],
      [12, 0.7, -1.4698680871645362],
    ];
    for (const [a, b, v] of known) expectRelative(logBeta(a, b), v, 1e-14);
  });
});

describe('regularizedBeta', () => {
  it('matches mpmath to 1e-13 relative', () => {
    const known: Array<[number, number, number, number]> = [
      [0.5, 2, 3, 0.6875],
      [0.3, 0.5, 0.5, 0.36901011956554538],
      [0.9, 10, 3, 0.88913002225500006],
      [0.99, 500, 0.5, 0.0015273578790529891],
      [0.001, 2, 40, 0.00079898083475571444],
    ];
    for (const [x, a, b, v] of known) expectRelative(regularizedBeta(x, a, b), v, 1e-13);
  });

  it('is 0 at x = 0, 1 at x = 1, and satisfies I_x(a, b) = 1 - I_(1-x)(b, a)', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    for (const [x, a, b] of [[0.2, 3, 4], [0.7, 0.5, 8], [0.5, 20, 20]]) {
      expect(regularizedBeta(x, a, b) + regularizedBeta(1 - x, b, a)).toBeCloseTo(1, 14);
    }
    expect(regularizedBeta(0.5, -1, 2)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { clopperPearson } from '../../src/sim/binomialInterval.js';

describe('clopperPearson', () => {
  it('with no successes, the upper bound is 1 − (α/2)^(1/n)', () => {
    const [low, high] = clopperPearson(0, 10);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(1 - 0.025 ** (1 / 10), 10);
  });

  it('matches published exact intervals', () => {
    // R binom.test(5, 10) and binom.test(3, 1000); scipy beta.ppf gives the same digits.
    const [a, b] = clopperPearson(5, 10);
    expect(a).toBeCloseTo(0.187086, 5);
    expect(b).toBeCloseTo(0.812914, 5);
    const [c, d] = clopperPearson(3, 1000);
    expect(c).toBeCloseTo(0.00061910, 7);
    expect(d).toBeCloseTo(0.00874202, 7);
  });

  it('all successes give an upper bound of 1, and a symmetric lower bound', () => {
    const [low, high] = clopperPearson(10, 10);
    expect(high).toBe(1);
    expect(low).toBeCloseTo(0.025 ** (1 / 10), 10);
  });

  it('no trials means nothing is known', () => {
    expect(clopperPearson(0, 0)).toEqual([0, 1]);
  });

  it('refuses impossible counts', () => {
    expect(() => clopperPearson(3, 2)).toThrow(RangeError);
    expect(() => clopperPearson(1.5, 2)).toThrow(RangeError);
  });
});

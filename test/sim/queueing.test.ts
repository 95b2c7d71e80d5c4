// M/M/c formulas: Erlang B and C, waits and queue lengths, against hand-computed and textbook
// values and the textbook sum formula.
import { describe, expect, it } from 'vitest';
import {
  erlangB,
  erlangC,
  mmcMeanQueueLength,
  mmcMeanSojourn,
  mmcMeanWait,
  utilization,
} from '../../src/sim/queueing.js';

/** Erlang C from the textbook sum, in log space so that moderate c does not overflow. */
function erlangCBySum(c: number, lambda: number, mu: number): number {
  const a = lambda / mu;
  const rho = a / c;
  const logTerm = (k: number): number => {
    let s = k * Math.log(a);
    for (let i = 2; i <= k; i++) s -= Math.log(i);
    return s;
  };
  const logLast = logTerm(c) - Math.log(1 - rho);
  let head = 0;
  for (let k = 0; k < c; k++) head += Math.exp(logTerm(k) - logLast);
  return 1 / (1 + head);
}

describe('erlangC', () => {
  it('equals rho for one server', () => {
    for (const rho of [0.1, 0.5, 0.9, 0.999]) expect(erlangC(1, rho * 3, 3)).toBeCloseTo(rho, 14);
  });

  it('is 1/3 for two servers with lambda = mu = 1', () => {
    expect(erlangC(2, 1, 1)).toBeCloseTo(1 / 3, 15);
  });

  it('is 4/9 for three servers with lambda = 2, mu = 1 (worked by hand: P0 = 1/9)', () => {
    expect(erlangC(3, 2, 1)).toBeCloseTo(4 / 9, 15);
  });

  it('agrees with the textbook sum formula up to 200 servers', () => {
    for (const c of [1, 2, 5, 20, 60, 150, 200]) {
      for (const rho of [0.3, 0.8, 0.97]) {
        expect(erlangC(c, rho * c * 0.5, 0.5)).toBeCloseTo(erlangCBySum(c, rho * c * 0.5, 0.5), 11);
      }
    }
  });

  it('stays a probability for 1000 servers near saturation', () => {
    const p = erlangC(1000, 995, 1);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it('throws a RangeError when the queue is unstable (rho >= 1) or arguments are invalid', () => {
    expect(() => erlangC(2, 2, 1)).toThrow(/unstable/);
    expect(() => erlangC(2, 3, 1)).toThrow(RangeError);
    expect(() => mmcMeanWait(1, 1, 1)).toThrow(RangeError);
    expect(() => mmcMeanQueueLength(3, 4, 1)).toThrow(RangeError);
    expect(() => erlangC(0, 1, 1)).toThrow(/servers/);
    expect(() => erlangC(1.5, 1, 1)).toThrow(/servers/);
    expect(() => erlangC(1, -1, 1)).toThrow(/arrivalRate/);
    expect(() => erlangC(1, 1, 0)).toThrow(/serviceRate/);
  });

  it('is 0 with no arrivals', () => {
    expect(erlangC(3, 0, 1)).toBe(0);
    expect(mmcMeanWait(3, 0, 1)).toBe(0);
  });
});

describe('erlangB', () => {
  it('matches the loss formula a^c/c! / sum a^k/k!', () => {
    expect(erlangB(1, 1, 1)).toBeCloseTo(0.5, 15);
    expect(erlangB(2, 2, 1)).toBeCloseTo(2 / 5, 15); // (4/2) / (1 + 2 + 2)
    expect(erlangB(3, 1, 1)).toBeCloseTo(1 / 6 / (1 + 1 + 1 / 2 + 1 / 6), 15);
  });
});

describe('M/M/c means', () => {
  it('reduce to the M/M/1 formulas for one server', () => {
    const [lambda, mu] = [3, 4];
    const rho = lambda / mu;
    expect(mmcMeanWait(1, lambda, mu)).toBeCloseTo(rho / (mu - lambda), 14);
    expect(mmcMeanQueueLength(1, lambda, mu)).toBeCloseTo((rho * rho) / (1 - rho), 14);
    expect(mmcMeanSojourn(1, lambda, mu)).toBeCloseTo(1 / (mu - lambda), 14);
  });

  it('match a textbook example: 2 servers, 50 arrivals/h, 30 served/h per server', () => {
    // a = 5/3, rho = 5/6, P0 = 1/11, C = 25/33, Wq = C / (60 - 50) h = 5/66 h = 4.545 min.
    expect(erlangC(2, 50, 30)).toBeCloseTo(25 / 33, 14);
    expect(mmcMeanWait(2, 50, 30) * 60).toBeCloseTo(4.545454545, 8);
    expect(mmcMeanQueueLength(2, 50, 30)).toBeCloseTo(250 / 66, 12);
  });

  it('satisfy Little\'s law: Lq = lambda Wq, L = lambda W', () => {
    const [c, lambda, mu] = [7, 5.5, 0.9];
    expect(mmcMeanQueueLength(c, lambda, mu)).toBeCloseTo(lambda * mmcMeanWait(c, lambda, mu), 12);
    const inService = lambda / mu;
    expect(mmcMeanQueueLength(c, lambda, mu) + inService).toBeCloseTo(lambda * mmcMeanSojourn(c, lambda, mu), 12);
  });

  it('utilization is lambda / (c mu), also beyond 1', () => {
    expect(utilization(3, 2, 1)).toBeCloseTo(2 / 3, 15);
    expect(utilization(1, 2, 1)).toBe(2);
  });
});

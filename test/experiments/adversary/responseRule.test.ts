// The smugglers' response rule on hand cases: shares move toward the safer route at the stated
// rate, stay normalised and non-negative, stand still when every route survives alike, and a
// route seen on few parcels is judged near the average.
import { describe, expect, it } from 'vitest';
import { judgedSurvival, respond } from '../../../src/experiments/index.js';

const logRatio = (x: readonly number[], a: number, b: number) => Math.log(x[a] / x[b]);

describe('respond (exponential-weights replicator)', () => {
  it('moves shares toward the safer route: the log share ratio changes by rate × survival difference', () => {
    const before = [0.5, 0.3, 0.2];
    const survival = [0.8, 0.9, 0.85];
    const after = respond(before, survival, 10);
    expect(after[1]).toBeGreaterThan(before[1]);
    expect(after[0]).toBeLessThan(before[0]);
    expect(logRatio(after, 1, 0) - logRatio(before, 1, 0)).toBeCloseTo(10 * (0.9 - 0.8), 12);
    expect(logRatio(after, 2, 0) - logRatio(before, 2, 0)).toBeCloseTo(10 * (0.85 - 0.8), 12);
  });

  it('gives the worked example: two equal routes, 10 points apart at rate 10, move to 1 : e', () => {
    const [a, b] = respond([0.5, 0.5], [0.8, 0.9], 10);
    expect(a).toBeCloseTo(1 / (1 + Math.E), 12);
    expect(b).toBeCloseTo(Math.E / (1 + Math.E), 12);
  });

  it('stays normalised and non-negative for extreme survivals and rates', () => {
    for (const rate of [0, 0.5, 10, 1000]) {
      const after = respond([0.1, 0.2, 0.3, 0.4], [0, 1, 0.5, 0.999], rate);
      expect(after.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (const x of after) expect(x).toBeGreaterThanOrEqual(0);
    }
  });

  it('is a fixed point when every route survives alike, and at rate 0', () => {
    const shares = [0.25, 0.05, 0.7];
    expect(respond(shares, [0.9, 0.9, 0.9], 10)).toEqual(shares.map((x) => expect.closeTo(x, 15)));
    expect(respond(shares, [0.1, 0.9, 0.5], 0)).toEqual(shares.map((x) => expect.closeTo(x, 15)));
  });

  it('never gives a share to a route that has none', () => {
    expect(respond([0, 0.5, 0.5], [1, 0.5, 0.5], 50)[0]).toBe(0);
  });

  it('refuses survival rates that do not match the shares', () => {
    expect(() => respond([0.5, 0.5], [1], 1)).toThrow(/2 shares but 1 survival/);
  });
});

describe('judgedSurvival', () => {
  it('is the plain survival without a prior', () => {
    expect(judgedSurvival([{ ended: 100, seized: 20 }, { ended: 50, seized: 5 }], 0)).toEqual([0.8, 0.9]);
  });

  it('judges an empty route at the average, and a small one near it', () => {
    // Pooled: 30 seized of 200, survival 0.85.
    const [big, small, empty] = judgedSurvival([{ ended: 190, seized: 30 }, { ended: 10, seized: 0 }, { ended: 0, seized: 0 }], 20);
    expect(empty).toBeCloseTo(0.85, 12);
    expect(small).toBeCloseTo((10 + 20 * 0.85) / 30, 12);
    expect(big).toBeCloseTo((160 + 20 * 0.85) / 210, 12);
  });

  it('judges every route safe (1) when no contraband ended at all', () => {
    expect(judgedSurvival([{ ended: 0, seized: 0 }, { ended: 0, seized: 0 }], 20)).toEqual([1, 1]);
  });
});

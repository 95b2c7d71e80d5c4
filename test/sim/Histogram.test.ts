// The fixed-width histogram behind the delay percentiles: weighted adds, percentiles within a
// bin, the overflow bin, and independent copies (results add parcels still inside to a copy).
import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/sim/Histogram.js';

describe('Histogram', () => {
  it('keeps exact count and mean under weighted adds, and percentiles within one bin', () => {
    const h = new Histogram(60, 100);
    h.add(90, 115);
    h.add(600, 5);
    expect(h.count).toBe(120);
    expect(h.mean).toBeCloseTo((90 * 115 + 600 * 5) / 120, 9);
    expect(Math.abs(h.percentile(0.5) - 90)).toBeLessThanOrEqual(60);
    expect(h.percentile(1)).toBe(600);
  });

  it('reports values past the last bin as the largest seen', () => {
    const h = new Histogram(1, 10);
    h.add(5);
    h.add(1000);
    expect(h.percentile(0.99)).toBe(1000);
  });

  it('clones into an independent copy', () => {
    const h = new Histogram(1, 10);
    h.add(2, 3);
    const c = h.clone();
    c.add(8, 3);
    expect([h.count, h.max, h.percentile(0.9)]).toEqual([3, 2, 2]);
    expect([c.count, c.max]).toEqual([6, 8]);
    expect(c.percentile(0.9)).toBeGreaterThan(7);
  });

  it('has no mean or percentile when empty', () => {
    expect(new Histogram(1, 10).mean).toBeNaN();
    expect(new Histogram(1, 10).percentile(0.5)).toBeNaN();
  });
});

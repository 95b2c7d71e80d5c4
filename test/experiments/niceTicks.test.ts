// Round axis ticks and their text, shared by every hand-drawn chart (both frontier charts, the
// memo's SVG) and by the time charts' tick labels.
import { describe, expect, it } from 'vitest';
import { niceDomain, niceStep, niceTicks, tickText } from '../../src/experiments/niceTicks.js';

describe('nice ticks', () => {
  it('step by 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0, 0.14, 5)).toBe(0.05);
    expect(niceStep(12000, 41000, 5)).toBe(10000);
    expect(niceStep(184, 296, 5)).toBe(25);
    expect(niceStep(0, 1, 4)).toBe(0.25);
  });

  it('list the round values inside the range, without rounding noise', () => {
    expect(niceTicks(0, 0.2, 5)).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    expect(niceTicks(9900, 43600, 5)).toEqual([10000, 20000, 30000, 40000]);
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('extend a domain to whole steps', () => {
    expect(niceDomain(0, 0.165, 5)).toEqual([0, 0.2]);
    expect(niceDomain(3, 97, 5)).toEqual([0, 100]);
  });

  it('survive an empty or flat range', () => {
    expect(niceStep(5, 5)).toBe(1);
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});

describe('tick text', () => {
  it('writes as few digits as the value needs, with thousands separated', () => {
    expect(tickText(7.5)).toBe('7.5');
    expect(tickText(20000)).toBe('20,000');
    expect(tickText(0.05)).toBe('0.05');
    expect(tickText(0.1 + 0.2)).toBe('0.3');
    expect(tickText(12.5)).toBe('12.5');
    expect(tickText(-2500)).toBe('-2,500');
    expect(tickText(0)).toBe('0');
  });
});

// The contrast arithmetic the badge and text tests rest on, against values worked by hand.
import { describe, expect, it } from 'vitest';
import { blend, contrastRatio, relativeLuminance } from '../../src/palette/contrast.js';

describe('contrast', () => {
  it('gives the WCAG extremes and is symmetric', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('matches a published pair: #767676 on white is 4.54:1, the lightest grey that passes AA', () => {
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
  });

  it('weighs green most and blue least', () => {
    expect(relativeLuminance('#00FF00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000FF')).toBeCloseTo(0.0722, 4);
  });

  it('blends a faded colour over its background', () => {
    expect(blend('#FFFFFF', '#000000', 0.5)).toBe('#808080');
    expect(blend('#E8EDF2', '#161B21', 1)).toBe('#E8EDF2');
    expect(blend('#E8EDF2', '#161B21', 0)).toBe('#161B21');
  });
});

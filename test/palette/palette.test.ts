// The shared palette: Okabe–Ito's eight colours, line colours that stay readable on white, paper
// greys that keep text legible, and the two colour conversions the charts and the renderer use.
import { describe, expect, it } from 'vitest';
import { FLOOR, LINE_COLOURS, LINE_DASHES, OKABE_ITO, PAPER, hexToNumber, withAlpha } from '../../src/palette/index.js';
import { contrastRatio } from '../../src/palette/contrast.js';

const contrast = contrastRatio;

describe('palette', () => {
  it('has the eight Okabe–Ito colours of the paper', () => {
    expect(OKABE_ITO).toEqual({
      black: '#000000', orange: '#E69F00', skyBlue: '#56B4E9', bluishGreen: '#009E73',
      yellow: '#F0E442', blue: '#0072B2', vermillion: '#D55E00', reddishPurple: '#CC79A7',
    });
  });

  it('draws lines only in Okabe–Ito colours with at least 3:1 contrast on white, each with its own dash', () => {
    const hues = new Set<string>(Object.values(OKABE_ITO));
    for (const c of LINE_COLOURS) {
      expect(hues.has(c), c).toBe(true);
      expect(contrast(c, PAPER.background), c).toBeGreaterThanOrEqual(3);
    }
    expect(LINE_DASHES).toHaveLength(LINE_COLOURS.length);
    expect(new Set(LINE_DASHES.map((d) => d.join(','))).size).toBe(LINE_DASHES.length);
  });

  it('keeps chart text and hollow points readable on white, and floor text on the floor', () => {
    for (const c of [PAPER.ink, PAPER.axis, PAPER.muted, PAPER.other]) expect(contrast(c, PAPER.background), c).toBeGreaterThanOrEqual(4.5);
    expect(contrast(FLOOR.text, FLOOR.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(FLOOR.textMuted, FLOOR.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('writes every colour as #RRGGBB', () => {
    for (const c of [...Object.values(OKABE_ITO), ...Object.values(PAPER), ...Object.values(FLOOR)]) expect(c).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('converts CSS hex to a Pixi tint and to a translucent fill', () => {
    expect(hexToNumber('#E69F00')).toBe(0xe69f00);
    expect(withAlpha('#0072B2', 0.15)).toBe('rgba(0, 114, 178, 0.15)');
  });
});

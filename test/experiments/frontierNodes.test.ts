// The parts every frontier drawing shares: the frame says the axis titles and which way is
// better, the Pareto line needs two points, whiskers get end caps only where they were not cut at
// the plot's edge, and a dagger where they were cut at what the metric can be.
import { describe, expect, it } from 'vitest';
import {
  FRONTIER_SIZE, FRONTIER_X, FRONTIER_Y, frontierFrame, frontierGeometry, markLabel, paretoLine, svgMarkup, whiskers, type MarkStyle,
} from '../../src/experiments/index.js';

const STYLE: MarkStyle = { font: { charWidth: 8, pad: 2, ascent: 11, descent: 3 }, dotRadius: 6, currentRadius: 6, labels: 'pareto' };
/** n points, each 20 officer-hours dearer and 5 points better; the first one's rate ± `firstHalfWidth`. */
const geometry = (n: number, firstHalfWidth = 0.01) => frontierGeometry(FRONTIER_X.officerHours, FRONTIER_Y.interdictionRate,
  Array.from({ length: n }, (_, i) => ({ id: i, x: { mean: 200 + 20 * i, halfWidth: 5 }, y: { mean: 0.1 + 0.05 * i, halfWidth: i === 0 ? firstHalfWidth : 0.01 }, label: `P${i}` })),
  FRONTIER_SIZE, STYLE);

describe('frontier parts', () => {
  it('frame the plot with ticks, both titles and the better corner, hidden from screen readers', () => {
    const nodes = frontierFrame(geometry(3));
    const text = nodes.map(svgMarkup).join('');
    expect(text).toContain('>Officer-hours on duty (officer-h)<');
    expect(text).toContain('>Interdiction rate (%)<');
    expect(text).toContain('>↖ better<');
    expect(text).toContain('>0%<');
    expect(nodes.every((n) => n.attrs['aria-hidden'] === 'true')).toBe(true);
  });

  it('draw the Pareto line only through two points or more', () => {
    expect(paretoLine(geometry(1))).toEqual([]);
    expect(paretoLine(geometry(3))[0].attrs.points).toMatch(/^[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
  });

  it('cap whiskers at both ends inside the plot, and mark an end cut at 0 with a dagger', () => {
    const [cut, whole] = geometry(2, 0.5).marks.sort((a, b) => a.id - b.id);
    expect(whiskers(whole, '#000000', 'w')).toHaveLength(6);
    const parts = whiskers(cut, '#000000', 'w');
    expect(parts).toHaveLength(7);
    expect(parts.filter((n) => n.tag === 'text').map(svgMarkup)).toEqual([expect.stringMatching(/class="ix-clip-mark".*>†<\/text>$/)]);
    expect(whiskers({ ...whole, clippedX: [true, false] }, '#000000', 'w')).toHaveLength(5);
  });

  it('label a mark with a halo, and nothing for an unlabelled one', () => {
    const [m] = geometry(1).marks;
    expect(svgMarkup(markLabel(m, { fill: '#0072B2' })[0])).toMatch(/^<text .*paint-order="stroke".*fill="#0072B2">P0<\/text>$/);
    expect(markLabel({ ...m, label: '' }, {})).toEqual([]);
  });
});

// Label placement: beside a dot when no whisker runs there, else above right of it; the next spot
// around it when that is taken, inside the plot; in a crowd, a slide with a leader back to the dot.
import { describe, expect, it } from 'vitest';
import { dotBox, placeLabels, type LabelFont } from '../../src/experiments/index.js';

const FONT: LabelFont = { charWidth: 8, pad: 2, ascent: 11, descent: 3 };
const PLOT = { left: 0, top: 0, right: 400, bottom: 300 };
const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('label placement', () => {
  it('puts a label above right of its dot, clear of it', () => {
    const [l] = placeLabels([{ x: 100, y: 100, radius: 6, text: 'P3' }], [dotBox(100, 100, 6)], PLOT, FONT);
    expect(l).toMatchObject({ x: 109, y: 91, anchor: 'start', leader: null });
    expect(overlap(l.box, dotBox(100, 100, 6))).toBe(false);
  });

  it('puts it beside the dot instead when no whisker runs there', () => {
    const [l] = placeLabels([{ x: 100, y: 100, radius: 6, text: 'P3', beside: true }], [], PLOT, FONT);
    expect(l).toMatchObject({ x: 109, y: 104, anchor: 'start' });
    const [edge] = placeLabels([{ x: 395, y: 100, radius: 6, text: 'P3', beside: true }], [], PLOT, FONT);
    expect(edge).toMatchObject({ x: 386, y: 104, anchor: 'end' });
  });

  it('takes the next spot when a label is in the way, and flips left at the right edge', () => {
    const [a, b] = placeLabels([{ x: 100, y: 100, radius: 6, text: 'P1' }, { x: 100, y: 100, radius: 6, text: 'P2' }], [], PLOT, FONT);
    expect(overlap(a.box, b.box)).toBe(false);
    const [edge] = placeLabels([{ x: 395, y: 100, radius: 6, text: 'P9' }], [], PLOT, FONT);
    expect(edge.anchor).toBe('end');
    expect(edge.box.x1).toBeLessThanOrEqual(PLOT.right);
  });

  it('slides a label out of a crowd and draws a leader back to its dot', () => {
    const requests = Array.from({ length: 9 }, (_, i) => ({ x: 100, y: 100 + i, radius: 6, text: `a long preset name ${i}` }));
    const placed = placeLabels(requests, requests.map((r) => dotBox(r.x, r.y, 6)), PLOT, FONT);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i].box, placed[j].box), `${i}/${j}`).toBe(false);
    expect(placed.some((p) => p.leader !== null)).toBe(true);
  });
});

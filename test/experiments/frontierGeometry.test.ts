// The frontier geometry every chart draws: dots and whiskers in the plot (whiskers cut at what the
// metric can be, the cut ends noted), Pareto points drawn last and joined left to right, labels on one
// spot shared and clear of each other, the dots and the line, points without runs left out, the
// current run apart.
import { describe, expect, it } from 'vitest';
import {
  FRONTIER_SIZE, FRONTIER_X, FRONTIER_Y, frontierGeometry, type Box, type FrontierMark, type MarkStyle,
} from '../../src/experiments/index.js';

// Intervals of 1% by default: narrow enough that every lead in these sets is beyond them.
const est = (mean: number, halfWidth = 0.01 * Math.abs(mean)) => ({ mean, halfWidth });
const mark = (id: number, x: number, y: number, hx?: number, hy?: number): FrontierMark => ({ id, x: est(x, hx), y: est(y, hy), label: `P${id}` });
const STYLE: MarkStyle = { font: { charWidth: 8, pad: 2, ascent: 11, descent: 3 }, dotRadius: 6, currentRadius: 17, labels: 'pareto' };
const officers = (marks: FrontierMark[], style = STYLE) => frontierGeometry(FRONTIER_X.officerHours, FRONTIER_Y.interdictionRate, marks, FRONTIER_SIZE, style);
const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('frontier geometry', () => {
  it('marks the points no other beats, draws them last and joins them left to right', () => {
    const g = officers([mark(0, 200, 0.1), mark(1, 240, 0.2), mark(2, 260, 0.15), mark(3, 300, 0.3)]);
    expect(g.marks.map((m) => [m.id, m.pareto])).toEqual([[2, false], [0, true], [1, true], [3, true]]);
    expect(g.paretoLine.map((p) => p.x)).toEqual([...g.paretoLine.map((p) => p.x)].sort((a, b) => a - b));
    expect(g.paretoLine).toHaveLength(3);
    expect(g.better).toBe('lower');
  });

  it('labels only Pareto points when asked, or every point', () => {
    const marks = [mark(0, 200, 0.1), mark(1, 240, 0.2), mark(2, 260, 0.15)];
    expect(officers(marks).marks.filter((m) => m.label !== '').map((m) => m.label).sort()).toEqual(['P0', 'P1']);
    expect(officers(marks, { ...STYLE, labels: 'all' }).marks.filter((m) => m.label !== '')).toHaveLength(3);
  });

  it('gives points on one spot one label, and keeps labels off each other and off the dots', () => {
    const g = officers([mark(0, 200, 0.2), mark(1, 200, 0.2), mark(2, 200.3, 0.201), mark(3, 240, 0.3), mark(4, 215, 0.21)], { ...STYLE, labels: 'all' });
    const labelled = g.marks.filter((m) => m.label !== '');
    expect(labelled.map((m) => m.label).sort()).toEqual(['P0, P1, P2', 'P3', 'P4']);
    for (const a of labelled) {
      for (const b of g.marks) expect(overlap(a.labelBox!, { x0: b.x - 6, x1: b.x + 6, y0: b.y - 6, y1: b.y + 6 }), `${a.label} on P${b.id}`).toBe(false);
      for (const b of labelled) if (a !== b) expect(overlap(a.labelBox!, b.labelBox!)).toBe(false);
    }
  });

  it('keeps labels off the Pareto line', () => {
    const g = officers([0, 1, 2, 3].map((i) => ({ id: i, x: est(200 + 30 * i, 0), y: est(0.15 + 0.02 * i, 0.002), label: `P${i}` })));
    expect(g.paretoLine).toHaveLength(4);
    for (const m of g.marks.filter((q) => q.labelBox)) {
      for (let i = 1; i < g.paretoLine.length; i++) {
        const [a, b] = [g.paretoLine[i - 1], g.paretoLine[i]];
        for (let t = 0; t <= 1; t += 0.01) {
          const [x, y] = [a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t];
          const box = m.labelBox!;
          expect(x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1, `${m.label} at ${t}`).toBe(false);
        }
      }
    }
  });

  it('leaves out points without both means, and counts them', () => {
    const g = officers([mark(0, 200, 0.1), { id: 1, x: est(NaN), y: est(0.2), label: 'P1' }, mark(2, 240, 0.2)]);
    expect(g.marks.map((m) => m.id).sort()).toEqual([0, 2]);
    expect(g.omitted).toBe(1);
  });

  it('cuts whiskers at what the metric can be (a rate at 0 and 100%) and notes which ends were cut', () => {
    const g = officers([mark(0, 200, 0.05, 5, 0.2), mark(1, 240, 0.97, 5, 0.1)]);
    const low = g.marks.find((m) => m.id === 0)!;
    expect(low.boundY).toEqual([true, false]);
    expect(low.boundX).toEqual([false, false]);
    expect(low.clippedY).toEqual([false, false]);
    const zero = g.yTicks.find((t) => t.value === 0)!;
    expect(low.whiskerY![0]).toBeCloseTo(zero.pos, 9);
    const high = g.marks.find((m) => m.id === 1)!;
    expect(high.boundY).toEqual([false, true]);
    expect(high.whiskerY![1]).toBeCloseTo(g.yTicks.find((t) => t.value === 100)!.pos, 9);
    expect(g.boundCut).toBe(true);
    expect(officers([mark(0, 200, 0.1), mark(1, 240, 0.2)]).boundCut).toBe(false);
    expect(officers([{ id: 0, x: est(200, NaN), y: est(0.1, 0) , label: 'P0' }]).marks[0]).toMatchObject({ whiskerX: null, whiskerY: null });
  });

  it('keeps the current run out of the Pareto test, draws it last and labels it first', () => {
    const marks = [mark(0, 200, 0.1), mark(1, 240, 0.2), { id: -1, x: est(100, 0), y: est(0.5, 0), label: 'this run', current: true }];
    const g = officers(marks);
    expect(g.marks.at(-1)).toMatchObject({ id: -1, current: true, pareto: false, label: 'this run' });
    expect(g.marks.filter((m) => m.pareto).map((m) => m.id)).toEqual([0, 1]);
    const ring = g.marks.at(-1)!;
    expect(Math.abs(ring.labelX - ring.x)).toBeGreaterThanOrEqual(17);
  });

  it('titles the axes from the axis table and places ticks on them', () => {
    const g = frontierGeometry(FRONTIER_X.dollars, FRONTIER_Y.seizures, [mark(0, 27000, 12), mark(1, 30000, 15)], FRONTIER_SIZE, STYLE);
    expect([g.xTitle, g.yTitle]).toEqual(['Cost of officer time ($)', 'Contraband parcels seized (parcels)']);
    for (const t of g.xTicks) expect(t.pos >= g.plot.left && t.pos <= g.plot.right).toBe(true);
    expect(g.yTicks[0].text).toBe('0');
  });
});

// The pure parts of saving a chart as a picture: its file name (chart, preset, seed), the title
// and footer wrapped to the picture's width, the legend laid out in rows.
import { describe, expect, it } from 'vitest';
import { layoutLegend, wrapLines } from '../../../src/ui/charts/chartPng.js';
import { chartPngName } from '../../../src/ui/charts/pngName.js';

describe('chart pictures', () => {
  it('are named for the chart, the preset and the seed, safely', () => {
    expect(chartPngName('tradeoff', 'baseline', 1)).toBe('interdict-tradeoff-baseline-seed1.png');
    expect(chartPngName('interdiction', 'jfk-2018', 42)).toBe('interdict-interdiction-jfk-2018-seed42.png');
    expect(chartPngName('sweep-frontier', 'My scenario / "test"', 7)).toBe('interdict-sweep-frontier-my-scenario-test-seed7.png');
  });

  it('wrap words to the width, a long word on a line of its own', () => {
    const width = (t: string) => t.length;
    expect(wrapLines(width, 'Interdiction rate against screening delay', 20)).toEqual(['Interdiction rate', 'against screening', 'delay']);
    expect(wrapLines(width, 'Supercalifragilistic x', 5)).toEqual(['Supercalifragilistic', 'x']);
    expect(wrapLines(width, '', 5)).toEqual([]);
  });

  it('lay the legend out left to right, starting a row when the next entry would not fit', () => {
    const items = ['Seized (parcels/h)', 'Contraband seized so far (%)', 'x'].map((label) => ({ label, colour: '#000000' }));
    const placed = layoutLegend(items, (t) => 8 * t.length, 400);
    expect(placed.map((p) => [p.x, p.row])).toEqual([[0, 0], [0, 1], [30 + 8 * 28 + 18, 1]]);
  });
});

// The presets plot on the shared frontier geometry: presets named, presets on one spot sharing a
// label, the current run's marker placed among them without covering a name, and a note when the
// current run cannot be placed yet.
import { describe, expect, it } from 'vitest';
import { FRONTIER_X, type FrontierX } from '../../../src/experiments/index.js';
import type { PresetPoint } from '../../../src/experiments/presetPoints.js';
import { CURRENT, DEFAULT_SIZE, frontierLayout } from '../../../src/ui/charts/frontierLayout.js';

/** A preset's point; the delay and cost follow the screening delay given, as they roughly would. */
const point = (name: string, interdictionRate: number, releasedPerHour: number, screeningDelayParcelHours = 200, officerHours = 240): PresetPoint =>
  ({ name, interdictionRate, releasedPerHour, screeningDelayParcelHours, pulledDwellP95Hours: screeningDelayParcelHours / 100, officerHours, dollars: officerHours * 115, seizures: 1 });

const PRESETS = [
  point('baseline', 0.09, 12256, 165), point('short-staffed', 0.09, 12256.4, 165, 192), point('holiday-surge', 0.147, 16461, 567),
  point('jfk-2018', 0.084, 41349, 45), point('aed-gaps', 0.136, 12074, 2050), point('hold-failures', 0.13, 12257, 165),
];

const current = (l: ReturnType<typeof frontierLayout>) => l.marks.find((m) => m.id === CURRENT);

describe('presets plot layout', () => {
  it('names presets on the same spot in one label', () => {
    const l = frontierLayout(PRESETS, null, 'releasedPerHour');
    expect(l.marks.map((m) => m.label)).toContain('baseline, short-staffed');
    expect(l.marks.filter((m) => m.label !== '')).toHaveLength(5);
  });

  it('keeps every dot inside the plot, and no two names overlapping, on every x axis', () => {
    for (const metric of Object.keys(FRONTIER_X) as FrontierX[]) {
      const l = frontierLayout(PRESETS, point('this run', 0.1, 12300, 300, 200), metric);
      expect(current(l)?.label, metric).toBe('this run');
      for (const m of l.marks) {
        expect(m.x).toBeGreaterThanOrEqual(l.plot.left);
        expect(m.x).toBeLessThanOrEqual(l.plot.right);
        expect(m.y).toBeGreaterThanOrEqual(l.plot.top);
        expect(m.y).toBeLessThanOrEqual(l.plot.bottom);
      }
      const labelled = l.marks.filter((m) => m.label !== '');
      const boxes = labelled.map((m) => {
        const w = m.label.length * 7.4 + 4;
        const x0 = m.labelAnchor === 'start' ? m.labelX : m.labelX - w;
        return { x0, x1: x0 + w, y0: m.labelY - 13, y1: m.labelY + 4 };
      });
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${metric}: ${labelled[i].label} / ${labelled[j].label}`).toBe(false);
        }
      }
    }
  });

  it('puts higher rates higher, on a rate axis from 0 %, with the shared axis titles', () => {
    const l = frontierLayout(PRESETS, null, 'releasedPerHour');
    const y = (name: string) => l.marks.find((m) => PRESETS[m.id].name === name)!.y;
    expect(y('holiday-surge')).toBeLessThan(y('baseline'));
    expect(l.yTicks[0].text).toBe('0%');
    expect(l.yTitle).toBe('Interdiction rate (%)');
    expect(l.xTitle).toBe('Parcels released per hour (parcels/h)');
  });

  it('moves the current run with its numbers, and says when it cannot be placed yet', () => {
    const a = current(frontierLayout(PRESETS, point('this run', 0.1, 12300), 'releasedPerHour'))!;
    const b = current(frontierLayout(PRESETS, point('this run', 0.12, 30000), 'releasedPerHour'))!;
    expect(b.x).toBeGreaterThan(a.x);
    expect(b.y).toBeLessThan(a.y);
    const live = frontierLayout(PRESETS, point('this run (so far)', 0.1, 12300, Number.NaN), 'screeningDelayParcelHours');
    expect(current(live)).toBeUndefined();
    expect(live.currentNote).toBe('this run (so far): its screening delay is counted hour by hour, from the end of the first hour.');
    const early = frontierLayout(PRESETS, point('this run', Number.NaN, 100), 'releasedPerHour');
    expect(early.currentNote).toMatch(/no contraband has left the facility \(none seized, missed or detained\), so there is no interdiction rate to plot/);
  });

  it('never counts the current run among the presets on the frontier', () => {
    const l = frontierLayout(PRESETS, point('this run', 0.5, 80000), 'releasedPerHour');
    expect(current(l)!.pareto).toBe(false);
    expect(l.marks.at(-1)!.id).toBe(CURRENT);
    expect(l.marks.filter((m) => m.pareto).map((m) => PRESETS[m.id].name).sort()).toEqual(['holiday-surge', 'jfk-2018']);
  });

  it('widens the axes to include a current run far from the presets', () => {
    const l = frontierLayout(PRESETS, point('this run', 0.5, 80000), 'releasedPerHour');
    expect(current(l)!.x).toBeLessThanOrEqual(DEFAULT_SIZE.width - DEFAULT_SIZE.margin.right);
    expect(Number(l.yTicks.at(-1)!.text.replace('%', ''))).toBeGreaterThanOrEqual(50);
  });

  it('draws nothing misleading without presets', () => {
    const l = frontierLayout([], null, 'officerHours');
    expect(l.marks).toEqual([]);
    expect(l.paretoLine).toEqual([]);
    expect(l.xTicks.length).toBeGreaterThan(0);
  });
});

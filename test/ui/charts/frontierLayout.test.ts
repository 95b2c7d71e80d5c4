import { describe, expect, it } from 'vitest';
import type { PresetPoint } from '../../../src/experiments/presetPoints.js';
import { DEFAULT_SIZE, X_METRICS, frontierLayout, frontierOf } from '../../../src/ui/charts/frontierLayout.js';

/** A preset's point; the delay and cost follow the screening delay given, as they roughly would. */
const point = (name: string, interdictionRate: number, releasedPerHour: number, screeningDelayParcelHours = 200, officerHours = 240): PresetPoint =>
  ({ name, interdictionRate, releasedPerHour, screeningDelayParcelHours, pulledDwellP95Hours: screeningDelayParcelHours / 100, officerHours, dollars: officerHours * 115, seizures: 1 });

const PRESETS = [
  point('baseline', 0.09, 12256, 165), point('short-staffed', 0.09, 12256.4, 165, 192), point('holiday-surge', 0.147, 16461, 567),
  point('jfk-2018', 0.084, 41349, 45), point('aed-gaps', 0.136, 12074, 2050), point('hold-failures', 0.13, 12257, 165),
];

describe('frontier layout', () => {
  it('finds the presets no other beats on both axes', () => {
    const pts = [{ x: 1, y: 0.2 }, { x: 2, y: 0.1 }, { x: 0.5, y: 0.1 }, { x: 1, y: 0.15 }];
    expect(frontierOf(pts, 'higher')).toEqual([{ x: 1, y: 0.2 }, { x: 2, y: 0.1 }]);
    expect(frontierOf(pts, 'lower')).toEqual([{ x: 0.5, y: 0.1 }, { x: 1, y: 0.2 }]);
  });

  it('draws presets on the same spot as one dot with both names', () => {
    const l = frontierLayout(PRESETS, null, 'releasedPerHour');
    const shared = l.presets.find((p) => p.names.includes('baseline'))!;
    expect(shared.names).toEqual(['baseline', 'short-staffed']);
    expect(shared.label).toBe('baseline, short-staffed');
    expect(l.presets).toHaveLength(5);
  });

  it('keeps every dot and label inside the plot, and no two labels overlapping', () => {
    for (const metric of Object.keys(X_METRICS) as (keyof typeof X_METRICS)[]) {
      const l = frontierLayout(PRESETS, point('this run', 0.1, 12300, 300, 200), metric);
      const marks = [...l.presets, l.current!];
      for (const m of marks) {
        expect(m.x).toBeGreaterThanOrEqual(l.plot.left);
        expect(m.x).toBeLessThanOrEqual(l.plot.right);
        expect(m.y).toBeGreaterThanOrEqual(l.plot.top);
        expect(m.y).toBeLessThanOrEqual(l.plot.bottom);
      }
      const boxes = marks.map((m) => {
        const w = m.label.length * 7.4 + 4;
        const x0 = m.anchor === 'start' ? m.labelX : m.labelX - w;
        return { x0, x1: x0 + w, y0: m.labelY - 13, y1: m.labelY + 4 };
      });
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${metric}: ${marks[i].label} / ${marks[j].label}`).toBe(false);
        }
      }
    }
  });

  it('puts higher rates higher, and starts the rate axis at 0 %', () => {
    const l = frontierLayout(PRESETS, null, 'releasedPerHour');
    const y = (name: string) => l.presets.find((p) => p.names.includes(name))!.y;
    expect(y('holiday-surge')).toBeLessThan(y('baseline'));
    expect(l.yTicks[0].text).toBe('0%');
    expect(l.yLabel).toBe('Interdiction rate (%)');
    expect(l.xLabel).toBe('Released per hour (parcels/h)');
  });

  it('moves the current run with its numbers, and says when it cannot be placed yet', () => {
    const a = frontierLayout(PRESETS, point('this run', 0.1, 12300), 'releasedPerHour').current!;
    const b = frontierLayout(PRESETS, point('this run', 0.12, 30000), 'releasedPerHour').current!;
    expect(b.x).toBeGreaterThan(a.x);
    expect(b.y).toBeLessThan(a.y);
    const live = frontierLayout(PRESETS, point('this run (so far)', 0.1, 12300, Number.NaN), 'screeningDelayParcelHours');
    expect(live.current).toBeNull();
    expect(live.currentNote).toBe('this run (so far): its screening delay is known when the run ends.');
    const early = frontierLayout(PRESETS, point('this run', Number.NaN, 100), 'releasedPerHour');
    expect(early.currentNote).toMatch(/no contraband has left the facility yet/);
  });

  it('widens the axis to include a current run far from the presets', () => {
    const l = frontierLayout(PRESETS, point('this run', 0.5, 80000), 'releasedPerHour');
    expect(l.current!.x).toBeLessThanOrEqual(DEFAULT_SIZE.width - DEFAULT_SIZE.margin.right);
    expect(Number(l.yTicks.at(-1)!.text.replace('%', ''))).toBeGreaterThanOrEqual(50);
  });

  it('draws nothing misleading without presets', () => {
    const l = frontierLayout([], null, 'officerHours');
    expect(l.presets).toEqual([]);
    expect(l.frontier).toEqual([]);
    expect(l.xTicks.length).toBeGreaterThan(0);
  });
});

// The shipped preset points: every calibrated preset, in the plot's units, with 95% half-widths.
import { describe, expect, it } from 'vitest';
import { presetNames } from '../../../src/scenario/index.js';
import { PRESET_FIGURE_RUNS, shippedPresetPoints } from '../../../src/ui/points/presetFigures.js';

describe('shipped preset points', () => {
  const points = shippedPresetPoints();

  it('cover every preset but the teaching queue, from 10 runs of 7 days', () => {
    expect(points.map((p) => p.name)).toEqual(presetNames().filter((n) => n !== 'single-queue'));
    expect(PRESET_FIGURE_RUNS).toMatchObject({ replications: 10, days: 7 });
  });

  it('give the interdiction rate as a share and per-day delay, each with a half-width', () => {
    for (const p of points) {
      expect(p.interdictionRate).toBeGreaterThan(0);
      expect(p.interdictionRate).toBeLessThan(1);
      expect(p.halfWidths?.interdictionRate).toBeGreaterThan(0);
      expect(p.screeningDelayParcelHours).toBeGreaterThan(0);
      expect(p.halfWidths?.screeningDelayParcelHours).toBeGreaterThan(0);
    }
    const base = points.find((p) => p.name === 'baseline')!;
    const short = points.find((p) => p.name === 'short-staffed')!;
    expect(short.screeningDelayParcelHours).toBeGreaterThan(base.screeningDelayParcelHours); // the trade-off shows
    expect(short.interdictionRate).toBeLessThan(base.interdictionRate);
  });
});

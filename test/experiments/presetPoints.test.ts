import { describe, expect, it } from 'vitest';
import { computePresetPoints, pointFromResults } from '../../src/experiments/presetPoints.js';
import { runScenario } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';

describe('preset points', () => {
  it('reduce a run to the numbers the yield–throughput plot compares', () => {
    const r = runScenario(getPreset('single-queue').scenario, { seed: 1 });
    expect(pointFromResults('single-queue', r)).toEqual({
      name: 'single-queue',
      interdictionRate: r.contraband.interdictionRate,
      releasedPerHour: r.throughput.releasedPerHour,
      screeningDelayParcelHours: r.throughput.screeningDelayParcelHours,
      pulledDwellP95Hours: r.throughput.pulledDwell.p95Hours,
      officerHours: r.interdiction.officerHours,
      dollars: r.cost.dollars,
      seizures: r.parcels.seized,
    });
  });

  it('runs each preset with the same seed and reports progress', () => {
    const progress: string[] = [];
    const points = computePresetPoints(['baseline', 'jfk-2018'], 1, 1, (done, total, name) => progress.push(`${done}/${total} ${name}`));
    expect(points.map((p) => p.name)).toEqual(['baseline', 'jfk-2018']);
    expect(progress).toEqual(['1/2 baseline', '2/2 jfk-2018']);
    for (const p of points) {
      expect(p.interdictionRate).toBeGreaterThanOrEqual(0);
      expect(p.interdictionRate).toBeLessThanOrEqual(1);
      expect(p.releasedPerHour).toBeGreaterThan(1000);
      expect(p.officerHours).toBeGreaterThan(0);
    }
    // A pure function of (preset, seed, days): the same call gives the same points.
    expect(computePresetPoints(['baseline'], 1, 1)[0]).toEqual(points[0]);
  });

  it('leaves the teaching queue out by default', async () => {
    const { presetNames } = await import('../../src/scenario/index.js');
    const names = presetNames().filter((n) => n !== 'single-queue');
    expect(names).not.toContain('single-queue');
    expect(computePresetPoints.length).toBe(0); // every parameter has a default
  });
});

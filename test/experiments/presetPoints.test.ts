import { describe, expect, it } from 'vitest';
import { pointFromResults } from '../../src/experiments/presetPoints.js';
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
});

import { describe, expect, it } from 'vitest';
import { pointFromResults } from '../../src/experiments/presetPoints.js';
import { runScenario } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';

describe('preset points', () => {
  it('reduce a run to the numbers the yield–throughput plot compares', () => {
    const r = runScenario(getPreset('baseline').scenario, { seed: 1 });
    expect(r.contraband.seized + r.contraband.missed).toBeGreaterThan(0);
    expect(pointFromResults('baseline', r)).toEqual({
      name: 'baseline',
      interdictionRate: r.contraband.interdictionRate,
      releasedPerHour: r.throughput.releasedPerHour,
      screeningDelayParcelHours: r.throughput.screeningDelayParcelHours,
      pulledDwellP95Hours: r.throughput.pulledDwell.p95Hours,
      officerHours: r.interdiction.officerHours,
      dollars: r.cost.dollars,
      seizures: r.parcels.seized,
    });
  });

  it('give no interdiction rate (NaN, not 0%) to a run in which no contraband left the facility', () => {
    const r = runScenario(getPreset('single-queue').scenario, { seed: 1 });
    expect(r.contraband.seized + r.contraband.missed + r.contraband.detained).toBe(0);
    expect(r.contraband.interdictionRate).toBe(0); // the results' ratio of nothing
    expect(pointFromResults('single-queue', r).interdictionRate).toBeNaN();
  });
});

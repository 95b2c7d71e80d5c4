// Flattening results into metrics by dotted path: rules by id, no hourly table, seed, events or
// run settings, the same keys in the same order for every run, and known before any run.
import { describe, expect, it } from 'vitest';
import { flattenMetrics, metricNames } from '../../src/experiments/index.js';
import { runScenario } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';

describe('flattenMetrics', () => {
  const baseline = getPreset('baseline').scenario;
  const results = runScenario(baseline, { seed: 1, days: 1 });
  const metrics = flattenMetrics(results);

  it('names rules by id and stations and contraband types by name', () => {
    expect(metrics['interdiction.rules.aed-risk.hits']).toBe(results.interdiction.rules[0].hits);
    expect(metrics['interdiction.rules.random.pulled']).toBe(results.interdiction.rules[1].pulled);
    expect(metrics['stations.exam.meanWaitSeconds']).toBe(results.stations.exam.meanWaitSeconds);
    expect(metrics['contraband.seizedByType.fentanyl']).toBe(results.contraband.seizedByType.fentanyl);
    expect(metrics['contraband.interdictionRate']).toBe(results.contraband.interdictionRate);
  });

  it('leaves out the hourly table, the seed, the event count and the run settings', () => {
    for (const key of Object.keys(metrics)) {
      expect(key).not.toMatch(/^(hourly|seed|events|days|warmupDays|simulatedHours|scenario)\b/);
      expect(key).not.toBe('throughput.serviceStandardHours');
      expect(key).not.toMatch(/\.id$/);
    }
  });

  it('holds only finite numbers', () => {
    for (const v of Object.values(metrics)) expect(Number.isFinite(v)).toBe(true);
  });

  it('has the names metricNames gives before any run, in the same order', () => {
    expect(Object.keys(metrics)).toEqual(metricNames(baseline));
    const sq = getPreset('single-queue').scenario;
    expect(Object.keys(flattenMetrics(runScenario(sq, { seed: 2 })))).toEqual(metricNames(sq));
  });
});

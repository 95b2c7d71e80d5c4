// The run estimate: an upper bound on the work of a run, computed from the scenario alone, that
// grows with the run and names the fields that drive it.
import { describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/model/costEstimate.js';
import { Facility } from '../../src/model/index.js';
import { getPreset, presetNames, type Scenario } from '../../src/scenario/index.js';
import { variant } from './scenarios.js';

describe('estimateRun', () => {
  it.each(presetNames())('bounds the events and pieces of a real run of %s', (name) => {
    const scenario = getPreset(name).scenario;
    const f = new Facility(scenario, { seed: 1, days: 2 });
    f.runToEnd();
    const e = estimateRun(scenario, 2);
    expect(e.events).toBeGreaterThanOrEqual(f.kernel.fired);
    expect(e.pieces).toBeGreaterThanOrEqual(f.metrics.arrived * 0.9); // pieces tendered late in the run are still inside
    expect(e.peakInside).toBeGreaterThanOrEqual(f.parcels.live);
  });

  it('grows in proportion to the days', () => {
    const s = getPreset('baseline').scenario;
    const one = estimateRun(s, 1);
    const ten = estimateRun(s, 10);
    expect(ten.pieces).toBeCloseTo(10 * one.pieces, 6);
    expect(ten.seconds).toBeGreaterThan(9 * one.seconds);
  });

  it('names a rule that selects every piece as what drives a long run', () => {
    const s = variant('baseline', (x) => { x.targeting.rules.unshift({ id: 'everything', enabled: true, when: { kind: 'all' }, order: 'xray', hold: false }); });
    const e = estimateRun(s, 366);
    expect(e.drivers[0]).toBe('targeting.rules.0');
    expect(e.seconds).toBeGreaterThan(1800);
  });

  it('keeps a year of the biggest preset within a run a machine like ours can do', () => {
    const e = estimateRun(getPreset('jfk-2018').scenario, 366);
    expect(e.seconds).toBeLessThan(1800);
    expect(e.bytes).toBeLessThan(4e9);
  });
});

describe('changes during the run', () => {
  it('count at their most costly: a rule loosened later costs as if loose from the start', () => {
    const base = getPreset('baseline').scenario;
    const loosened = { ...base, changesDuringRun: [{ kind: 'rule' as const, atMinute: 600, rule: 'aed-risk', atLeast: 0.5 }] };
    const loose = structuredClone(base) as Scenario;
    const rule = loose.targeting.rules.find((r) => r.id === 'aed-risk')!;
    if (rule.when.kind === 'riskScore') rule.when.atLeast = 0.5;
    expect(estimateRun(loosened, 7).pulled).toBe(estimateRun(loose, 7).pulled);
    expect(estimateRun(loosened, 7).pulled).toBeGreaterThan(10 * estimateRun(base, 7).pulled);
  });
});

// A frontier point's tooltip (and accessible name): its parameters, its estimates with 95%
// intervals in the memo's words and units, a note when it is partial, and what a click opens.
import { describe, expect, it } from 'vitest';
import { computeFrontier } from '../../../src/experiments/index.js';
import { pointRun } from '../../../src/ui/experiments/pointRun.js';
import { parameterText, pointTooltip, tooltipText } from '../../../src/ui/experiments/pointTooltip.js';
import { sweepResult } from './fixtures.js';

describe('point tooltip', () => {
  it('lists parameters and estimates with intervals, the chosen axis first', () => {
    const result = sweepResult();
    const f = computeFrontier(result.points, 'officerHours');
    const t = pointTooltip(result, f.points[5], 'officerHours');
    expect(t.title).toBe(`Point 5${f.points[5].pareto ? ' · Pareto-optimal' : ''}`);
    expect(t.parameters).toEqual(['X-ray officers per shift: 4', 'Risk-score threshold (aed-risk rule): 0.999']);
    expect(t.values[0]).toMatch(/^Interdiction rate: \d+\.\d ± \d+\.\d %$/);
    expect(t.values[1]).toBe('Officer-hours on duty: 264.0 ± 0.0 h');
    expect(t.values.slice(2).map((v) => v.split(':')[0])).toEqual(['Parcels released per hour', 'Screening delay', "Pulled parcels' time, 95th percentile", 'Cost']);
    expect(t.values[3]).toMatch(/^Screening delay: [\d,.]+ ± [\d,.]+ parcel-hours$/);
    expect(t.values[5]).toMatch(/^Cost: [\d,.]+ ± [\d,.]+ US dollars$/);
    expect(t.note).toBeNull();
    expect(t.action).toBe('Click or press Enter to open it as a live run (seed 1).');
    expect(tooltipText(t)).toMatch(/^Point 5.*\. X-ray officers per shift: 4\. .*Click or press Enter to open it as a live run \(seed 1\)\.$/);
  });

  it('notes a point with fewer runs than planned', () => {
    const result = sweepResult((j) => j !== 0 && j !== 1);
    const t = pointTooltip(result, result.frontier.points[0], 'releasedPerHour');
    expect(t.note).toBe('Partial: 1 of 3 runs finished, too few for an interval.');
    expect(t.values[0]).not.toContain('±');
  });

  it('writes factors and lists the way a person reads them', () => {
    expect(parameterText(0.5, true)).toBe('×0.5');
    expect(parameterText(3, false)).toBe('3');
    expect(parameterText([2, 2], false)).toBe('[2, 2]');
  });
});

describe('point run', () => {
  it('opens the point\'s scenario with the sweep\'s first seed and run length', () => {
    const result = sweepResult();
    const run = pointRun(result, 5);
    expect(run?.seed).toBe(1);
    expect(run?.scenario.stations.xray.officersByShift).toEqual([4, 4]);
    expect(run?.scenario.targeting.rules.find((r) => r.id === 'aed-risk')?.when).toEqual({ kind: 'riskScore', atLeast: 0.999 });
    expect(run?.scenario.days).toBe(1);
    expect(pointRun(result, 99)).toBeNull();
  });
});

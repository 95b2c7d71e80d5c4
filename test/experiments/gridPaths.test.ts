// Dotted paths into a scenario: fields, list positions, `*`, and rules by id, with messages that
// say what does exist when a path does not.
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../src/experiments/index.js';
import { getPreset } from '../../src/scenario/index.js';

const baseline = getPreset('baseline').scenario;
const paths = (path: string) => {
  const r = resolvePath(baseline, path);
  return r.ok ? r.targets.map((t) => t.path) : r.message;
};

describe('resolvePath', () => {
  it('reaches a field, a list entry and every entry with *', () => {
    expect(paths('stations.xray.lanes')).toEqual(['stations.xray.lanes']);
    expect(paths('stations.xray.officersByShift.1')).toEqual(['stations.xray.officersByShift.1']);
    expect(paths('stations.xray.officersByShift.*')).toEqual(['stations.xray.officersByShift.0', 'stations.xray.officersByShift.1']);
    expect(paths('contraband.*.perMillion')).toHaveLength(8);
  });

  it('addresses rules by id, whatever their position', () => {
    const r = resolvePath(baseline, 'targeting.rules.random.when.rate');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.targets[0].path).toBe('targeting.rules.random.when.rate');
    expect(r.targets[0].parent).toBe(baseline.targeting.rules[1].when);
    expect(paths('targeting.rules.*.enabled')).toEqual(baseline.targeting.rules.map((rule) => `targeting.rules.${rule.id}.enabled`));
  });

  it('names what exists when a path does not resolve', () => {
    expect(paths('stations.xray.oficers')).toBe("no field 'oficers' in stations.xray (fields: enabled, lanes, officersByShift, serviceSeconds, detection, falseAlarm, vigilance)");
    expect(paths('targeting.rules.aed.when')).toMatch(/^no rule with id 'aed' in targeting.rules \(ids: aed-risk, random, hr-sweep, /);
    expect(paths('targeting.rules.0.enabled')).toMatch(/^address rules by id, not position/);
    expect(paths('targeting.rules.random.when.atLeast')).toBe("no field 'atLeast' in targeting.rules.random.when (fields: kind, rate)");
    expect(paths('stations.xray.officersByShift.2')).toBe('stations.xray.officersByShift has 2 entries (0 to 1); there is no entry 2');
    expect(paths('stations.xray.officersByShift.first')).toMatch(/is a list: use a position 0 to 1 or \*/);
    expect(paths('days.x')).toBe("days is a number (1), which has no field 'x'");
    expect(paths('stations..xray')).toMatch(/empty part/);
  });
});

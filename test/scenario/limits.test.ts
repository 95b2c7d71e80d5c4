// The physical upper bounds (src/scenario/limits.ts): the values that once crashed, hung or
// exhausted memory in a run are refused by validation, each naming its field, and every bound is
// in the JSON Schema. The bounds leave every preset valid.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/scenario/limits.js';
import { baselineScenario } from '../../src/scenario/presets/baseline.js';
import { parseScenario, type ScenarioError } from '../../src/scenario/validate.js';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';

/** Sets `path` (dots) in a fresh baseline to `value`, and returns the errors. */
function errorsWith(path: string, value: unknown): ScenarioError[] {
  const s: any = baselineScenario();
  const keys = path.split('.');
  let o = s;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys[keys.length - 1]] = value;
  const r = parseScenario(s);
  return r.ok ? [] : r.errors;
}

describe('the physical bounds', () => {
  // The hardening report's examples: each once crashed, hung or exhausted memory.
  it.each([
    ['stations.canine.restMinutes', 1e308],
    ['targeting.holds.searchMinutes', { kind: 'exponential', mean: 1e308 }],
    ['stations.exam.serviceMinutes', { kind: 'uniform', min: 0, max: 1e308 }],
    ['stations.exam.serviceMinutes', { kind: 'lognormal', median: 1e308, sigma: 1e308 }],
    ['stations.xray.lanes', 1e7],
    ['stations.xray.officersByShift', [1e7, 1e7]],
    ['arrivals.piecesPerDay', 1e308],
    ['arrivals.piecesPerDay', 1e9],
    ['stations.canine.workMinutes', 1e-9],
    ['contraband.fentanyl.perMillion', 2e6],
    ['shifts.0.breakMinutes', 1e308],
    ['riskScore.separation', 1e308],
  ])('refuses %s = %j, naming the field', (path, value) => {
    const errors = errorsWith(path, value);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.path === path || e.path.startsWith(`${path}.`))).toBe(true);
  });

  it('refuses a flight hour of a billion flights', () => {
    const s: any = baselineScenario();
    s.arrivals.flightsByHour[5] = 1e9;
    const r = parseScenario(s);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['arrivals.flightsByHour.5']);
  });

  it('checks a lognormal by its mean, not only its median', () => {
    const errors = errorsWith('stations.exam.serviceMinutes', { kind: 'lognormal', median: 10, sigma: 4.9 });
    expect(errors).toEqual([{ path: 'stations.exam.serviceMinutes', message: `its mean, median × e^(sigma²/2), must be <= ${LIMITS.serviceMinutes}` }]);
    expect(errorsWith('stations.exam.serviceMinutes', { kind: 'lognormal', median: 10, sigma: 1 })).toEqual([]);
  });

  it('keeps all contraband types together at most every piece', () => {
    const s: any = baselineScenario();
    for (const k of Object.values(s.contraband) as { perMillion: number }[]) k.perMillion = 200_000;
    const r = parseScenario(s);
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'contraband', message: 'perMillion values sum to 1600000: at most 1,000,000 (every piece) in total' }]);
  });

  it('keeps a break shorter than its shift', () => {
    expect(errorsWith('shifts.0.breakMinutes', 480)).toEqual([
      { path: 'shifts.0.breakMinutes', message: 'a break of 480 min does not fit in a 8-hour shift: it must be shorter than the shift' },
    ]);
    expect(errorsWith('shifts.0.breakMinutes', 479)).toEqual([]);
  });

  it('refuses more rules than the model checks per parcel in bounded time', () => {
    const s: any = baselineScenario();
    s.targeting.rules = Array.from({ length: LIMITS.rules + 1 }, (_, i) => ({ id: `r${i}`, enabled: true, when: { kind: 'all' }, order: 'xray', hold: false }));
    const r = parseScenario(s);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toContain('targeting.rules');
  });

  it('puts the bounds in the JSON Schema', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    expect(text).toContain(`"maximum":${LIMITS.piecesPerDay}`);
    expect(text).toContain(`"maximum":${LIMITS.lanes}`);
  });
});

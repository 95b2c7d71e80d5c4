// parseScenario, loadScenarioJson and formatErrors: every problem is reported, with its dotted path
// and a plain-English message (docs/architecture.md rule 5), and a valid scenario comes back frozen.
import { describe, expect, it } from 'vitest';
import { baselineScenario } from '../../src/scenario/presets/baseline.js';
import { formatErrors, loadScenarioJson, parseScenario, type ScenarioError } from '../../src/scenario/validate.js';

/** A valid scenario as an untyped value, ready to be broken in one place. */
function valid(): any {
  return baselineScenario();
}

function errorsOf(input: unknown): ScenarioError[] {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
}

describe('parseScenario: the input as a whole', () => {
  it('accepts a valid scenario', () => {
    const r = parseScenario(valid());
    expect(r.ok).toBe(true);
  });

  it('rejects an array with one root error', () => {
    expect(errorsOf([])).toEqual([{ path: '(root)', message: 'a scenario must be a JSON object, got an array' }]);
  });

  it('rejects a string and null', () => {
    expect(errorsOf('baseline')).toEqual([{ path: '(root)', message: 'a scenario must be a JSON object, got a string' }]);
    expect(errorsOf(null)).toEqual([{ path: '(root)', message: 'a scenario must be a JSON object, got null' }]);
  });

  it('returns a deep-frozen copy and leaves the input alone', () => {
    const input = valid();
    const r = parseScenario(input);
    if (!r.ok) throw new Error(formatErrors(r.errors));
    expect(Object.isFrozen(r.scenario)).toBe(true);
    expect(Object.isFrozen(r.scenario.stations.xray.officersByShift)).toBe(true);
    expect(Object.isFrozen(r.scenario.targeting.rules[0].when)).toBe(true);
    expect(() => {
      (r.scenario.stations.xray.officersByShift as number[])[0] = 99;
    }).toThrow(TypeError);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('accepts an off-site lab', () => {
    const s = valid();
    s.stations.lab.onSite = false;
    expect(parseScenario(s).ok).toBe(true);
  });
});

describe('parseScenario: schema problems, in plain English', () => {
  it('reports an unknown field at the path of the key itself', () => {
    const s = valid();
    s.stations.xray.foo = 1;
    s.colour = 'red';
    const errors = errorsOf(s);
    expect(errors).toContainEqual({ path: 'stations.xray.foo', message: "unknown field 'foo'" });
    expect(errors).toContainEqual({ path: 'colour', message: "unknown field 'colour'" });
  });

  it('names the expected and the given type', () => {
    const s = valid();
    s.serviceStandardHours = '24';
    expect(errorsOf(s)).toEqual([{ path: 'serviceStandardHours', message: 'expected number, got string' }]);
  });

  it('reports negative staff as "must be >= 0"', () => {
    const s = valid();
    s.stations.xray.officersByShift[0] = -1;
    expect(formatErrors(errorsOf(s))).toBe('stations.xray.officersByShift.0: must be >= 0');
  });

  it('reports a probability above 1 as "must be <= 1"', () => {
    const s = valid();
    s.targeting.holds.presentProbability = 1.5;
    expect(errorsOf(s)).toEqual([{ path: 'targeting.holds.presentProbability', message: 'must be <= 1' }]);
  });

  it('reports a non-positive value as "must be > 0"', () => {
    const s = valid();
    s.stations.induction.parcelsPerHourPerLine = 0;
    expect(errorsOf(s)).toEqual([{ path: 'stations.induction.parcelsPerHourPerLine', message: 'must be > 0' }]);
  });

  it('reports a fractional count as not a whole number', () => {
    const s = valid();
    s.stations.exam.lanes = 7.5;
    expect(errorsOf(s)).toEqual([{ path: 'stations.exam.lanes', message: 'must be a whole number, got 7.5' }]);
  });

  it('reports a missing field as "is required"', () => {
    const s = valid();
    delete s.stations.canine.falseAlert;
    expect(errorsOf(s)).toEqual([{ path: 'stations.canine.falseAlert', message: 'is required' }]);
  });

  it('lists the allowed values of an enum', () => {
    const s = valid();
    s.shiftEndRule = 'stop';
    s.targeting.rules[0].order = 'canine';
    const errors = errorsOf(s);
    expect(errors).toContainEqual({ path: 'shiftEndRule', message: 'must be one of: finish, handover' });
    expect(errors).toContainEqual({ path: 'targeting.rules.0.order', message: 'must be one of: xray, ct, exam' });
  });

  it('lists the allowed kinds when a discriminator is wrong', () => {
    const s = valid();
    s.targeting.rules[1].when = { kind: 'coinFlip', rate: 0.5 };
    const [error] = errorsOf(s);
    expect(error.path).toBe('targeting.rules.1.when');
    expect(error.message).toMatch(/^kind must be one of: riskScore, origin, noAedHighRisk, declared, random, receptacleSweep, all/);
    expect(error.message).toContain("'coinFlip'");
  });

  it('reports a wrong field inside a rule condition by its full path', () => {
    const s = valid();
    s.targeting.rules[1].when.rate = -0.1;
    expect(errorsOf(s)).toEqual([{ path: 'targeting.rules.1.when.rate', message: 'must be >= 0' }]);
  });

  it('says the flight schedule is empty when every hour has zero flights', () => {
    const s = valid();
    s.arrivals.flightsByHour = new Array(24).fill(0);
    const errors = errorsOf(s);
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('arrivals.flightsByHour');
    expect(errors[0].message).toMatch(/flight schedule/);
  });

  it('reports a schedule of the wrong length', () => {
    const s = valid();
    s.arrivals.flightsByHour = [1, 2, 3];
    expect(errorsOf(s)).toContainEqual({ path: 'arrivals.flightsByHour', message: 'must have exactly 24 entries' });
  });

  it('keeps the schema\'s own explanations (distribution order, id pattern)', () => {
    const s = valid();
    s.stations.exam.serviceMinutes = { kind: 'triangular', min: 10, mode: 5, max: 20 };
    s.name = '2018 mode';
    const errors = errorsOf(s);
    expect(errors).toContainEqual({ path: 'stations.exam.serviceMinutes', message: 'needs min <= mode <= max' });
    expect(errors).toContainEqual({ path: 'name', message: 'must be letters, digits, - or _, starting with a letter' });
  });

  it('reports every problem at once, not just the first', () => {
    const s = valid();
    s.days = 0;
    s.stations.xray.officersByShift[1] = -2;
    s.stations.ct.falseAlarm = 2;
    s.mix.weightKg = { kind: 'gamma', shape: 2 };
    s.stations.canine.extra = true;
    expect(errorsOf(s).map((e) => e.path)).toEqual(
      expect.arrayContaining(['days', 'stations.xray.officersByShift.1', 'stations.ct.falseAlarm', 'mix.weightKg', 'stations.canine.extra']),
    );
    expect(errorsOf(s)).toHaveLength(5);
  });
});

describe('parseScenario: cross-field checks', () => {
  it('reports origin shares that do not sum to 1', () => {
    const s = valid();
    s.mix.origins[0].share = 0.65; // 0.75 -> 0.65: the shares now sum to 0.9
    expect(errorsOf(s)).toEqual([{ path: 'mix.origins', message: 'shares sum to 0.9, must sum to 1' }]);
  });

  it('checks mail-type shares and both declared columns separately', () => {
    const s = valid();
    s.mix.mailTypes[0].share = 0.7;
    s.mix.declared[0].contrabandShare = 0.5;
    expect(errorsOf(s)).toEqual([
      { path: 'mix.mailTypes', message: 'shares sum to 1.1, must sum to 1' },
      { path: 'mix.declared', message: 'contrabandShare values sum to 0.95, must sum to 1' },
    ]);
  });

  it('keeps a shift and its overtime within a day', () => {
    const s = valid();
    s.shifts[0].hours = 12;
    s.overtime.maxHours = 13;
    expect(errorsOf(s)).toEqual([{ path: 'overtime.maxHours', message: 'with the longest shift of 12 h, overtime can be at most 12 h (a shift and its overtime must fit in a day)' }]);
    s.overtime.maxHours = 12;
    expect(parseScenario(s).ok).toBe(true);
  });

  it('tolerates floating-point rounding in the sums', () => {
    const s = valid();
    s.mix.mailTypes = [0.1, 0.2, 0.3, 0.4].map((share, i) => ({ name: `t${i}`, share, prevalenceMultiplier: 1 }));
    expect(parseScenario(s).ok).toBe(true);
  });

  it('needs one staffing entry per shift at every station and for the dogs', () => {
    const s = valid();
    s.stations.exam.officersByShift = [6];
    s.stations.canine.teamsByShift = [1, 1, 1];
    const errors = errorsOf(s);
    expect(errors).toEqual([
      { path: 'stations.exam.officersByShift', message: 'needs one entry per shift (2: day, evening), got 1' },
      { path: 'stations.canine.teamsByShift', message: 'needs one entry per shift (2: day, evening), got 3' },
    ]);
  });

  it('rejects an enabled rule that orders a disabled station, or one with no lanes', () => {
    const s = valid();
    s.stations.exam.enabled = false; // the 'aed-risk' and 'random' rules (0 and 1) order exam
    expect(errorsOf(s)).toEqual([0, 1].map((i) => ({ path: `targeting.rules.${i}.order`, message: 'orders exam, but stations.exam is disabled' })));
    const t = valid();
    t.stations.exam.lanes = 0;
    expect(errorsOf(t)).toEqual([0, 1].map((i) => ({ path: `targeting.rules.${i}.order`, message: 'orders exam, but stations.exam has 0 lanes' })));
  });

  it('lets a disabled rule name a disabled station (a toggle kept for later)', () => {
    const s = valid();
    s.stations.ct.enabled = false;
    s.targeting.rules[3].order = 'ct'; // 'no-aed-hr', disabled in the baseline
    expect(parseScenario(s).ok).toBe(true);
  });

  it('rejects duplicate rule ids, origin codes, mail types, declared names and shift names', () => {
    const s = valid();
    s.targeting.rules[2].id = 'aed-risk';
    s.mix.origins[1].code = 'CN';
    s.mix.mailTypes[1].name = 'packet';
    s.mix.declared[2].name = 'goods';
    s.shifts[1].name = 'day';
    expect(errorsOf(s)).toEqual([
      { path: 'mix.origins.1.code', message: "duplicate origin code 'CN' (also at mix.origins.0)" },
      { path: 'mix.mailTypes.1.name', message: "duplicate mail type 'packet' (also at mix.mailTypes.0)" },
      { path: 'mix.declared.2.name', message: "duplicate declared category 'goods' (also at mix.declared.0)" },
      { path: 'shifts.1.name', message: "duplicate shift name 'day' (also at shifts.0)" },
      { path: 'targeting.rules.2.id', message: "duplicate rule id 'aed-risk' (also at targeting.rules.0)" },
    ]);
  });

  it('rejects rule origin codes and declared names that the mix does not have', () => {
    const s = valid();
    s.targeting.rules.push(
      { id: 'asia', enabled: true, when: { kind: 'origin', in: ['CN', 'JP'] }, order: 'xray', hold: true },
      { id: 'toys', enabled: false, when: { kind: 'declared', in: ['toys'] }, order: 'xray', hold: true },
    );
    expect(errorsOf(s)).toEqual([
      { path: 'targeting.rules.5.when.in.1', message: "unknown origin 'JP'; mix.origins has: CN, HK, OTHER_HR, EU, ROW" },
      { path: 'targeting.rules.6.when.in.0', message: "unknown declared category 'toys'; mix.declared has: goods, gift, documents, medicine" },
    ]);
  });

  it("rejects a risk-score rule's declared filter naming a category the mix does not have, enabled or not", () => {
    const s = valid();
    s.targeting.rules.push(
      { id: 'risky-medicine', enabled: true, when: { kind: 'riskScore', atLeast: 0.99, declared: ['medicine', 'vitamins'] }, order: 'xray', hold: true },
      { id: 'risky-toys', enabled: false, when: { kind: 'riskScore', atLeast: 0.99, declared: ['toys'] }, order: 'xray', hold: true },
    );
    expect(errorsOf(s)).toEqual([
      { path: 'targeting.rules.5.when.declared.1', message: "unknown declared category 'vitamins'; mix.declared has: goods, gift, documents, medicine" },
      { path: 'targeting.rules.6.when.declared.0', message: "unknown declared category 'toys'; mix.declared has: goods, gift, documents, medicine" },
    ]);
  });

  it('accepts a risk-score rule whose declared filter names known categories, and one without a filter', () => {
    const s = valid();
    s.targeting.rules.push(
      { id: 'risky-gifts', enabled: true, when: { kind: 'riskScore', atLeast: 0.99, declared: ['gift', 'medicine'] }, order: 'xray', hold: true },
      { id: 'risky-any', enabled: true, when: { kind: 'riskScore', atLeast: 0.99 }, order: 'xray', hold: true },
    );
    expect(parseScenario(s).ok).toBe(true);
  });

  it('reports all cross-field problems together', () => {
    const s = valid();
    s.mix.origins[0].share = 0.5;
    s.stations.xray.officersByShift = [4];
    s.targeting.rules[1].id = 'aed-risk';
    expect(errorsOf(s).map((e) => e.path)).toEqual(['mix.origins', 'targeting.rules.1.id', 'stations.xray.officersByShift']);
  });

  it('checks changes during the run against the shifts, stations and rules they name', () => {
    const s = valid();
    s.stations.ct.enabled = false;
    s.changesDuringRun = [
      { kind: 'officers', atMinute: 60, station: 'exam', shift: 2, officers: 4 },
      { kind: 'officers', atMinute: 60, station: 'ct', shift: 0, officers: 4 },
      { kind: 'rule', atMinute: 90, rule: 'nope', enabled: false },
      { kind: 'rule', atMinute: 90, rule: 'random', atLeast: 0.5 },
      { kind: 'officers', atMinute: 120, station: 'exam', shift: 1, officers: 4 },
      { kind: 'rule', atMinute: 120, rule: 'aed-risk', atLeast: 0.99, enabled: false },
    ];
    expect(errorsOf(s)).toEqual([
      { path: 'changesDuringRun.0.shift', message: 'there is no shift 2: shifts are numbered 0 to 1' },
      { path: 'changesDuringRun.1.station', message: 'stations.ct is disabled, so its staffing cannot change' },
      { path: 'changesDuringRun.2.rule', message: expect.stringMatching(/^unknown rule 'nope'; targeting.rules has: aed-risk, /) },
      { path: 'changesDuringRun.3.atLeast', message: "rule 'random' has no threshold (it is a random rule)" },
    ]);
  });

  it('refuses a change during the run that changes nothing, or falls at a fractional minute', () => {
    const s = valid();
    s.changesDuringRun = [{ kind: 'rule', atMinute: 1, rule: 'aed-risk' }];
    expect(errorsOf(s)).toEqual([{ path: 'changesDuringRun.0', message: 'needs enabled, atLeast or both' }]);
    s.changesDuringRun = [{ kind: 'rule', atMinute: 1.5, rule: 'aed-risk', enabled: false }];
    expect(errorsOf(s).map((e) => e.path)).toEqual(['changesDuringRun.0.atMinute']);
  });

  it('runs only once the schema passes', () => {
    const s = valid();
    s.mix.origins[0].share = 0.5; // a cross-field problem...
    s.days = -1; // ...hidden behind a schema problem
    expect(errorsOf(s)).toEqual([{ path: 'days', message: 'must be >= 1' }]);
  });
});

describe('loadScenarioJson', () => {
  it('parses and validates JSON text', () => {
    expect(loadScenarioJson(JSON.stringify(valid())).ok).toBe(true);
    expect(loadScenarioJson('[1, 2]')).toEqual({ ok: false, errors: [{ path: '(root)', message: 'a scenario must be a JSON object, got an array' }] });
  });

  it('reports a syntax error with its position, line and column', () => {
    const r = loadScenarioJson('{\n  "days": ,\n}');
    expect(r).toEqual({ ok: false, errors: [{ path: '(root)', message: "not valid JSON: Unexpected token ',' at position 12 (line 2, column 11)" }] });
  });

  it('reports truncated text', () => {
    const r = loadScenarioJson('{"days": 1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/^not valid JSON: .* at position 10 \(line 1, column 11\)$/);
  });
});

describe('formatErrors', () => {
  it('gives one "path: message" line per error', () => {
    expect(
      formatErrors([
        { path: 'stations.xray.officersByShift.1', message: 'must be >= 0' },
        { path: '(root)', message: 'a scenario must be a JSON object, got an array' },
      ]),
    ).toBe('stations.xray.officersByShift.1: must be >= 0\n(root): a scenario must be a JSON object, got an array');
  });
});

// The share link: preset + changes + seed + days in the URL fragment; every tampered link refused by name.
import { describe, expect, it } from 'vitest';
import { getPreset, presetNames, type Scenario } from '../../../src/scenario/index.js';
import { encodeBase64Url } from '../../../src/ui/share/base64url.js';
import { decodeShareLink, encodeShareLink, MAX_LINK_CHARS } from '../../../src/ui/share/shareLink.js';
import { runFromLink } from '../../../src/ui/share/runFromLink.js';

function modified(): Scenario {
  const s = structuredClone(getPreset('baseline').scenario) as Scenario;
  s.stations.exam.officersByShift[0] = 1;
  s.targeting.rules[1].enabled = false;
  s.contraband.fentanyl.perMillion = 12.5;
  s.targeting.holds.presentProbability = 0.58;
  const origin = s.targeting.rules.find((r) => r.when.kind === 'declared')!;
  if (origin.when.kind === 'declared') origin.when.in = ['medicine', 'gift'];
  return s;
}

/** A link to the baseline with these raw changes (already JSON text). */
function linkWithChanges(json: string): string {
  return `#preset=baseline&seed=1&days=1&changes=${encodeBase64Url(json)}`;
}

function problemOf(fragment: string): string {
  const r = decodeShareLink(fragment);
  if (r.ok) throw new Error(`expected a refusal for ${fragment.slice(0, 80)}`);
  return r.problem;
}

describe('share link', () => {
  it.each(presetNames())('round-trips preset %s unchanged, with no changes parameter', (name) => {
    const spec = { preset: name, scenario: getPreset(name).scenario, seed: 7, days: 2 };
    const fragment = encodeShareLink(spec);
    expect(fragment).not.toContain('changes=');
    expect(decodeShareLink(`#${fragment}`)).toEqual({ ok: true, spec });
  });

  it('round-trips a modified scenario exactly, carrying only the changed paths', () => {
    const spec = { preset: 'baseline', scenario: modified(), seed: 123456789, days: 3 };
    const fragment = encodeShareLink(spec);
    expect(fragment.length).toBeLessThan(400);
    const r = decodeShareLink(fragment);
    expect(r.ok && r.spec).toEqual(spec);
  });

  it('round-trips changes relative to a preset other than the baseline', () => {
    const s = structuredClone(getPreset('jfk-2018').scenario) as Scenario;
    s.stations.xray.lanes = 4;
    const r = decodeShareLink(encodeShareLink({ preset: 'jfk-2018', scenario: s, seed: 1, days: 1 }));
    expect(r.ok && r.spec?.scenario).toEqual(s);
  });

  it('reads an empty fragment as no link at all', () => {
    expect(decodeShareLink('')).toEqual({ ok: true, spec: null });
    expect(decodeShareLink('#')).toEqual({ ok: true, spec: null });
  });

  it('refuses a fragment over 20 kB unread, saying how long it is', () => {
    const huge = `#preset=baseline&seed=1&days=1&changes=${'A'.repeat(MAX_LINK_CHARS)}`;
    expect(problemOf(huge)).toBe('the link is too long (21 kB; the limit is 20 kB)');
  });

  it('refuses unknown and repeated parameters', () => {
    expect(problemOf('#preset=baseline&seed=1&days=1&run=alert(1)')).toBe("the link has an unknown parameter 'run'");
    expect(problemOf('#preset=baseline&preset=jfk-2018&seed=1&days=1')).toBe("the link gives 'preset' more than once");
  });

  it('refuses a missing or unknown preset, naming the known ones', () => {
    expect(problemOf('#seed=1&days=1')).toBe("the link names no preset ('preset=...')");
    expect(problemOf('#preset=<img src=x onerror=alert(1)>&seed=1&days=1')).toMatch(
      /^the link names an unknown preset '<img src=x onerror=alert\(1\)>' \(known presets: baseline, jfk-2018/,
    );
  });

  it('refuses a bad seed or days', () => {
    expect(problemOf('#preset=baseline&seed=-4&days=1')).toMatch(/^the link's seed must be a whole number/);
    expect(problemOf('#preset=baseline&days=1')).toMatch(/^the link's seed must be a whole number/);
    expect(problemOf('#preset=baseline&seed=1&days=0')).toBe("the link's days must be a whole number from 1 to 366");
    expect(problemOf('#preset=baseline&seed=1&days=9999')).toBe("the link's days must be a whole number from 1 to 366");
  });

  it('refuses changes that are not base64url, or not UTF-8 inside', () => {
    expect(problemOf('#preset=baseline&seed=1&days=1&changes=eyJ*')).toBe("the link's changes are not valid base64url text");
    expect(problemOf('#preset=baseline&seed=1&days=1&changes=A')).toBe("the link's changes are not valid base64url text");
    expect(problemOf('#preset=baseline&seed=1&days=1&changes=_w')).toBe("the link's changes are not valid base64url text");
  });

  it('refuses changes that are not JSON, or not an object of paths', () => {
    expect(problemOf(linkWithChanges('{"stations.xray.lanes": 3'))).toBe("the link's changes are not valid JSON");
    expect(problemOf(linkWithChanges('[1,2]'))).toBe("the link's changes are refused: the changes must be a JSON object of setting paths");
  });

  it('refuses unknown settings, including prototype keys', () => {
    expect(problemOf(linkWithChanges('{"stations.xray.turbo": true}'))).toBe("the link's changes are refused: unknown setting 'stations.xray.turbo'");
    expect(problemOf(linkWithChanges('{"__proto__": {"polluted": 1}}'))).toBe("the link's changes are refused: unknown setting '__proto__'");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown keys inside a replaced object, by the scenario validation', () => {
    const json = JSON.stringify({ 'stations.xray': { ...getPreset('baseline').scenario.stations.xray, turbo: true } });
    expect(problemOf(linkWithChanges(json))).toBe("the link's scenario is invalid: stations › xray › turbo: unknown field 'turbo'");
  });

  it("refuses a scenario the model refuses, with the model's path and reason", () => {
    expect(problemOf(linkWithChanges('{"stations.xray.officersByShift.0": -1}'))).toBe(
      "the link's scenario is invalid: X-ray: officers on the day shift: must be 0 or more",
    );
    expect(problemOf(linkWithChanges('{"stations.xray.lanes": "<b>2</b>"}'))).toBe(
      "the link's scenario is invalid: X-ray: lanes: expected number, got string",
    );
  });

  it('lists at most three problems and counts the rest', () => {
    const json = JSON.stringify({ 'contraband.pills.perMillion': -1, 'contraband.meth.perMillion': -1, 'contraband.other.perMillion': -1, 'contraband.fentanyl.perMillion': -1 });
    expect(problemOf(linkWithChanges(json))).toMatch(/\(and 1 more\)$/);
  });

  it('never leaves the presets modified', () => {
    const before = JSON.stringify(getPreset('baseline').scenario);
    decodeShareLink(encodeShareLink({ preset: 'baseline', scenario: modified(), seed: 1, days: 1 }));
    expect(JSON.stringify(getPreset('baseline').scenario)).toBe(before);
  });
});

describe('share link: changes made while the run went', () => {
  const during = [
    { kind: 'officers', atMinute: 421, station: 'exam', shift: 0, officers: 2 },
    { kind: 'rule', atMinute: 600, rule: 'aed-risk', atLeast: 0.99 },
  ] as const;
  const withDuring = (): Scenario => ({ ...getPreset('baseline').scenario, changesDuringRun: [...during] });

  it('carries them in their own parameter, and the link reads back the same scenario', () => {
    const link = encodeShareLink({ preset: 'baseline', scenario: withDuring(), seed: 3, days: 2 });
    expect(link).toMatch(/^preset=baseline&seed=3&days=2&during=[A-Za-z0-9_-]+$/);
    const back = decodeShareLink(link);
    expect(back.ok && back.spec?.scenario).toEqual(withDuring());
  });

  it('keeps them apart from changed settings', () => {
    const scenario = { ...withDuring(), serviceStandardHours: 48 };
    const link = encodeShareLink({ preset: 'baseline', scenario, seed: 1, days: 1 });
    expect(link).toContain('changes=');
    const back = decodeShareLink(link);
    expect(back.ok && back.spec?.scenario).toEqual(scenario);
  });

  it('refuses a list that is not one, and a change the scenario cannot make, in words', () => {
    const notList = decodeShareLink(`preset=baseline&seed=1&days=1&during=${encodeBase64Url('{"a":1}')}`);
    expect(notList).toEqual({ ok: false, problem: "the link's changes during the run are not a list" });
    const badShift = decodeShareLink(`preset=baseline&seed=1&days=1&during=${encodeBase64Url(JSON.stringify([{ ...during[0], shift: 5 }]))}`);
    expect(badShift.ok).toBe(false);
    if (!badShift.ok) expect(badShift.problem).toMatch(/^the link's scenario is invalid: .*there is no shift 5/);
    const badJson = decodeShareLink('preset=baseline&seed=1&days=1&during=e30x');
    expect(badJson.ok).toBe(false);
  });
});

describe('the run a page opens with', () => {
  it('is the default baseline run when there is no link', () => {
    const r = runFromLink('');
    expect(r.message).toBeNull();
    expect([r.spec.preset, r.spec.seed, r.spec.days]).toEqual(['baseline', 1, 1]);
  });

  it("is the link's run when the link is good", () => {
    const r = runFromLink(`#${encodeShareLink({ preset: 'baseline', scenario: modified(), seed: 5, days: 2 })}`);
    expect(r.message).toBeNull();
    expect(r.spec.scenario).toEqual(modified());
  });

  it('falls back to the baseline with a sentence naming the problem when the link is refused', () => {
    const r = runFromLink(linkWithChanges('{"stations.xray.officersByShift.0": -1}'));
    expect(r.message).toBe("The link's scenario is invalid: X-ray: officers on the day shift: must be 0 or more — showing the baseline instead.");
    expect(r.spec.scenario).toBe(getPreset('baseline').scenario);
  });
});

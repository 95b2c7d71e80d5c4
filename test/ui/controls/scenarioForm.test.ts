// The scenario form as data: fields for a scenario, their values, and the model's refusals placed on the right input.
import { describe, expect, it } from 'vitest';
import { getPreset, presetNames, type Scenario } from '../../../src/scenario/index.js';
import { checkForm, fieldForError, formFields, formValues } from '../../../src/ui/controls/scenarioForm.js';

const base = getPreset('baseline').scenario;

describe('scenario form', () => {
  it.each(presetNames())('gives back preset %s unchanged when nothing is edited', (name) => {
    const s = getPreset(name).scenario;
    const r = checkForm(s, formValues(s));
    expect(r.ok).toBe(true);
    expect(r.scenario).toEqual(s);
  });

  it('offers staffing per station and shift, every rule with its parameter, prevalence and holds', () => {
    const paths = formFields(base).map((f) => f.path);
    expect(paths).toContain('stations.exam.officersByShift.1');
    expect(paths).toContain('stations.xray.lanes');
    expect(paths).toContain('stations.canine.teamsByShift.0');
    expect(paths).toContain('targeting.rules.0.when.atLeast');
    expect(paths).toContain('targeting.rules.1.when.rate');
    expect(paths).toContain('targeting.rules.2.when.rate');
    expect(paths).toContain('targeting.rules.4.when.in');
    expect(paths).toContain('contraband.fentanyl.perMillion');
    expect(paths).toContain('targeting.holds.presentProbability');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('turns edited values into the scenario, numbers and lists included', () => {
    const v = formValues(base);
    v['stations.exam.officersByShift.0'] = '1';
    v['targeting.rules.1.enabled'] = false;
    v['targeting.rules.4.when.in'] = 'medicine,  gift';
    v['contraband.pills.perMillion'] = ' 45.5 ';
    const r = checkForm(base, v);
    expect(r.ok).toBe(true);
    expect(r.scenario!.stations.exam.officersByShift).toEqual([1, 8]);
    expect(r.scenario!.targeting.rules[1].enabled).toBe(false);
    expect((r.scenario!.targeting.rules[4].when as { in: string[] }).in).toEqual(['medicine', 'gift']);
    expect(r.scenario!.contraband.pills.perMillion).toBe(45.5);
  });

  it("places the model's reasons on the inputs that caused them, every one at once", () => {
    const v = formValues(base);
    v['stations.xray.officersByShift.0'] = '-1';
    v['stations.exam.lanes'] = '2.5';
    v['targeting.rules.1.when.rate'] = '2';
    v['targeting.holds.presentProbability'] = '1.1';
    const r = checkForm(base, v);
    expect(r.ok).toBe(false);
    expect(r.scenario).toBeNull();
    expect(r.fieldErrors).toEqual({
      'stations.xray.officersByShift.0': ['must be >= 0'],
      'stations.exam.lanes': ['must be a whole number, got 2.5'],
      'targeting.rules.1.when.rate': ['must be <= 1'],
      'targeting.holds.presentProbability': ['must be <= 1'],
    });
    expect(r.otherErrors).toEqual([]);
  });

  it('says "enter a number" for text that is not one, and still checks the rest', () => {
    const v = formValues(base);
    v['stations.xray.lanes'] = '';
    v['contraband.meth.perMillion'] = 'lots';
    v['stations.ct.lanes'] = '-3';
    const r = checkForm(base, v);
    expect(r.fieldErrors['stations.xray.lanes']).toEqual(['enter a number']);
    expect(r.fieldErrors['contraband.meth.perMillion']).toEqual(['enter a number']);
    expect(r.fieldErrors['stations.ct.lanes']).toEqual(['must be >= 0']);
  });

  it('puts an unknown origin of a list on the list, and a rule needing a closed station on the rule and the station', () => {
    const v = formValues(base);
    v['targeting.rules.4.when.in'] = 'medicine, potions';
    v['stations.exam.enabled'] = false;
    const r = checkForm(base, v);
    expect(r.fieldErrors['targeting.rules.4.when.in']).toEqual(["unknown declared category 'potions'; mix.declared has: goods, gift, documents, medicine"]);
    expect(r.fieldErrors['targeting.rules.0.enabled']).toEqual(['orders exam, but stations.exam is disabled']);
    expect(r.fieldErrors['stations.exam.enabled']).toContain('a rule needs it: orders exam, but stations.exam is disabled');
  });

  it('maps error paths to fields: exact, holder, first within, then the same object', () => {
    const fields = ['a.b.0', 'a.b.1', 'r.0.enabled', 'r.0.when.in'];
    expect(fieldForError('a.b.1', fields)).toBe('a.b.1');
    expect(fieldForError('r.0.when.in.3', fields)).toBe('r.0.when.in');
    expect(fieldForError('a.b', fields)).toBe('a.b.0');
    expect(fieldForError('r.0.order', fields)).toBe('r.0.enabled');
    expect(fieldForError('mix.origins', fields)).toBeNull();
    expect(fieldForError('x', fields)).toBeNull();
  });

  it('never modifies the base scenario', () => {
    const copy = structuredClone(base) as Scenario;
    const v = formValues(base);
    v['stations.exam.officersByShift.0'] = '3';
    checkForm(base, v);
    expect(base).toEqual(copy);
  });
});

// A rule is described from its current values, never from the text stored with the preset:
// after the aed-risk threshold becomes 0.99, the app must not still say "top 0.2%".
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { ruleDescription } from '../../../src/ui/format/ruleWords.js';

const baseline = getPreset('baseline').scenario;
const rule = (id: string) => baseline.targeting.rules.find((r) => r.id === id)!;

describe('rule descriptions', () => {
  it('follow the threshold: 0.998 is the top 0.2%, 0.99 the top 1%', () => {
    const aed = rule('aed-risk');
    expect(ruleDescription(aed, baseline)).toBe('Selects pieces with advance data whose risk score is 0.998 or more (the top 0.2% of clean pieces): held, then a full exam.');
    const changed = { ...aed, when: { kind: 'riskScore' as const, atLeast: 0.99 } };
    expect(ruleDescription(changed, baseline)).toContain('0.99 or more (the top 1% of clean pieces)');
    expect(ruleDescription(changed, baseline)).not.toContain('0.2%');
  });

  it('describes every kind of rule in words, with origins by their names', () => {
    expect(ruleDescription(rule('random'), baseline)).toBe('Selects 0.02% of pieces, at random: held, then a full exam.');
    expect(ruleDescription(rule('hr-sweep'), baseline)).toBe('Selects every piece of 3% of receptacles from high-risk origins: pulled at the belt for X-ray.');
    expect(ruleDescription({ ...rule('random'), when: { kind: 'origin', in: ['CN', 'OTHER_HR'] } }, baseline)).toContain('every piece from China or other high-risk countries');
    expect(ruleDescription({ ...rule('random'), when: { kind: 'declared', in: ['medicine', 'gift'] } }, baseline)).toContain('declared as medicine or gift');
    expect(ruleDescription({ ...rule('random'), when: { kind: 'signature', type: 'pillPress', separation: 2, atLeast: 0.9 } }, baseline)).toContain('pill presses profile score is 0.9 or more');
  });
});

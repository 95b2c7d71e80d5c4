/**
 * A targeting rule in plain words, written from its current values rather than from the
 * description stored with it: a preset's text ("top 0.2%") stays true only while nobody changes
 * the threshold, and the app lets everybody change it. The scenario supplies the words for
 * origins (their labels) and contraband types.
 */
import type { Scenario } from '../../scenario/index.js';
import { CONTRABAND_LABELS } from '../glossary.js';

type Rule = Scenario['targeting']['rules'][number];

const SCREENING_WORDS: Record<Rule['order'], string> = { xray: 'X-ray', ct: 'CT', exam: 'a full exam' };

/** A share as a percentage to three significant figures, without float noise or trailing zeros: 0.2%, 1%, 0.02%. */
function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 4 })}%`;
}

/** "a, b or c". */
function either(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** What the rule selects, from its condition's current values. */
function selects(rule: Rule, scenario: Scenario): string {
  const w = rule.when;
  switch (w.kind) {
    case 'riskScore': {
      // Scores of clean pieces are spread evenly between 0 and 1, so a threshold t flags the top 1 − t of them.
      const declared = w.declared === undefined ? '' : `, declared as ${either(w.declared)}`;
      return `pieces with advance data whose risk score is ${w.atLeast} or more (the top ${percent(1 - w.atLeast)} of clean pieces)${declared}`;
    }
    case 'signature':
      return `pieces whose ${(CONTRABAND_LABELS[w.type] ?? w.type).toLowerCase()} profile score is ${w.atLeast} or more`;
    case 'origin': {
      const names = w.in.map((code) => scenario.mix.origins.find((o) => o.code === code)?.label ?? code);
      return `every piece from ${either(names)}`;
    }
    case 'noAedHighRisk': return 'every piece from a high-risk origin that has no advance electronic data';
    case 'declared': return `every piece declared as ${either(w.in)}`;
    case 'random': return `${percent(w.rate)} of pieces, at random`;
    case 'receptacleSweep': return `every piece of ${percent(w.rate)} of receptacles${w.highRiskOnly ? ' from high-risk origins' : ''}`;
    case 'all': return 'every piece';
  }
}

/**
 * The rule as a sentence: what it selects and what happens to what it selects.
 *
 * @example
 * ruleDescription({ ...aedRisk, when: { kind: 'riskScore', atLeast: 0.99 } }, scenario);
 * // 'Selects pieces with advance data whose risk score is 0.99 or more (the top 1% of clean pieces): held, then a full exam.'
 */
export function ruleDescription(rule: Rule, scenario: Scenario): string {
  const then = rule.hold ? `held, then ${SCREENING_WORDS[rule.order]}` : `pulled at the belt for ${SCREENING_WORDS[rule.order]}`;
  return `Selects ${selects(rule, scenario)}: ${then}.`;
}

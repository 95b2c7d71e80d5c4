/**
 * The defender's turn: once smugglers have adapted, targeting is re-tuned toward where they
 * moved. The rule (stated, and an assumption in its details; docs/adversary.md): the defender
 * tries a fixed list of one-step changes to the targeting, each measured on the same seeds
 * against the adapted smugglers, and keeps the one with the highest mean interdiction among
 * those that add at most `DELAY_ALLOWANCE` to the screening delay (the mail must keep moving;
 * staffing is not changed). "No change" is always on the list, so the re-tune never does worse
 * on these runs than keeping the targeting.
 *
 * The changes: each rule that is off switched on; each rule that is on switched off, or, for a
 * threshold or a rate, made 1.5 times as selective or 1.5 times as wide (the share of mail it
 * flags ÷ or × 1.5); and a re-pointed risk rule: the risk score's threshold widened to twice the
 * share for pieces declared as the category where contraband's share grew most against clean
 * mail's (what a targeter sees in the seizures: that category's contraband lift).
 */
import { parseScenario, type Scenario } from '../../scenario/index.js';
import { cloneJson } from '../gridPaths.js';
import type { Strategy } from './strategy.js';

/** A re-tune may add at most this share to the screening delay (parcel-hours): an assumption. */
export const DELAY_ALLOWANCE = 0.1;
/** A threshold or rate change flags this many times more (or fewer) pieces: an assumption. */
export const STEP = 1.5;
/** Id of the re-pointed risk rule the re-tune may add. */
export const REPOINT_ID = 'retune-declared';

/** One candidate targeting. */
export interface Candidate {
  /** In words, for tables and the app. */
  label: string;
  scenario: Scenario;
}

type Rules = Scenario['targeting']['rules'];
type Rule = Rules[number];

/** Rounds to 6 significant digits, so thresholds read as people write them (0.997, not 0.99699999). */
const tidy = (x: number): number => Number(x.toPrecision(6));
const name = (r: Rule): string => r.description ?? r.id;

/**
 * The candidate targetings for the adapted scenario: "no change" first, then the one-step
 * changes in rule order, then the re-pointed risk rule. Their number depends only on the rules,
 * not on the strategy, so a run's total work is known before it starts.
 *
 * @example
 * retuneCandidates(adapted, strategy).map((c) => c.label);
 * // ['No change', 'Switch off: AED-based risk score …', 'AED-based risk score …: threshold 0.998 → 0.998667', …]
 */
export function retuneCandidates(adapted: Scenario, strategy: Strategy): Candidate[] {
  const out: Candidate[] = [{ label: 'No change', scenario: adapted }];
  const edit = (label: string, change: (rules: Rules) => void) => {
    const s = cloneJson(adapted) as Scenario;
    change(s.targeting.rules);
    const parsed = parseScenario(s);
    if (!parsed.ok) throw new Error(`re-tune '${label}' makes an invalid scenario: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    out.push({ label, scenario: parsed.scenario });
  };
  adapted.targeting.rules.forEach((rule, i) => {
    if (!rule.enabled) {
      edit(`Switch on: ${name(rule)}`, (rules) => { rules[i].enabled = true; });
      return;
    }
    edit(`Switch off: ${name(rule)}`, (rules) => { rules[i].enabled = false; });
    const w = rule.when;
    if (w.kind === 'riskScore' || w.kind === 'signature') {
      const flagged = 1 - w.atLeast;
      for (const [factor, how] of [[1 / STEP, 'stricter'], [STEP, 'wider']] as const) {
        const atLeast = tidy(Math.max(0, 1 - flagged * factor));
        edit(`${name(rule)}: ${how} threshold ${w.atLeast} → ${atLeast}`, (rules) => { (rules[i].when as typeof w).atLeast = atLeast; });
      }
    } else if (w.kind === 'random' || w.kind === 'receptacleSweep') {
      for (const [factor, how] of [[1 / STEP, 'lower'], [STEP, 'higher']] as const) {
        const rate = tidy(Math.min(1, w.rate * factor));
        edit(`${name(rule)}: ${how} rate ${w.rate} → ${rate}`, (rules) => { (rules[i].when as typeof w).rate = rate; });
      }
    }
  });
  const repoint = repointedRule(adapted, strategy);
  if (repoint !== undefined) edit(repoint.label, (rules) => { rules.splice(repoint.after + 1, 0, repoint.rule); });
  return out;
}

/**
 * The re-pointed risk rule, placed after the first enabled risk-score rule that applies to every
 * declared category: the same order and hold, twice the flagged share, for the declared category
 * with the highest contraband share over clean share. None when there is no such risk rule, or
 * the id is taken.
 */
function repointedRule(s: Scenario, strategy: Strategy): { label: string; after: number; rule: Rule } | undefined {
  const rules = s.targeting.rules;
  const after = rules.findIndex((r) => r.enabled && r.when.kind === 'riskScore' && r.when.declared === undefined);
  if (after < 0 || rules.some((r) => r.id === REPOINT_ID)) return undefined;
  const base = rules[after];
  if (base.when.kind !== 'riskScore') return undefined;
  const declared = s.mix.declared;
  const lifts = declared.map((d, i) => (d.cleanShare > 0 ? strategy.declared[i] / d.cleanShare : 0));
  const best = lifts.indexOf(Math.max(...lifts));
  const atLeast = tidy(Math.max(0, 1 - 2 * (1 - base.when.atLeast)));
  const category = declared[best].name;
  return {
    label: `Re-point: risk score at least ${atLeast} for pieces declared as ${category}`,
    after,
    rule: {
      id: REPOINT_ID,
      enabled: true,
      description: `Re-tuned: risk score in the top ${tidy((1 - atLeast) * 100)}% for pieces declared as ${category}`,
      when: { kind: 'riskScore', atLeast, declared: [category] },
      order: base.order,
      hold: base.hold,
    },
  };
}

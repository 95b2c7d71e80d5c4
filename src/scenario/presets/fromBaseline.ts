/**
 * "Baseline with changes": how every preset except the baseline itself is made.
 *
 * Each call builds a fresh baseline (so no preset can alter another) and applies a small edit
 * function written as plain assignments. This keeps each preset a few readable lines that say
 * exactly what differs from the baseline, with no generic deep-merge whose rules for arrays and
 * missing keys a reader would have to know.
 */
import type { Rule, Scenario } from '../schema.js';
import { baselineScenario } from './baseline.js';
import type { Preset } from './preset.js';

/**
 * A preset made from a fresh baseline scenario, renamed and changed by `edit`.
 *
 * @example
 * const holdFailures = presetFromBaseline(
 *   { name: 'hold-failures', summary: 'USPS presents only 58% of holds', description: '...' },
 *   (s) => { s.targeting.holds.presentProbability = 0.58; },
 * );
 */
export function presetFromBaseline(
  info: { name: string; summary: string; description: string },
  edit: (scenario: Scenario) => void,
): Preset {
  const scenario = baselineScenario();
  scenario.name = info.name;
  scenario.description = info.description;
  edit(scenario);
  return { name: info.name, summary: info.summary, scenario };
}

/**
 * The rule with id `id`, for editing; throws if there is none, so a renamed rule cannot make a
 * preset silently skip its change.
 *
 * @example
 * ruleById(s, 'no-aed-hr').enabled = true;
 */
export function ruleById(scenario: Scenario, id: string): Rule {
  const rule = scenario.targeting.rules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`preset edit: no rule '${id}' in scenario '${scenario.name}'`);
  return rule;
}

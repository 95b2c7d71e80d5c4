/**
 * The scenarios a person can pick as a sweep's base or as A and B of a comparison: every preset,
 * or the scenario open in the app ("current scenario", as the host page passes it, with whatever
 * the Scenario tab changed). One picker, one set of words, for both forms.
 */
import { getPreset, presetNames, type Scenario } from '../../scenario/index.js';

/** The picker's value for the scenario open in the app. */
export const CURRENT_SCENARIO = 'current';

/** What the host page says is open: its scenario and seed. */
export interface OpenScenario {
  scenario: Scenario;
  seed: number;
}

/** A picked scenario, ready to run, with the label reports use. */
export type Choice =
  | { ok: true; scenario: Scenario; label: string; preset: string | null }
  | { ok: false; message: string };

/**
 * The picker's options: the current scenario first (when the host has one), then the presets in
 * menu order.
 *
 * @example
 * scenarioOptions(null).map((o) => o.value); // ['baseline', 'jfk-2018', ..., 'single-queue']
 */
export function scenarioOptions(current: OpenScenario | null): { value: string; label: string }[] {
  const presets = presetNames().map((name) => ({ value: name, label: name }));
  return current === null ? presets : [{ value: CURRENT_SCENARIO, label: `Current scenario (${current.scenario.name})` }, ...presets];
}

/**
 * The scenario a picker value stands for.
 *
 * @example
 * resolveChoice('short-staffed', null); // { ok: true, scenario: ..., label: 'short-staffed', preset: 'short-staffed' }
 * resolveChoice('current', null);       // { ok: false, message: 'no scenario is open in the app; pick a preset' }
 */
export function resolveChoice(value: string, current: OpenScenario | null): Choice {
  if (value === CURRENT_SCENARIO) {
    if (current === null) return { ok: false, message: 'no scenario is open in the app; pick a preset' };
    return { ok: true, scenario: current.scenario, label: `current scenario (${current.scenario.name})`, preset: null };
  }
  if (!presetNames().includes(value)) return { ok: false, message: `unknown preset '${value}'` };
  return { ok: true, scenario: getPreset(value).scenario, label: value, preset: value };
}

/**
 * The scenario the host page says is open, or null when it cannot say (no run loaded yet): the
 * panels offer "current scenario" only when there is one.
 *
 * @example
 * const current = () => openScenario(host);
 */
export function openScenario(host: { currentScenario(): OpenScenario }): OpenScenario | null {
  try {
    return host.currentScenario();
  } catch {
    return null;
  }
}

/**
 * The shape of a named, ready-to-run scenario offered in the app's menu and the CLI's `--preset`.
 */
import type { Scenario } from '../schema.js';

/**
 * A named scenario with a one-line summary for menus and `--help`.
 *
 * @example
 * const p: Preset = { name: 'baseline', summary: 'A JFK-like day today', scenario: baselineScenario() };
 */
export interface Preset {
  /** The preset's key in `PRESETS`, equal to `scenario.name`. */
  name: string;
  /** One line, for menus and `--help`. */
  summary: string;
  scenario: Scenario;
}

// Scenario files for the CLI tests: a valid one (the single-queue preset, as JSON) and ways to
// break it in one place.
import { getPreset } from '../../src/scenario/index.js';

/** A valid scenario as a mutable, untyped value, ready to be broken. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function validScenario(name = 'single-queue'): any {
  return structuredClone(getPreset(name).scenario);
}

/** JSON text of a scenario value. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

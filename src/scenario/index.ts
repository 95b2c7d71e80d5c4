/**
 * The public face of `scenario/`: the Scenario type and its schema, validation with clear errors,
 * the named presets and the JSON Schema export. Other layers import from here, not from the
 * files behind it.
 *
 * @example
 * import { getPreset, parseScenario, formatErrors } from '../scenario/index.js';
 * const r = parseScenario(JSON.parse(text));
 * const scenario = r.ok ? r.scenario : getPreset('baseline').scenario;
 */
export * from './schema.js';
export { parseScenario, loadScenarioJson, type ScenarioResult } from './validate.js';
export { formatErrors, dottedPath, ROOT_PATH, type ScenarioError } from './errors.js';
export { crossFieldErrors, SHARE_TOLERANCE } from './crossFieldChecks.js';
export { deepFreeze } from './deepFreeze.js';
export { PRESETS, presetNames, getPreset, type Preset } from './presets.js';
export { baselineScenario } from './presets/baseline.js';
export { presetFromBaseline, ruleById } from './presets/fromBaseline.js';
export { scenarioJsonSchema } from './jsonSchema.js';

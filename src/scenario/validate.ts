/**
 * Validation: the only way an untrusted value (a JSON file, a form in the browser, a CLI flag)
 * becomes a `Scenario` the model will run (docs/architecture.md rule 5).
 *
 * Three layers, each reporting every problem it finds with a dotted path:
 *  1. the input must be a JSON object;
 *  2. the zod schema in `schema.ts` (types, ranges, unknown fields), with friendly messages;
 *  3. cross-field checks (`crossFieldChecks.ts`), run only once the schema passes, because they
 *     need the shape the schema guarantees.
 * A scenario that passes is deep-frozen, so nothing can change it during a run.
 */
import { crossFieldErrors } from './crossFieldChecks.js';
import { deepFreeze } from './deepFreeze.js';
import { ROOT_PATH, type ScenarioError } from './errors.js';
import { friendlyIssueMessage, issuesToErrors } from './issueMessages.js';
import { parseJsonText } from './jsonText.js';
import { scenarioSchema, type Scenario } from './schema.js';

export { formatErrors, type ScenarioError } from './errors.js';

/** What `parseScenario` and `loadScenarioJson` return: a frozen scenario, or every problem found. */
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/**
 * Validates an untrusted value as a scenario. On success the scenario is a deep-frozen copy
 * (the input is not modified); on failure `errors` lists every problem found, each with its path.
 *
 * @example
 * const r = parseScenario(JSON.parse(text));
 * if (r.ok) run(r.scenario, 42);
 * else console.error(formatErrors(r.errors)); // e.g. "stations.xray.officersByShift.1: must be >= 0"
 */
export function parseScenario(input: unknown): ScenarioResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: ROOT_PATH, message: `a scenario must be a JSON object, got ${article(input)}` }] };
  }
  const parsed = scenarioSchema.safeParse(input, { error: friendlyIssueMessage, reportInput: true });
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  const errors = crossFieldErrors(parsed.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scenario: deepFreeze(parsed.data) };
}

/**
 * Parses JSON text and validates it as a scenario. A syntax error comes back as one `(root)` error,
 * e.g. `not valid JSON: Unexpected token '}' at position 9 (line 1, column 10)`.
 *
 * @example
 * const r = loadScenarioJson(readFileSync('my-scenario.json', 'utf8'));
 * if (!r.ok) console.error(formatErrors(r.errors));
 */
export function loadScenarioJson(text: string): ScenarioResult {
  const json = parseJsonText(text);
  return json.ok ? parseScenario(json.value) : { ok: false, errors: [json.error] };
}

/** "an array", "a string", "null": the input's type with its article, for the root error. */
function article(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

/**
 * The scenario format as a JSON Schema (draft 2020-12), generated from the zod schema so the two
 * can never disagree. Editors use it to complete and check scenario files (a file's `"$schema"`
 * can point at the output of `npm run sim -- schema`); other tools can validate against it.
 *
 * JSON Schema cannot say everything the validator checks: the refinements in `schema.ts`
 * (triangular min <= mode <= max, a non-empty flight schedule) and the cross-field checks (shares
 * sum to 1, one staffing entry per shift, known origin codes) are only enforced by `parseScenario`.
 */
import { z } from 'zod';
import { scenarioSchema } from './schema.js';

/**
 * The JSON Schema of a scenario file: a fresh, JSON-serialisable object each call.
 *
 * @example
 * JSON.stringify(scenarioJsonSchema(), null, 2); // what `npm run sim -- schema` prints
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Interdict scenario',
    description:
      'Everything that defines an Interdict simulation run besides its seed: arrivals, parcel mix, contraband, targeting ' +
      'rules, shifts and screening stations. Units are in the field names. Some rules (shares summing to 1, one staffing ' +
      'entry per shift, known origin codes) are checked by the simulator, not by this schema.',
    ...withoutKey(generated, '$schema'),
  };
}

function withoutKey(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = obj;
  return rest;
}

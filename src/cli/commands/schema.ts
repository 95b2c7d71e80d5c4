/**
 * `schema`: prints the JSON Schema of scenario files, for editors and other tools. It is
 * generated from the validator's own schema (`scenario/jsonSchema.ts`), so the two agree.
 */
import { scenarioJsonSchema } from '../../scenario/index.js';
import { EXIT } from '../CliError.js';
import type { CliIo } from '../io.js';

/**
 * Prints the scenario JSON Schema, indented, with a trailing newline; returns the exit code.
 *
 * @example
 * schemaCommand(io); // npm run sim -- schema > scenario.schema.json
 */
export function schemaCommand(io: CliIo): number {
  io.stdout(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

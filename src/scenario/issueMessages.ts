/**
 * Plain-English messages for zod's validation issues, and their conversion to `ScenarioError`s.
 *
 * Zod's default texts ("Invalid input: expected number, received string", "Too small: expected
 * number to be >=0") are written for programmers and differ between zod versions. Scenario files
 * are edited by analysts, so each issue code is mapped to a short phrase that names the problem
 * ("expected number, got string", "must be >= 0", "unknown field 'foo'"). The map is passed per
 * parse, so messages written into the schema itself (a refine's "needs min <= max", the id
 * pattern's explanation) still take precedence, as zod documents for its error-map precedence.
 */
import { escapeUnsafe } from './unsafeText.js';
import type { z } from 'zod';
import { dottedPath, type ScenarioError } from './errors.js';

/**
 * The per-parse zod error map: returns the friendly message for an issue, or undefined to keep
 * zod's own text for codes the scenario schema never produces.
 *
 * @example
 * scenarioSchema.safeParse(input, { error: friendlyIssueMessage });
 */
export function friendlyIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int') {
        return typeof issue.input === 'number' ? `must be a whole number, got ${issue.input}` : `expected whole number, got ${typeName(issue.input)}`;
      }
      return `expected ${issue.expected}, got ${typeName(issue.input)}`;
    case 'too_small':
      return boundMessage(issue.origin, issue.minimum, issue.inclusive, issue.exact, 'min');
    case 'too_big':
      return boundMessage(issue.origin, issue.maximum, issue.inclusive, issue.exact, 'max');
    case 'invalid_value':
      if (issue.input === undefined) return 'is required';
      return issue.values.length === 1
        ? `must be ${quote(issue.values[0])}`
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      // Split into one error per key by `issuesToErrors`; this text is only a fallback.
      return issue.keys.map((k) => `unknown field ${quote(k)}`).join('; ');
    case 'invalid_union': {
      const disc = issue.discriminator;
      const options = 'options' in issue ? (issue.options as unknown[] | undefined) : undefined;
      if (disc !== undefined && options !== undefined) {
        const given = isRecord(issue.input) ? issue.input[disc] : undefined;
        const list = options.map(String).join(', ');
        return given === undefined ? `${disc} is required, one of: ${list}` : `${disc} must be one of: ${list} (got ${quote(given)})`;
      }
      return 'does not match any of the allowed forms';
    }
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern !== undefined ? `must match the pattern ${issue.pattern}` : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
}

/**
 * Converts zod's final issues into `ScenarioError`s: dotted paths, one error per unknown key
 * (with the path of the key itself), and a discriminator problem reported on the object whose
 * `kind` is wrong (its message already names `kind`).
 *
 * @example
 * issuesToErrors(result.error.issues); // [{ path: 'stations.xray.foo', message: "unknown field 'foo'" }]
 */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): ScenarioError[] {
  const errors: ScenarioError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ path: dottedPath([...issue.path, quote(key).slice(1, -1)]), message: `unknown field ${quote(key)}` });
    } else if (issue.code === 'invalid_union' && issue.discriminator !== undefined && issue.path.at(-1) === issue.discriminator) {
      errors.push({ path: dottedPath(issue.path.slice(0, -1)), message: issue.message });
    } else {
      errors.push({ path: dottedPath(issue.path), message: issue.message });
    }
  }
  return errors;
}

/**
 * Describes a JSON value's type the way a person reading the file would.
 *
 * @example
 * typeName([1]); // 'array'
 * typeName(null); // 'null'
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function boundMessage(origin: string, bound: number | bigint, inclusive: boolean | undefined, exact: boolean | undefined, side: 'min' | 'max'): string {
  if (origin === 'array' || origin === 'set') {
    const entries = `${bound} ${bound === 1 ? 'entry' : 'entries'}`;
    if (exact) return `must have exactly ${entries}`;
    return side === 'min' ? `must have at least ${entries}` : `must have at most ${entries}`;
  }
  if (origin === 'string') {
    if (side === 'min' && bound === 1 && !exact) return 'must not be empty';
    const chars = `${bound} ${bound === 1 ? 'character' : 'characters'}`;
    if (exact) return `must be exactly ${chars} long`;
    return side === 'min' ? `must be at least ${chars} long` : `must be at most ${chars} long`;
  }
  if (exact) return `must be ${bound}`;
  const op = side === 'min' ? (inclusive === false ? '>' : '>=') : (inclusive === false ? '<' : '<=');
  return `must be ${op} ${bound}`;
}

/**
 * A value from the input as a message shows it: a string in quotes, at most 40 characters, with
 * control and invisible characters escaped; an object or a list by its kind; anything else as is.
 */
function quote(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `'${escapeUnsafe(shown)}'`;
  }
  if (value === null || typeof value === 'object') return Array.isArray(value) ? 'a list' : value === null ? 'null' : 'an object';
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

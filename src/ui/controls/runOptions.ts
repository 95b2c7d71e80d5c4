/**
 * The two run options that sit beside a scenario: the seed and the number of days. The form and
 * the share link both read them from text typed or pasted by a person, so both use these checks,
 * with the same bounds as the command line (`--seed`, `--days`) and the scenario's own `days`.
 */
import { scenarioSchema } from '../../scenario/index.js';

/** The longest run, in days: the bound on a scenario's own `days` field. */
export const MAX_DAYS: number = scenarioSchema.shape.days.maxValue ?? 366;

/** A parsed option, or the reason the text is refused (phrased to sit next to its input). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Reads a seed: a whole number from 0 to 2^53 - 1, digits only (no sign, exponent or spaces).
 *
 * @example
 * parseSeed('42');  // { ok: true, value: 42 }
 * parseSeed('-1');  // { ok: false, message: 'must be a whole number from 0 to 9007199254740991' }
 */
export function parseSeed(text: string): Parsed<number> {
  const t = text.trim();
  if (/^\d{1,16}$/.test(t) && Number(t) <= Number.MAX_SAFE_INTEGER) return { ok: true, value: Number(t) };
  return { ok: false, message: `must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}` };
}

/**
 * Reads a run length in days: a whole number from 1 to MAX_DAYS.
 *
 * @example
 * parseDays('7');   // { ok: true, value: 7 }
 * parseDays('0');   // { ok: false, message: 'must be a whole number from 1 to 366' }
 */
export function parseDays(text: string): Parsed<number> {
  const t = text.trim();
  if (/^\d{1,3}$/.test(t) && Number(t) >= 1 && Number(t) <= MAX_DAYS) return { ok: true, value: Number(t) };
  return { ok: false, message: `must be a whole number from 1 to ${MAX_DAYS}` };
}

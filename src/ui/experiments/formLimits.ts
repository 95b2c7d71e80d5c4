/**
 * Limits of what the Experiments panel will run in a browser tab, and the checks of its small
 * numeric inputs (replications, days, seed), each refusal phrased to sit next to its input. The
 * experiments core allows far larger sweeps (10,000 points) for the command line, which can run
 * for hours on many machines; a tab that freezes a laptop for an hour helps nobody, so the panel
 * stops at sizes that finish in minutes and points larger jobs to `npm run sim -- sweep`.
 */
import { parseSeed } from '../controls/runOptions.js';

/** Most values a parameter's range, and most points a sweep, may have in the browser. */
export const MAX_UI_POINTS = 60;
/** Most parameters varied at once (3 already makes a grid hard to read on one chart). */
export const MAX_UI_PARAMETERS = 3;
/** Most replications per point (or per scenario in a comparison). */
export const MAX_UI_REPLICATIONS = 100;
/** Longest run, days. */
export const MAX_UI_DAYS = 14;
/** Most runs (points × replications) in one experiment. */
export const MAX_UI_RUNS = 2000;

/** A number read from an input, or why not. */
export type Read = { ok: true; value: number } | { ok: false; message: string };

/**
 * Replications: a whole number from 2 (an interval needs two runs) to MAX_UI_REPLICATIONS.
 *
 * @example
 * readReplications('1'); // { ok: false, message: 'must be a whole number from 2 to 100 (an interval needs at least 2 runs)' }
 */
export function readReplications(text: string): Read {
  const t = text.trim();
  const n = Number(t);
  if (/^\d{1,4}$/.test(t) && n >= 2 && n <= MAX_UI_REPLICATIONS) return { ok: true, value: n };
  return { ok: false, message: `must be a whole number from 2 to ${MAX_UI_REPLICATIONS} (an interval needs at least 2 runs)` };
}

/**
 * Run length: a whole number of days from 1 to MAX_UI_DAYS.
 *
 * @example
 * readDays('30'); // { ok: false, message: 'must be a whole number from 1 to 14 (longer runs: use the command line)' }
 */
export function readDays(text: string): Read {
  const t = text.trim();
  const n = Number(t);
  if (/^\d{1,3}$/.test(t) && n >= 1 && n <= MAX_UI_DAYS) return { ok: true, value: n };
  return { ok: false, message: `must be a whole number from 1 to ${MAX_UI_DAYS} (longer runs: use the command line)` };
}

/**
 * The first seed: as everywhere in the app (`parseSeed`).
 *
 * @example
 * readSeed('7'); // { ok: true, value: 7 }
 */
export function readSeed(text: string): Read {
  return parseSeed(text);
}

/**
 * A decimal number typed by a person ('0.5', '.5', '1e-4', '-2'); refuses blanks, words and
 * infinities, which `Number()` would turn into 0 or Infinity.
 *
 * @example
 * readNumber(' 0.25 '); // { ok: true, value: 0.25 }
 * readNumber('');       // { ok: false, message: 'enter a number' }
 */
export function readNumber(text: string): Read {
  const t = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { ok: false, message: t === '' ? 'enter a number' : `'${t}' is not a number` };
  const n = Number(t);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `'${t}' is too large` };
}

/**
 * A count with thousands separators, for messages.
 *
 * @example
 * grouped(3000); // '3,000'
 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

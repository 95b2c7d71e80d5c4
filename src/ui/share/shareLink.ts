/**
 * The share link: a URL fragment that holds a run (preset, changes from it, seed, days), so that
 * opening the link reproduces the run exactly (a run is a pure function of scenario and seed).
 *
 *     #preset=baseline&seed=7&days=1&changes=eyJzdGF0aW9ucy5leGFtLm9mZmljZXJzQnlTaGlmdC4wIjoxfQ
 *
 * `changes` is base64url of the JSON of `scenarioChanges(preset, scenario)` and is left out when
 * the scenario is the preset's; `during` is base64url of the JSON list of the changes made while
 * the run went (`changesDuringRun`, each at its minute), left out when there were none. Anyone can edit a URL, so decoding trusts nothing: it refuses an
 * over-long fragment before reading it, an unknown or repeated parameter, bad base64url, bad
 * JSON, an unknown preset or setting, and a scenario `parseScenario` refuses, each with a message
 * that names the problem. Nothing from a link is ever executed or inserted as HTML; the page
 * shows these messages with textContent.
 */
import { getPreset, parseScenario, presetNames, type Scenario } from '../../scenario/index.js';
import { parseDays, parseSeed } from '../controls/runOptions.js';
import { pathWords, plainMessage } from '../format/plainWords.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { applyChanges, scenarioChanges } from './scenarioChanges.js';

/** The longest fragment read, in characters (20 kB); a longer one is refused unread. */
export const MAX_LINK_CHARS = 20_000;
/** The deepest nesting of arrays and objects read in `changes`: a scenario is 6 levels deep, and
 *  thousands of levels would overflow the stack of whatever walks them. Checked before parsing. */
export const MAX_CHANGES_DEPTH = 16;

/** What a link holds: a preset name, the scenario to run (the preset plus changes), seed and days. */
export interface RunSpec {
  preset: string;
  scenario: Scenario;
  seed: number;
  days: number;
}

/** A decoded fragment: a run, no run at all (empty fragment), or the problem in plain words. */
export type DecodedLink = { ok: true; spec: RunSpec | null } | { ok: false; problem: string };

const PARAMS = ['preset', 'seed', 'days', 'changes', 'during'] as const;

/**
 * The fragment (without '#') for a run.
 *
 * @example
 * encodeShareLink({ preset: 'baseline', scenario: getPreset('baseline').scenario, seed: 7, days: 1 });
 * // 'preset=baseline&seed=7&days=1'
 */
export function encodeShareLink(spec: RunSpec): string {
  const params = new URLSearchParams({ preset: spec.preset, seed: String(spec.seed), days: String(spec.days) });
  const { changesDuringRun: during, ...settings } = spec.scenario;
  const changes = scenarioChanges(getPreset(spec.preset).scenario, settings);
  if (Object.keys(changes).length > 0) params.set('changes', encodeBase64Url(JSON.stringify(changes)));
  if (during !== undefined && during.length > 0) params.set('during', encodeBase64Url(JSON.stringify(during)));
  return params.toString();
}

/**
 * Reads a fragment (with or without its leading '#'). An empty fragment is `{ ok: true, spec: null }`.
 *
 * @example
 * decodeShareLink('#preset=baseline&seed=7&days=1');  // { ok: true, spec: { preset: 'baseline', seed: 7, days: 1, scenario } }
 * decodeShareLink('#preset=nope&seed=1&days=1');      // { ok: false, problem: "the link names an unknown preset 'nope' ..." }
 */
export function decodeShareLink(fragment: string): DecodedLink {
  // Every step is guarded: whatever a link holds, the page gets a problem in words, never an exception.
  try {
    return decode(fragment);
  } catch (e) {
    return fail(`the link could not be read (${e instanceof RangeError ? 'it is nested too deeply' : 'it is malformed'})`);
  }
}

function decode(fragment: string): DecodedLink {
  if (typeof fragment !== 'string') return fail('the link could not be read');
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_LINK_CHARS) {
    return fail(`the link is too long (${Math.ceil(text.length / 1000)} kB; the limit is ${MAX_LINK_CHARS / 1000} kB)`);
  }
  if (text === '') return { ok: true, spec: null };

  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return fail('the link could not be read');
  }
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!(PARAMS as readonly string[]).includes(key)) return fail(`the link has an unknown parameter '${clip(key)}'`);
    if (seen.has(key)) return fail(`the link gives '${key}' more than once`);
    seen.add(key);
  }

  const preset = params.get('preset');
  if (preset === null) return fail("the link names no preset ('preset=...')");
  if (!presetNames().includes(preset)) {
    return fail(`the link names an unknown preset '${clip(preset)}' (known presets: ${presetNames().join(', ')})`);
  }
  const seed = parseSeed(params.get('seed') ?? '');
  if (!seed.ok) return fail(`the link's seed ${seed.message}`);
  const days = parseDays(params.get('days') ?? '');
  if (!days.ok) return fail(`the link's days ${days.message}`);

  const base = getPreset(preset).scenario;
  const encoded = params.get('changes');
  const encodedDuring = params.get('during');
  if (encoded === null && encodedDuring === null) return { ok: true, spec: { preset, scenario: base, seed: seed.value, days: days.value } };

  let scenario: unknown = base;
  if (encoded !== null) {
    const changes = readJson(encoded, 'changes');
    if (!changes.ok) return changes;
    const applied = applyChanges(base, changes.value);
    if (!applied.ok) return fail(`the link's changes are refused: ${applied.problem}`);
    scenario = applied.value;
  }
  if (encodedDuring !== null) {
    const during = readJson(encodedDuring, 'changes during the run');
    if (!during.ok) return during;
    if (!Array.isArray(during.value)) return fail("the link's changes during the run are not a list");
    scenario = { ...(scenario as object), changesDuringRun: during.value };
  }
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    const first = parsed.errors.slice(0, 3).map((e) => `${pathWords(e.path, base)}: ${plainMessage(e.message)}`).join('; ');
    const more = parsed.errors.length > 3 ? ` (and ${parsed.errors.length - 3} more)` : '';
    return fail(`the link's scenario is invalid: ${first}${more}`);
  }
  return { ok: true, spec: { preset, scenario: parsed.scenario, seed: seed.value, days: days.value } };
}

/** Base64url JSON from a link parameter, checked for depth before it is parsed. */
function readJson(encoded: string, what: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  const json = decodeBase64Url(encoded);
  if (json === null) return fail(`the link's ${what} are not valid base64url text`);
  if (nestingDepth(json) > MAX_CHANGES_DEPTH) return fail(`the link's ${what} are nested more than ${MAX_CHANGES_DEPTH} levels deep`);
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return fail(`the link's ${what} are not valid JSON`);
  }
}

/** The deepest nesting of brackets in JSON text, strings skipped (no parsing, no recursion). */
export function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

/** The longest problem shown, in characters: a message may quote link text. */
const MAX_PROBLEM_CHARS = 600;

function fail(problem: string): { ok: false; problem: string } {
  return { ok: false, problem: problem.length > MAX_PROBLEM_CHARS ? `${problem.slice(0, MAX_PROBLEM_CHARS)}…` : problem };
}

/** Quotes at most 40 characters of link text in a message, so a huge value cannot flood the page. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A scenario as "its preset, with these changes": the compact form the share link carries.
 *
 * Changes are a flat JSON object from a dotted path to the new value at that path
 * (`{"stations.exam.officersByShift.0": 1}`). Arrays of the same length are compared element by
 * element; an array whose length changed, or an object whose keys changed, is replaced whole at
 * its own path (the empty path "" replaces the whole scenario). Applying changes is defensive,
 * because the changes come from a URL anyone can edit: every step of a path must exist in the
 * base (an unknown path is refused by name), prototype keys are refused, and array indices must
 * be in range. The result is then validated by `parseScenario` like any other untrusted input.
 */

/** Path segments that could reach an object's prototype: never followed. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** A changed value by dotted path. */
export type Changes = Record<string, unknown>;

/**
 * The changes that turn `base` into `next` (both plain JSON values); `{}` when they are equal.
 *
 * @example
 * scenarioChanges({ a: { b: [1, 2] } }, { a: { b: [1, 3] } }); // { 'a.b.1': 3 }
 */
export function scenarioChanges(base: unknown, next: unknown): Changes {
  const out: Changes = {};
  diff(base, next, [], out);
  return out;
}

function diff(a: unknown, b: unknown, path: string[], out: Changes): void {
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    b.forEach((v, i) => diff(a[i], v, [...path, String(i)], out));
  } else if (isPlainObject(a) && isPlainObject(b) && sameKeys(a, b)) {
    for (const k of Object.keys(b)) diff(a[k], b[k], [...path, k], out);
  } else if (!jsonEqual(a, b)) {
    out[path.join('.')] = b;
  }
}

/** The outcome of applying changes: the new value, or the first problem, in words. */
export type Applied = { ok: true; value: unknown } | { ok: false; problem: string };

/**
 * Applies `changes` to a deep copy of `base` (which is not modified).
 *
 * @example
 * applyChanges({ a: [1, 2] }, { 'a.1': 5 });  // { ok: true, value: { a: [1, 5] } }
 * applyChanges({ a: [1, 2] }, { 'b.c': 5 });  // { ok: false, problem: "unknown setting 'b.c'" }
 */
export function applyChanges(base: unknown, changes: unknown): Applied {
  if (!isPlainObject(changes)) return { ok: false, problem: 'the changes must be a JSON object of setting paths' };
  let root = structuredClone(base);
  for (const [path, value] of Object.entries(changes)) {
    if (path === '') {
      root = structuredClone(value);
      continue;
    }
    const keys = path.split('.');
    if (keys.some((k) => k === '' || FORBIDDEN.has(k))) return { ok: false, problem: `unknown setting '${path}'` };
    let parent: unknown = root;
    for (const k of keys.slice(0, -1)) {
      if (!hasChild(parent, k)) return { ok: false, problem: `unknown setting '${path}'` };
      parent = (parent as Record<string, unknown>)[k];
    }
    const last = keys[keys.length - 1];
    if (!hasChild(parent, last)) return { ok: false, problem: `unknown setting '${path}'` };
    (parent as Record<string, unknown>)[last] = structuredClone(value);
  }
  return { ok: true, value: root };
}

/** True when `key` names an existing own entry of an object or an in-range index of an array. */
function hasChild(container: unknown, key: string): boolean {
  if (Array.isArray(container)) return /^(0|[1-9]\d*)$/.test(key) && Number(key) < container.length;
  return isPlainObject(container) && Object.hasOwn(container, key);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k));
}

function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

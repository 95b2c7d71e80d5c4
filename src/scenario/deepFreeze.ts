/**
 * Deep freezing, so that a validated scenario cannot change under a running simulation
 * (docs/architecture.md rules 2 and 5: a run is a pure function of an immutable scenario and a seed).
 *
 * Object.freeze is shallow; a scenario is a tree of plain objects and arrays, so every level is
 * frozen. Children are frozen before their parent, and a visited set makes shared or cyclic
 * references safe (a scenario has none, but a hand-built object might).
 */

/**
 * Freezes `value` and everything reachable from it through own properties; returns `value`.
 * Primitives are returned unchanged.
 *
 * @example
 * const s = deepFreeze({ stations: { xray: { lanes: 2 } } });
 * Object.isFrozen(s.stations.xray); // true
 */
export function deepFreeze<T>(value: T): T {
  freeze(value, new WeakSet());
  return value;
}

function freeze(value: unknown, seen: WeakSet<object>): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
  const obj = value as object;
  if (seen.has(obj)) return;
  seen.add(obj);
  for (const key of Reflect.ownKeys(obj)) {
    freeze((obj as Record<PropertyKey, unknown>)[key], seen);
  }
  Object.freeze(obj);
}

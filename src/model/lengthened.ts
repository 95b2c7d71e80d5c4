/**
 * Lengthening a typed array kept per entity (officers) when entities are added during a run.
 */

/** `a` lengthened to `n` entries, the new ones set to `fill`; `a` itself when already that long. */
export function lengthened<T extends Uint8Array | Int32Array | Float64Array>(a: T, n: number, fill: number): T {
  if (a.length >= n) return a;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  b.fill(fill, a.length);
  return b;
}

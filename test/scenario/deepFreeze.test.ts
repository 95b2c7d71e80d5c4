// deepFreeze: every level of a nested object is frozen, and cycles do not loop forever.
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/scenario/deepFreeze.js';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const v = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.a)).toBe(true);
    expect(Object.isFrozen(v.a.b)).toBe(true);
    expect(Object.isFrozen(v.a.b[1])).toBe(true);
  });

  it('returns primitives unchanged', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });

  it('handles cyclic references', () => {
    const v: { self?: unknown; list: unknown[] } = { list: [] };
    v.self = v;
    v.list.push(v);
    expect(Object.isFrozen(deepFreeze(v))).toBe(true);
    expect(Object.isFrozen(v.list)).toBe(true);
  });
});

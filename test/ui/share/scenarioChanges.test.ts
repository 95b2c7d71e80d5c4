// A scenario as its preset plus a flat object of changed paths, applied defensively.
import { describe, expect, it } from 'vitest';
import { applyChanges, scenarioChanges } from '../../../src/ui/share/scenarioChanges.js';

describe('scenario changes', () => {
  it('lists nothing for equal values and each changed leaf by its dotted path', () => {
    expect(scenarioChanges({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toEqual({});
    expect(scenarioChanges({ a: { b: [1, 2], c: true } }, { a: { b: [1, 3], c: false } })).toEqual({ 'a.b.1': 3, 'a.c': false });
  });

  it('replaces a resized array or a reshaped object whole, at its own path', () => {
    expect(scenarioChanges({ a: [1, 2] }, { a: [1, 2, 3] })).toEqual({ a: [1, 2, 3] });
    expect(scenarioChanges({ w: { kind: 'x', rate: 1 } }, { w: { kind: 'y' } })).toEqual({ w: { kind: 'y' } });
    expect(scenarioChanges({ a: 1 }, { b: 1 })).toEqual({ '': { b: 1 } });
  });

  it('applies changes to a copy, leaving the base untouched', () => {
    const base = { a: { b: [1, 2] } };
    expect(applyChanges(base, { 'a.b.1': 5 })).toEqual({ ok: true, value: { a: { b: [1, 5] } } });
    expect(base.a.b[1]).toBe(2);
  });

  it('round-trips: applying the changes between two values gives the second', () => {
    const a = { x: [1, 2, { y: 'z' }], k: { m: 1, n: [true] } };
    const b = { x: [1, 3, { y: 'w' }], k: { m: 2, n: [false, true] } };
    expect(applyChanges(a, scenarioChanges(a, b))).toEqual({ ok: true, value: b });
  });

  it.each([
    [{ 'b.c': 1 }, "unknown setting 'b.c'"],
    [{ 'a.b.9': 1 }, "unknown setting 'a.b.9'"],
    [{ 'a.b.01': 1 }, "unknown setting 'a.b.01'"],
    [{ 'a.b.-1': 1 }, "unknown setting 'a.b.-1'"],
    [{ '__proto__.polluted': 1 }, "unknown setting '__proto__.polluted'"],
    [{ 'a.constructor.prototype': 1 }, "unknown setting 'a.constructor.prototype'"],
    [{ 'a..b': 1 }, "unknown setting 'a..b'"],
    [{ 'a.x': 1 }, "unknown setting 'a.x'"],
  ])('refuses the unknown or unsafe path in %j', (changes, problem) => {
    expect(applyChanges({ a: { b: [1, 2] } }, changes)).toEqual({ ok: false, problem });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses changes that are not a JSON object', () => {
    for (const c of [null, 1, 'x', [1]]) expect(applyChanges({ a: 1 }, c).ok).toBe(false);
  });
});

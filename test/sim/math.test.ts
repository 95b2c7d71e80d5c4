import { describe, expect, it } from 'vitest';
import { exp, expm1, ln, log1p } from '../../src/sim/math';

// The deterministic functions must be as accurate as the engine's, and must not change silently:
// pinned bit patterns catch a different implementation (which would change every golden output).
const bits = (x: number) => {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return b.getBigUint64(0).toString(16);
};

describe('deterministic elementary functions', () => {
  it('agree with Math.* to within one unit in the last place', () => {
    for (let i = 1; i <= 20_000; i++) {
      const x = i * 0.000731 + 1e-9;
      for (const [mine, native] of [[ln, Math.log], [exp, Math.exp], [log1p, Math.log1p], [expm1, Math.expm1]] as const) {
        const a = mine(x), b = native(x);
        expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.abs(b) * 2.3e-16);
      }
    }
  });

  it('give pinned bit patterns (golden outputs depend on them)', () => {
    expect(bits(ln(0.3))).toBe('bff34378fcbda721');
    expect(bits(exp(1.45))).toBe('40110d6de4370309');
    expect(bits(log1p(-0.002))).toBe('bf606680ffe7cc05');
    expect(bits(expm1(1e-5))).toBe('3ee4f8bc681cdfb6');
  });

  it('handle the edges like Math.*', () => {
    expect(ln(0)).toBe(-Infinity);
    expect(ln(1)).toBe(0);
    expect(Number.isNaN(ln(-1))).toBe(true);
    expect(exp(0)).toBe(1);
    expect(exp(-Infinity)).toBe(0);
  });
});

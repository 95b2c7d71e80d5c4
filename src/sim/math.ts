/**
 * Deterministic elementary functions for everything a simulation result depends on.
 *
 * `Math.log`, `Math.exp` and friends are not required to be correctly rounded, and engines do
 * differ: Chromium's V8 and Node 20's give different last bits for about one input in ten, which
 * made the browser's averages differ from the command line's in their last digits. These are
 * stdlib's pure-JavaScript ports of FreeBSD's msun (fdlibm) routines: built only from IEEE
 * arithmetic, which every engine rounds the same way, so a run gives the same numbers in Node, in
 * a worker and in any browser. `Math.sqrt` and `Math.floor` are exact everywhere and stay.
 *
 * @example
 * import { ln } from './math.js';
 * const x = -mean * ln(1 - rng()); // an exponential variate, bit-identical everywhere
 */
import stdlibLn from '@stdlib/math-base-special-ln';
import stdlibExp from '@stdlib/math-base-special-exp';
import stdlibLog1p from '@stdlib/math-base-special-log1p';
import stdlibExpm1 from '@stdlib/math-base-special-expm1';

/** Natural logarithm. */
export const ln: (x: number) => number = stdlibLn;
/** e to the power x. */
export const exp: (x: number) => number = stdlibExp;
/** ln(1 + x), accurate for small x. */
export const log1p: (x: number) => number = stdlibLog1p;
/** e^x − 1, accurate for small x. */
export const expm1: (x: number) => number = stdlibExpm1;

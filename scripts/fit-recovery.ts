/**
 * The larger parameter-recovery study (src/experiments/fit/recovery.ts): K seeded repetitions of
 * "simulate a facility's days with known prevalence and d′, fit them back", printing each
 * repetition's estimates and how many 95% intervals held the truth. docs/fit.md quotes its output.
 *
 *   npm run fit:recovery -- [K]        (default K = 40)
 */
import { inProcessExecutor } from '../src/experiments/index.js';
import { summarize } from '../src/experiments/summary.js';
import { RECOVERY_DEFAULTS, RECOVERY_TRUTH, RECOVERY_TYPES, recoveryRepetition } from '../src/experiments/fit/recovery.js';

const K = Number(process.argv[2] ?? 40);
if (!Number.isInteger(K) || K < 1) throw new Error(`K must be a whole number ≥ 1, got ${process.argv[2]}`);
const o = RECOVERY_DEFAULTS;
console.log(`Parameter recovery: ${K} repetitions, ${o.days} days of data each, grid d′ ${o.separations.join(', ')} × ${o.replications} runs, ${o.bootstrap} bootstrap draws`);
console.log(`truth: d′ ${RECOVERY_TRUTH.separation}, ${RECOVERY_TYPES.map((t, i) => `${t} ${RECOVERY_TRUTH.perMillion[i]}/M`).join(', ')}`);
const covered = [0, 0, 0];
const estimates: number[][] = [];
let passes = 0;
const started = Date.now();
for (let rep = 0; rep < K; rep++) {
  const r = await recoveryRepetition(rep, o, inProcessExecutor());
  r.covered.forEach((c, i) => { if (c) covered[i]++; });
  estimates.push([r.separation.value, ...r.perMillion.map((iv) => iv.value)]);
  passes += r.passes;
  const f = (x: number, d = 0) => x.toFixed(d);
  console.log(`${String(rep + 1).padStart(3)}  d′ ${f(r.separation.value, 2)} (${f(r.separation.low, 2)} to ${f(r.separation.high, 2)})  `
    + RECOVERY_TYPES.map((t, i) => `${t} ${f(r.perMillion[i].value)} (${f(r.perMillion[i].low)} to ${f(r.perMillion[i].high)})`).join('  ')
    + `  ${r.covered.every(Boolean) ? 'all covered' : 'missed: ' + ['d′', ...RECOVERY_TYPES].filter((_, i) => !r.covered[i]).join(', ')}`);
}
const names = ['d′', ...RECOVERY_TYPES];
console.log(`coverage of the 95% intervals over ${K} repetitions: ${names.map((n, i) => `${n} ${covered[i]}/${K} (${(100 * covered[i] / K).toFixed(0)}%)`).join(', ')}`);
// The mean estimate with its 95% interval over the repetitions (summarize, as every experiment's
// means): a bias shows as an interval that misses the truth.
const truths = [RECOVERY_TRUTH.separation, ...RECOVERY_TRUTH.perMillion];
console.log(`mean estimate (95% interval over the repetitions): ${names.map((n, i) => {
  const s = summarize(estimates.map((e) => e[i]));
  const d = i === 0 ? 3 : 0;
  return `${n} ${s.mean.toFixed(d)} (${(s.mean - s.halfWidth).toFixed(d)} to ${(s.mean + s.halfWidth).toFixed(d)}; truth ${truths[i]})`;
}).join(', ')}`);
console.log(`grids per fit: ${(passes / K).toFixed(2)} on average (the grid runs again at the fitted prevalence)`);
console.log(`run time ${((Date.now() - started) / 1000).toFixed(0)} s on one thread`);

/**
 * Contraband's own load on the stations, measured: P(seized | contraband) of the fit's grid
 * (surrogate.ts: the fitted types sharing a total prevalence equally, compliance seizures left
 * out) at several totals, each on the same seeds, with exact 95% intervals. It is why the fit runs
 * its grid again at the fitted prevalence (fitModel.ts); docs/fit.md quotes its output.
 *
 *   npm run fit:load -- [RUNS]        (default 200 one-day runs per total)
 */
import { getPreset, type ContrabandType, type Scenario } from '../src/scenario/index.js';
import { inProcessExecutor } from '../src/experiments/index.js';
import { cloneJson } from '../src/experiments/gridPaths.js';
import { runJobs } from '../src/experiments/runJobs.js';
import { surrogateScenario } from '../src/experiments/fit/surrogate.js';
import { recoveryScenario, RECOVERY_TYPES } from '../src/experiments/fit/recovery.js';
import { clopperPearson } from '../src/sim/binomialInterval.js';

const RUNS = Number(process.argv[2] ?? 200);
if (!Number.isInteger(RUNS) || RUNS < 2) throw new Error(`RUNS must be a whole number ≥ 2, got ${process.argv[2]}`);

const cases: { name: string; scenario: Scenario; types: ContrabandType[]; totals: number[] }[] = [
  { name: 'baseline (270,000 pieces a day)', scenario: getPreset('baseline').scenario, types: ['counterfeit', 'pills', 'fentanyl'], totals: [72, 144, 288, 576] },
  { name: 'the recovery study\'s facility (10,000 pieces a day)', scenario: recoveryScenario(true), types: [...RECOVERY_TYPES], totals: [1000, 2000, 4500, 9000] },
];

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
console.log(`P(seized | contraband) of the fit's grid at d′ as in each scenario, ${RUNS} one-day runs per total (seeds 1 to ${RUNS}), exact 95% intervals`);
const started = Date.now();
for (const c of cases) {
  console.log(c.name);
  let first: number | null = null;
  for (const total of c.totals) {
    const at = cloneJson(c.scenario) as Scenario;
    for (const t of c.types) at.contraband[t].perMillion = total / c.types.length;
    const scenario = surrogateScenario({ scenario: at, types: c.types, rules: c.types.map(() => []), separations: [at.riskScore.separation], replications: RUNS, seed: 1 }, at.riskScore.separation);
    const jobs = Array.from({ length: RUNS }, (_, r) => ({ index: r, scenario, seed: 1 + r, days: 1, warmupDays: 0 }));
    const outcome = await runJobs(inProcessExecutor(), jobs);
    let arrived = 0;
    let seized = 0;
    for (const m of outcome.metrics.values()) {
      for (const t of c.types) {
        arrived += m[`contraband.arrivedByType.${t}`];
        seized += m[`contraband.seizedByType.${t}`] - m[`interdiction.complianceSeizedByType.${t}`];
      }
    }
    const p = seized / arrived;
    const [low, high] = clopperPearson(seized, arrived);
    first ??= p;
    console.log(`  ${String(total).padStart(5)} per million in all: ${pct(p)} (${pct(low)} to ${pct(high)}) of ${arrived.toLocaleString('en-US')} contraband parcels; ${((p / first - 1) * 100).toFixed(1)}% against the first total`);
  }
}
console.log(`run time ${((Date.now() - started) / 1000).toFixed(0)} s on one thread`);

/**
 * The simulation side of the fit: P(seized | a parcel carries contraband of type t), split by the
 * rule that caught it, as a function of the risk score's separation d′, estimated by running the
 * model on a grid of d′ values on common random numbers (every grid point runs the same seeds, so
 * the curve is smooth in d′ and differences along it are not luck).
 *
 * Why per parcel of contraband and not per day: a day's expected seizures of type t are then
 * exposure × prevalence × P(seized | t), so prevalence, the other fitted quantity, enters only
 * through the load contraband puts on the stations that find it: a grid over d′ at one total
 * prevalence serves every prevalence near it, and the fit runs the grid again when its answer is not
 * near (fitModel.ts, docs/fit.md "Method"). To estimate P(seized | t) for every fitted type with the
 * same precision, the runs give each fitted type an equal share of the total prevalence they are
 * run at (the total, and so the load, unchanged).
 *
 * A parcel's fate falls in one cell: seized by a rule the data splits by, seized otherwise (dogs,
 * X-ray of swept receptacles, rules the data does not name), or not seized. The compliance sample's
 * seizures are left out, as in the data (fitData.ts).
 */
import type { ContrabandType, Scenario } from '../../scenario/index.js';
import { cloneJson } from '../gridPaths.js';
import type { Job } from '../jobs.js';

/** What the grid runs: the scenario (volume and mix already the data's), fitted types and cells. */
export interface SurrogateSpec {
  scenario: Scenario;
  types: readonly ContrabandType[];
  /** Rule ids the data splits each type's seizures by (as `types`). */
  rules: readonly (readonly string[])[];
  /** d′ values, ascending. */
  separations: readonly number[];
  /** One-day runs per grid point. */
  replications: number;
  /** Seed of each grid point's first run. */
  seed: number;
}

/**
 * The grid's counts: `arrived[k][r][t]` contraband parcels of type t in run r at grid point k,
 * `cells[k][r][t][c]` of them seized by the c-th rule of `rules[t]`, the last cell all other
 * seizures (compliance sample excluded).
 */
export interface Surrogate {
  separations: number[];
  types: ContrabandType[];
  rules: string[][];
  replications: number;
  arrived: number[][][];
  cells: number[][][][];
}

/** The scenario run at grid value `separation`: the fitted types share their total prevalence equally. */
export function surrogateScenario(spec: SurrogateSpec, separation: number): Scenario {
  const s = cloneJson(spec.scenario) as Scenario;
  const total = spec.types.reduce((a, t) => a + s.contraband[t].perMillion, 0);
  // A type the scenario thinks absent still needs parcels to measure: 100 per million in all, the baseline's total.
  const each = (total > 0 ? total : 100) / spec.types.length;
  for (const t of spec.types) {
    s.contraband[t].perMillion = each;
    delete s.riskScore.separationByType[t];
  }
  s.riskScore.separation = separation;
  return s;
}

/** The grid's one-day jobs: job k × R + r is run r of grid point k, with seed `seed + r` at every point. */
export function surrogateJobs(spec: SurrogateSpec): Job[] {
  return spec.separations.flatMap((d, k) => {
    const scenario = surrogateScenario(spec, d);
    return Array.from({ length: spec.replications }, (_, r) => ({ index: k * spec.replications + r, scenario, seed: spec.seed + r, days: 1, warmupDays: 0 }));
  });
}

/** Gathers the grid's counts from every job's metrics (all jobs must have finished). */
export function buildSurrogate(spec: SurrogateSpec, metrics: ReadonlyMap<number, Record<string, number>>): Surrogate {
  const arrived: number[][][] = [];
  const cells: number[][][][] = [];
  spec.separations.forEach((_, k) => {
    arrived.push([]);
    cells.push([]);
    for (let r = 0; r < spec.replications; r++) {
      const m = metrics.get(k * spec.replications + r);
      if (!m) throw new Error(`fit: grid run ${k * spec.replications + r} has no result`);
      arrived[k].push(spec.types.map((t) => m[`contraband.arrivedByType.${t}`]));
      cells[k].push(spec.types.map((t, i) => {
        const byRule = spec.rules[i].map((id) => m[`interdiction.rules.${id}.hitsByType.${t}`]);
        const seized = m[`contraband.seizedByType.${t}`] - m[`interdiction.complianceSeizedByType.${t}`];
        return [...byRule, seized - byRule.reduce((a, b) => a + b, 0)];
      }));
    }
  });
  return { separations: [...spec.separations], types: [...spec.types], rules: spec.rules.map((r) => [...r]), replications: spec.replications, arrived, cells };
}

/**
 * P(cell | contraband of type t) at each grid point, `[k][t][c]`, pooled over runs; `weights[r]`
 * counts run r that many times (a bootstrap resample), 1 each by default.
 */
export function cellProbabilities(s: Surrogate, weights?: readonly number[]): number[][][] {
  return s.separations.map((_, k) => s.types.map((_, t) => {
    let arrived = 0;
    const sums = s.cells[k][0][t].map(() => 0);
    for (let r = 0; r < s.replications; r++) {
      const w = weights ? weights[r] : 1;
      arrived += w * s.arrived[k][r][t];
      s.cells[k][r][t].forEach((x, c) => { sums[c] += w * x; });
    }
    return sums.map((x) => (arrived > 0 ? x / arrived : 0));
  }));
}

/** Contraband parcels simulated per type at each grid point, and of them seized (for the report). */
export function surrogateTotals(s: Surrogate): { arrived: number; seized: number }[] {
  return s.types.map((_, t) => {
    let arrived = 0;
    let seized = 0;
    s.separations.forEach((_, k) => {
      for (let r = 0; r < s.replications; r++) {
        arrived += s.arrived[k][r][t];
        seized += s.cells[k][r][t].reduce((a, b) => a + b, 0);
      }
    });
    return { arrived: arrived / s.separations.length, seized: seized / s.separations.length };
  });
}

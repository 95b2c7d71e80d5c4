/**
 * The search: a seeded genetic algorithm over a discrete grid, for noisy objectives (the family
 * OptQuest's scatter search belongs to; Goldberg, "Genetic Algorithms in Search, Optimization and
 * Machine Learning", 1989). A candidate is one value per decision variable (its position in the
 * variable's list of values); each is run the problem's replications on common random numbers.
 *
 * Generation 0 is the population: the start points given (the base scenario's own settings, when
 * they are on the grid), then random distinct points. Each later generation makes as many
 * children: two parents, each the better of two random members (binary tournament), uniform
 * crossover (each variable from either parent), then mutation (each variable with probability
 * 1/variables, at least one: half the time one step up or down, else any value). A child already
 * run, or not a valid scenario, is drawn again. The next population is the best of parents and
 * children together (elitist, "μ + λ"), ordered by Deb's feasibility rules on the means
 * (`criteria.ts`), ties by point number.
 *
 * Deterministic: every draw comes from one stream seeded with the search seed, and the draws do
 * not depend on timing, only on the runs' results, which come back in request order. So the
 * same problem gives the same search on any number of workers.
 */
import { createStream, type Rng } from '../../sim/index.js';
import { compareEstimates, estimate, type CandidateEstimate, type Criteria } from './criteria.js';
import type { RunStore, Sampler } from './runStore.js';

/** The search space: how many values each variable has. Point p ↔ genes by mixed radix (the last fastest). */
export interface SearchSpace {
  sizes: readonly number[];
  /** False for points that are not valid scenarios: they are never run. */
  valid(point: number): boolean;
}

export interface GeneticSettings {
  population: number;
  generations: number;
  seed: number;
  /** Runs per candidate (replications 0 … R − 1). */
  replications: number;
  /** Points to put in generation 0 first (e.g. the base scenario's). */
  start?: readonly number[];
}

/** One generation, for the progress line and the result. */
export interface GenerationRecord {
  generation: number;
  /** Candidates run for the first time in this generation. */
  newCandidates: number;
  /** The best candidate so far, by the feasibility rules on the means. */
  best: number;
  bestEstimate: CandidateEstimate;
}

export interface SearchOutcome {
  generations: GenerationRecord[];
  /** Every candidate run, in the order first run. */
  evaluated: number[];
  stopped: boolean;
}

/**
 * Genes of a point: the index of each variable's value.
 *
 * @example
 * pointGenes(5, [2, 3]); // [1, 2]
 */
export function pointGenes(point: number, sizes: readonly number[]): number[] {
  const genes = new Array<number>(sizes.length);
  let rest = point;
  for (let k = sizes.length - 1; k >= 0; k--) {
    genes[k] = rest % sizes[k];
    rest = Math.floor(rest / sizes[k]);
  }
  return genes;
}

/**
 * The point of some genes (the inverse of `pointGenes`).
 *
 * @example
 * genesPoint([1, 2], [2, 3]); // 5
 */
export function genesPoint(genes: readonly number[], sizes: readonly number[]): number {
  return genes.reduce((p, g, k) => p * sizes[k] + g, 0);
}

/**
 * Candidates ranked best first by the feasibility rules on their runs so far.
 *
 * @example
 * rankPoints([3, 7, 9], store, criteria)[0]; // the best of the three
 */
export function rankPoints(points: readonly number[], store: RunStore, criteria: Criteria): number[] {
  const e = new Map(points.map((p) => [p, estimate(store.runs(p), criteria)]));
  return [...points].sort((a, b) => compareEstimates(e.get(a) as CandidateEstimate, e.get(b) as CandidateEstimate, criteria) || a - b);
}

/**
 * Runs the search; the store keeps every run. Stops early (stopped: true) when the sampler says so.
 *
 * @example
 * const out = await geneticSearch(space, { population: 12, generations: 8, seed: 1, replications: 5 }, criteria, store, sample);
 * out.generations.at(-1)?.best;
 */
export async function geneticSearch(
  space: SearchSpace,
  settings: GeneticSettings,
  criteria: Criteria,
  store: RunStore,
  sample: Sampler,
  onGeneration?: (record: GenerationRecord) => void,
): Promise<SearchOutcome> {
  const rng = createStream(settings.seed, 'optimize/genetic');
  const total = space.sizes.reduce((n, s) => n * s, 1);
  const seen = new Set<number>();
  const evaluated: number[] = [];
  const generations: GenerationRecord[] = [];
  const accept = (p: number, into: number[]): void => {
    if (seen.has(p) || !space.valid(p)) return;
    seen.add(p);
    into.push(p);
  };

  let population: number[] = [];
  for (const p of settings.start ?? []) if (population.length < settings.population) accept(p, population);
  for (let tries = 0; population.length < settings.population && tries < settings.population * 50; tries++) accept(Math.floor(rng() * total), population);

  const run = async (points: number[], generation: number): Promise<boolean> => {
    const stopped = await store.fill(sample, points.flatMap((p) => store.upTo(p, settings.replications)));
    const done = points.filter((p) => store.count(p) >= settings.replications);
    evaluated.push(...done);
    if (stopped) return true;
    const best = rankPoints(evaluated, store, criteria)[0];
    const record = { generation, newCandidates: done.length, best, bestEstimate: estimate(store.runs(best), criteria) };
    generations.push(record);
    onGeneration?.(record);
    return false;
  };

  if (population.length === 0 || (await run(population, 0))) return { generations, evaluated, stopped: population.length > 0 };
  for (let g = 1; g <= settings.generations; g++) {
    population = rankPoints(population, store, criteria);
    const children: number[] = [];
    for (let tries = 0; children.length < settings.population && tries < settings.population * 20; tries++) {
      const child = mutate(crossover(tournament(population, rng), tournament(population, rng), space.sizes, rng), space.sizes, rng);
      accept(genesPoint(child, space.sizes), children);
    }
    if (children.length === 0) break; // the grid is exhausted around the population
    if (await run(children, g)) return { generations, evaluated, stopped: true };
    population = rankPoints([...population, ...children.filter((c) => store.count(c) >= settings.replications)], store, criteria).slice(0, settings.population);
  }
  return { generations, evaluated, stopped: false };
}

/** The better of two random members of a ranked population (the lower rank wins). */
function tournament(ranked: readonly number[], rng: Rng): number {
  const a = Math.floor(rng() * ranked.length);
  const b = Math.floor(rng() * ranked.length);
  return ranked[Math.min(a, b)];
}

/** Uniform crossover: each variable from either parent. */
function crossover(a: number, b: number, sizes: readonly number[], rng: Rng): number[] {
  const ga = pointGenes(a, sizes);
  const gb = pointGenes(b, sizes);
  return ga.map((g, k) => (rng() < 0.5 ? g : gb[k]));
}

/**
 * Each variable with probability 1/variables (and at least one): half the time a step up or
 * down, the other half any value. Small steps refine near a good point; jumps keep the search
 * from settling on the first hill.
 */
function mutate(genes: number[], sizes: readonly number[], rng: Rng): number[] {
  const n = genes.length;
  const forced = Math.floor(rng() * n);
  return genes.map((g, k) => {
    if (sizes[k] <= 1 || (k !== forced && rng() >= 1 / n)) return g;
    if (rng() < 0.5) {
      const step = rng() < 0.5 ? -1 : 1;
      const next = g + step;
      return next < 0 || next >= sizes[k] ? g - step : next;
    }
    return Math.floor(rng() * sizes[k]);
  });
}

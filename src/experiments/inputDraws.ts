/**
 * Drawing the uncertain inputs: each input's distribution as a quantile function, and the outer
 * draws (plausible worlds) made from it, seeded and deterministic.
 *
 * Latin hypercube sampling (McKay, Beckman & Conover, Technometrics 21(2), 1979), the default:
 * each input's range is cut into O equally likely slices, every slice is drawn exactly once (at a
 * uniform point within it), and the slices are paired across inputs by independent random
 * permutations. With 20 worlds every input's whole range is covered, which plain independent
 * draws (`plain`) do not promise. Each input has its own random stream, seeded from the file's
 * seed and the input's name (`${seed}/uncertainty/<name>`, docs/architecture.md rule 4), so
 * adding an input leaves the others' draws as they were.
 */
import { createStream, normalQuantile, type Rng } from '../sim/index.js';

/** A checked uncertain input (see `uncertaintySchema.ts` for the fields' meaning). */
export type UncertainInput = {
  name: string;
  path: string;
  multiplier: boolean;
  note: string;
} & (
  | { distribution: 'uniform'; low: number; high: number }
  | { distribution: 'triangular'; low: number; mode: number; high: number }
  | { distribution: 'lognormal'; median: number; sigma: number }
);

/** How the outer draws are made. */
export type Sampling = 'latin-hypercube' | 'plain';

/**
 * The value of an input at probability `u` of its distribution (its quantile function).
 *
 * @example
 * inputQuantile({ distribution: 'uniform', low: 1.5, high: 3, ... }, 0.5); // 2.25
 * inputQuantile({ distribution: 'lognormal', median: 1, sigma: 0.5, ... }, 0.9); // 1.896...
 */
export function inputQuantile(input: UncertainInput, u: number): number {
  const p = Math.min(Math.max(u, Number.EPSILON), 1 - Number.EPSILON);
  switch (input.distribution) {
    case 'uniform':
      return input.low + p * (input.high - input.low);
    case 'triangular': {
      const { low, mode, high } = input;
      const width = high - low;
      const c = (mode - low) / width;
      return p < c ? low + Math.sqrt(p * width * (mode - low)) : high - Math.sqrt((1 - p) * width * (high - mode));
    }
    case 'lognormal':
      return input.median * Math.exp(input.sigma * normalQuantile(p));
  }
}

/**
 * The outer draws: `draws[o][i]` is input i's value in world o.
 *
 * @example
 * drawInputs(inputs, 20, 'latin-hypercube', 1).length; // 20
 */
export function drawInputs(inputs: readonly UncertainInput[], outer: number, sampling: Sampling, seed: number): number[][] {
  const columns = inputs.map((input) => {
    const rng = createStream(seed, `uncertainty/${input.name}`);
    const u = sampling === 'plain' ? Array.from({ length: outer }, () => rng()) : latinColumn(rng, outer);
    return u.map((p) => inputQuantile(input, p));
  });
  return Array.from({ length: outer }, (_, o) => columns.map((c) => c[o]));
}

/** One input's Latin hypercube probabilities: slice π(o) of O, at a uniform point inside it. */
function latinColumn(rng: Rng, outer: number): number[] {
  const slices = Array.from({ length: outer }, (_, i) => i);
  for (let i = outer - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [slices[i], slices[j]] = [slices[j], slices[i]];
  }
  return slices.map((s) => (s + rng()) / outer);
}

// Noisy synthetic functions with a known best, for the search and selection tests: a sampler
// that answers (point, replication) with f(point) plus normal noise seeded by both, with a share
// of the noise common to every point of a replication (as common random numbers give).
import { createStream, normalQuantile } from '../../../src/sim/index.js';
import type { Sampler } from '../../../src/experiments/index.js';

/** Standard normal draw for a (stream, key), reproducible. */
function noise(seed: number, key: string): number {
  const u = createStream(seed, key)();
  return normalQuantile(Math.min(Math.max(u, 1e-12), 1 - 1e-12));
}

/**
 * A sampler of metrics `metrics(point)` (means), each plus sd × noise; `common` of the noise's
 * variance is shared by all points of a replication.
 *
 * @example
 * const sample = noisySampler((p) => ({ f: -p * p }), { sd: 1, seed: 3 });
 */
export function noisySampler(
  means: (point: number) => Record<string, number>,
  options: { sd: number | Record<string, number>; seed: number; common?: number; calls?: number[] },
): Sampler {
  const common = options.common ?? 0.5;
  return async (requests) => {
    options.calls?.push(requests.length);
    const runs = requests.map(({ point, replication }) => {
      const out: Record<string, number> = {};
      for (const [name, mean] of Object.entries(means(point))) {
        const sd = typeof options.sd === 'number' ? options.sd : (options.sd[name] ?? 0);
        const shared = noise(options.seed, `${name}/rep${replication}`);
        const own = noise(options.seed, `${name}/p${point}/rep${replication}`);
        out[name] = mean + sd * (Math.sqrt(common) * shared + Math.sqrt(1 - common) * own);
      }
      return out;
    });
    return { runs, stopped: false };
  };
}

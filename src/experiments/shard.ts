/**
 * Shards: a large sweep split over machines by any batch system. Shard i of n (1-based) runs the
 * jobs whose index j has j mod n = i − 1. Dealing jobs round-robin, rather than in blocks, gives
 * every shard a fair share of the expensive points (a block would give one shard all the
 * six-officer points, say), and the assignment depends only on the job index, so every machine
 * agrees on it without talking to the others. `merge` joins the parts (see `merge.ts`).
 */

/** Shard `index` of `count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Reads `i/n`, or returns a sentence saying what is wrong.
 *
 * @example
 * parseShard('2/4'); // { index: 2, count: 4 }
 * parseShard('5/4'); // 'the shard must be i/n with 1 <= i <= n, got 5/4'
 */
export function parseShard(text: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(index >= 1 && index <= count) || !Number.isSafeInteger(count)) return `the shard must be i/n with 1 <= i <= n, got '${text}'`;
  return { index, count };
}

/**
 * True when job `job` belongs to `shard` (every job belongs to the whole run, shard undefined).
 *
 * @example
 * [0, 1, 2, 3, 4, 5].filter((j) => inShard(j, { index: 2, count: 3 })); // [1, 4]
 */
export function inShard(job: number, shard: Shard | null | undefined): boolean {
  return !shard || job % shard.count === shard.index - 1;
}

/**
 * Shards: a large sweep split over machines by any batch system. Shard i of n (1-based) runs the
 * jobs whose index j has j mod n = i − 1. Dealing jobs round-robin, rather than in blocks, gives
 * every shard a fair share of the expensive points (a block would give one shard all the
 * six-officer points, say), and the assignment depends only on the job index, so every machine
 * agrees on it without talking to the others. `merge` joins the parts (see `merge.ts`).
 *
 * On a cluster the part comes from the batch system (`--shard auto`, `shardFromEnvironment`): a
 * Slurm job array's task (SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT, or MIN and MAX) or a
 * Kubernetes Indexed Job's completion index (JOB_COMPLETION_INDEX, with the count given as
 * `--shard auto/N`, since a pod is not told how many completions its Job has).
 */

/** Shard `index` of `count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** `--shard auto` or `auto/N`: the part is taken from the environment (N: the count, if given). */
export interface AutoShard {
  auto: true;
  count: number | null;
}

/**
 * Reads `i/n`, or returns a sentence saying what is wrong.
 *
 * @example
 * parseShard('2/4'); // { index: 2, count: 4 }
 * parseShard('5/4'); // "the shard must be i/n with 1 <= i <= n, or auto, got '5/4'"
 * parseShard('auto/8'); // { auto: true, count: 8 }
 */
export function parseShard(text: string): Shard | AutoShard | string {
  const auto = /^auto(?:\/(\d+))?$/.exec(text);
  if (auto !== null) {
    const count = auto[1] === undefined ? null : Number(auto[1]);
    if (count !== null && !(count >= 1 && Number.isSafeInteger(count))) return `the shard count after auto/ must be a whole number of at least 1, got '${text}'`;
    return { auto: true, count };
  }
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(index >= 1 && index <= count) || !Number.isSafeInteger(count)) return `the shard must be i/n with 1 <= i <= n, or auto, got '${text}'`;
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

/**
 * The shard a batch system gives this process (`--shard auto`), or a sentence naming what is
 * missing or wrong. Slurm: the array task's place among the tasks, from SLURM_ARRAY_TASK_ID and
 * SLURM_ARRAY_TASK_MIN (0 if unset), with the count from SLURM_ARRAY_TASK_COUNT or MAX − MIN + 1
 * (an array with a step other than 1 is refused: its task ids are not consecutive). Kubernetes:
 * JOB_COMPLETION_INDEX (0-based), with the count from `auto/N`. A count given as `auto/N` must
 * agree with Slurm's.
 *
 * @example
 * shardFromEnvironment({ auto: true, count: null }, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '8' }); // { index: 3, count: 8 }
 * shardFromEnvironment({ auto: true, count: 4 }, { JOB_COMPLETION_INDEX: '0' }); // { index: 1, count: 4 }
 */
export function shardFromEnvironment(auto: AutoShard, env: Readonly<Record<string, string | undefined>>): Shard | string {
  const whole = (name: string): number | string | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    return /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : `${name} must be a whole number, got '${v.slice(0, 40)}'`;
  };
  const fail = (...values: (number | string | undefined)[]): string | undefined => values.find((v): v is string => typeof v === 'string');
  const id = whole('SLURM_ARRAY_TASK_ID');
  if (id !== undefined) {
    const [min, max, count, step] = [whole('SLURM_ARRAY_TASK_MIN'), whole('SLURM_ARRAY_TASK_MAX'), whole('SLURM_ARRAY_TASK_COUNT'), whole('SLURM_ARRAY_TASK_STEP')];
    const problem = fail(id, min, max, count, step);
    if (problem !== undefined) return problem;
    if (step !== undefined && step !== 1) return `SLURM_ARRAY_TASK_STEP is ${step}: --shard auto needs consecutive task ids (an array such as --array=1-8, step 1)`;
    const first = (min as number | undefined) ?? 0;
    const n = (count as number | undefined) ?? (max !== undefined ? (max as number) - first + 1 : undefined);
    if (n === undefined) return 'SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MAX: cannot tell how many shards there are';
    if (auto.count !== null && auto.count !== n) return `--shard auto/${auto.count} disagrees with the Slurm array, which has ${n} tasks`;
    const index = (id as number) - first + 1;
    if (!(index >= 1 && index <= n)) return `SLURM_ARRAY_TASK_ID ${id} is outside the array's tasks ${first} to ${first + n - 1}`;
    return { index, count: n };
  }
  const k8s = whole('JOB_COMPLETION_INDEX');
  if (k8s !== undefined) {
    if (typeof k8s === 'string') return k8s;
    if (auto.count === null) return "JOB_COMPLETION_INDEX is set but the count is not: give --shard auto/N, with N the Job's completions";
    if (k8s >= auto.count) return `JOB_COMPLETION_INDEX ${k8s} is outside 0 to ${auto.count - 1} (--shard auto/${auto.count})`;
    return { index: k8s + 1, count: auto.count };
  }
  return '--shard auto needs a batch system: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set';
}

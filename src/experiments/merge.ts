/**
 * Merging sweep parts: the shard outputs of `sweep --shard i/n` (or the partial result of a
 * cancelled sweep) joined into one result, byte for byte the one a single unsharded run would
 * have written. That holds because a result is a function of (grid, runs by job index) only
 * (`buildSweepResult`), and runs are carried in parts with every digit (JSON numbers round-trip
 * exactly).
 *
 * Parts come from files, so they are checked like any input: each must be a sweep result of the
 * same grid (compared in full, so a part of another grid, or of the same grid with another seed,
 * is refused, naming the first field that differs), and its runs must be jobs of that grid with
 * the metrics a run of their point has. A job found in two parts must have the same metrics in
 * both. If jobs are still missing, the merged result says so (`complete: false`).
 */
import { z } from 'zod';
import type { ScenarioError } from '../scenario/index.js';
import { FRONTIER_X, FRONTIER_Y, type FrontierX, type FrontierY } from './frontier.js';
import { gridPoints, parseGrid, pointScenario, type GridSpec } from './grid.js';
import { metricNames } from './metricPaths.js';
import { buildSweepResult, jobCount, type SweepResult } from './sweep.js';

/** A part as read from a file: its name (for messages) and its parsed JSON. */
export interface PartInput {
  name: string;
  value: unknown;
}

/** What `mergeSweepParts` returns: the merged result, or every problem (paths start with the part's name). */
export type MergeResult = { ok: true; result: SweepResult } | { ok: false; errors: ScenarioError[] };

const runSchema = z.strictObject({
  job: z.number().int().min(0),
  point: z.number().int().min(0),
  replication: z.number().int().min(0),
  seed: z.number().int().min(0),
  // NaN is written as null in JSON; a run's metrics are finite, but accept what we write. No metric of a run
  // this machine can do reaches 10^15 (limits.ts bounds every input), so a larger one was edited by hand.
  metrics: z.record(z.string(), z.number().min(-1e15).max(1e15).nullable()),
});

const shardSchema = z.strictObject({ index: z.number().int().min(1), count: z.number().int().min(1) })
  .refine((s) => s.index <= s.count, { message: 'index must be at most count' });

const partSchema = z.object({
  format: z.string(),
  version: z.literal(1),
  complete: z.boolean(),
  grid: z.unknown(),
  missing: z.array(z.number().int().min(0)),
  shard: shardSchema.nullable(),
  points: z.array(z.unknown()),
  frontier: z.object({ x: z.enum(Object.keys(FRONTIER_X) as [FrontierX]), y: z.enum(Object.keys(FRONTIER_Y) as [FrontierY]) }),
  runs: z.array(runSchema).optional(),
});

/**
 * Joins sweep parts. The frontier axes default to those of the first part.
 *
 * @example
 * const r = mergeSweepParts([{ name: 'part1.json', value: JSON.parse(text1) }, { name: 'part2.json', value: JSON.parse(text2) }]);
 * if (r.ok) writeFile('sweep.json', resultJson(r.result));
 */
export function mergeSweepParts(parts: readonly PartInput[], axes: { x?: FrontierX; y?: FrontierY } = {}): MergeResult {
  const errors: ScenarioError[] = [];
  if (parts.length === 0) return { ok: false, errors: [{ path: '(root)', message: 'no parts to merge' }] };
  let grid: GridSpec | undefined;
  let gridText = '';
  let first = '';
  let frontier: { x: FrontierX; y: FrontierY } | undefined;
  const runs = new Map<number, Record<string, number>>();
  const source = new Map<number, string>();
  let expected: string[][] = [];
  for (const part of parts) {
    const at = (path: string, message: string) => errors.push({ path: `${part.name}: ${path}`, message });
    const format = (part.value as { format?: unknown } | null)?.format;
    if (format !== 'interdict-sweep') {
      at('format', `not a sweep result (format ${JSON.stringify(format)}); merge joins the parts written by 'sweep --shard'`);
      continue;
    }
    const parsed = partSchema.safeParse(part.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) at(issue.path.join('.') || '(root)', issue.message);
      continue;
    }
    const p = parsed.data;
    if (p.complete || p.runs === undefined) {
      at('complete', 'this is a complete sweep result, with no runs to merge: it is already the whole result');
      continue;
    }
    const g = parseGrid(p.grid);
    if (!g.ok) {
      for (const e of g.errors) at(`grid.${e.path}`, e.message);
      continue;
    }
    const text = JSON.stringify(g.grid);
    if (grid === undefined) {
      [grid, gridText, first, frontier] = [g.grid, text, part.name, p.frontier];
      expected = gridPoints(grid).map((pt) => {
        const s = pointScenario(grid as GridSpec, pt);
        return s.ok ? metricNames(s.scenario) : [];
      });
    } else if (text !== gridText) {
      at('grid', `comes from another grid than ${first}: they differ at ${firstDifference(grid, g.grid)}`);
      continue;
    }
    checkRuns(part.name, p.runs, grid, expected, runs, source, at);
  }
  if (errors.length > 0 || grid === undefined || frontier === undefined) return { ok: false, errors };
  return { ok: true, result: buildSweepResult(grid, runs, { shard: null, frontierX: axes.x ?? frontier.x, frontierY: axes.y ?? frontier.y }) };
}

function checkRuns(
  name: string,
  list: z.infer<typeof runSchema>[],
  grid: GridSpec,
  expected: string[][],
  runs: Map<number, Record<string, number>>,
  source: Map<number, string>,
  at: (path: string, message: string) => void,
): void {
  const R = grid.replications;
  const total = jobCount(grid);
  list.forEach((run, i) => {
    const path = `runs.${i}`;
    const replication = run.job % R;
    if (run.job >= total) return at(`${path}.job`, `the grid has jobs 0 to ${total - 1}, not ${run.job}`);
    if (run.point !== Math.floor(run.job / R) || run.replication !== replication || run.seed !== grid.seed + replication) {
      return at(path, `job ${run.job} is point ${Math.floor(run.job / R)}, replication ${replication}, seed ${grid.seed + replication}; the part says point ${run.point}, replication ${run.replication}, seed ${run.seed}`);
    }
    const names = Object.keys(run.metrics);
    const want = expected[run.point];
    if (names.length !== want.length || names.some((n, k) => n !== want[k])) {
      return at(`${path}.metrics`, `not the metrics of a run of this point (expected ${want.length} metrics, ${want.slice(0, 3).join(', ')}, ...)`);
    }
    const metrics = Object.fromEntries(names.map((n) => [n, run.metrics[n] ?? NaN]));
    const earlier = runs.get(run.job);
    if (earlier !== undefined) {
      if (JSON.stringify(earlier) !== JSON.stringify(metrics)) at(path, `job ${run.job} has other metrics than in ${source.get(run.job)}`);
      return;
    }
    runs.set(run.job, metrics);
    source.set(run.job, name);
  });
}

/**
 * The dotted path of the first difference between two JSON values, for "these parts come from
 * different grids" messages.
 *
 * @example
 * firstDifference({ seed: 1, days: 1 }, { seed: 2, days: 1 }); // 'grid.seed (1 vs 2)'
 */
export function firstDifference(a: unknown, b: unknown, path = 'grid'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path} (${short(a)} vs ${short(b)})`;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (JSON.stringify(x) !== JSON.stringify(y)) return firstDifference(x, y, `${path}.${k}`);
  }
  return path;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

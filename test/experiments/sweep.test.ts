// Sweeps: results that depend only on (grid, runs), never on the number of workers or the order
// runs finish in; common seeds across points; shards that merge back into exactly the unsharded
// result; and cancelled or failed sweeps that say they are incomplete.
import { describe, expect, it } from 'vitest';
import {
  buildSweepResult, inProcessExecutor, jobCount, mergeSweepParts, resultJson, runSweep, sweepJobs,
  type SweepResult,
} from '../../src/experiments/index.js';
import { abortingExecutor, checkedGrid, failingExecutor, SMALL_GRID } from './helpers.js';

const grid = checkedGrid(SMALL_GRID);

describe('sweep', () => {
  it('runs every point with the same seeds and summarises each point', async () => {
    const jobs = sweepJobs(grid);
    expect(jobs).toHaveLength(12);
    expect(jobs.map((j) => j.seed)).toEqual([11, 12, 13, 14, 11, 12, 13, 14, 11, 12, 13, 14]);
    expect(jobs[4].scenario.stations.xray.officersByShift).toEqual([5]);
    const { result } = await runSweep(grid, inProcessExecutor());
    expect(result).toMatchObject({ format: 'interdict-sweep', complete: true, missing: [], shard: null });
    expect(result.points.map((p) => p.parameters)).toEqual([{ servers: 4, lanes: 6 }, { servers: 5, lanes: 6 }, { servers: 6, lanes: 6 }]);
    expect(result.points.every((p) => p.runs === 4)).toBe(true);
    // Same seeds at every point: the same parcels arrive, and more servers mean shorter waits.
    const arrived = result.points.map((p) => p.metrics['parcels.arrived'].mean);
    expect(new Set(arrived).size).toBe(1);
    const waits = result.points.map((p) => p.metrics['stations.xray.meanWaitSeconds'].mean);
    expect(waits[0]).toBeGreaterThan(waits[1]);
    expect(waits[1]).toBeGreaterThan(waits[2]);
  });

  it('gives identical results for any completion order (as with 1, 2 or 3 workers)', async () => {
    const reference = resultJson((await runSweep(grid, inProcessExecutor())).result);
    for (const shuffleSeed of [1, 2, 3]) {
      expect(resultJson((await runSweep(grid, inProcessExecutor({ shuffleSeed }))).result)).toBe(reference);
    }
  });

  it('merges shards into exactly the unsharded result, byte for byte', async () => {
    const whole = resultJson((await runSweep(grid, inProcessExecutor())).result);
    const parts: SweepResult[] = [];
    for (const index of [1, 2, 3, 4, 5]) {
      const { result } = await runSweep(grid, inProcessExecutor(), { shard: { index, count: 5 } });
      expect(result.complete).toBe(false);
      expect(result.shard).toEqual({ index, count: 5 });
      expect(result.runs?.map((r) => r.job)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].filter((j) => j % 5 === index - 1));
      parts.push(result);
    }
    // Through JSON text, as the parts travel between machines; in any order.
    const merged = mergeSweepParts([3, 0, 4, 1, 2].map((i) => ({ name: `part${i + 1}.json`, value: JSON.parse(resultJson(parts[i])) })));
    expect(merged.ok).toBe(true);
    if (merged.ok) expect(resultJson(merged.result)).toBe(whole);
  });

  it('marks a cancelled sweep incomplete, listing the missing runs and keeping the finished ones', async () => {
    const controller = new AbortController();
    const { result, error } = await runSweep(grid, abortingExecutor(controller, 5), {}, { signal: controller.signal });
    expect(error).toBeUndefined();
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(result.runs?.map((r) => r.job)).toEqual([0, 1, 2, 3, 4]);
    expect(result.points.map((p) => p.runs)).toEqual([4, 1, 0]);
    // A partial result is a part: merging it alone reproduces it, still incomplete.
    const again = mergeSweepParts([{ name: 'partial.json', value: JSON.parse(resultJson(result)) }]);
    expect(again.ok && again.result.complete).toBe(false);
  });

  it('reports a failed run with the results that did finish', async () => {
    const { result, error } = await runSweep(grid, failingExecutor(2));
    expect(String(error)).toMatch(/warmupDays/);
    expect(result.complete).toBe(false);
    expect(result.missing[0]).toBe(2);
  });

  it('is complete exactly when every job is there', () => {
    const runs = new Map<number, Record<string, number>>();
    for (let j = 0; j < jobCount(grid); j++) runs.set(j, { x: j });
    expect(buildSweepResult(grid, runs).complete).toBe(true);
    runs.delete(7);
    expect(buildSweepResult(grid, runs)).toMatchObject({ complete: false, missing: [7] });
  });
});

describe('merge problems', () => {
  const part = async (seed: number, index: number) =>
    JSON.parse(resultJson((await runSweep(checkedGrid({ ...SMALL_GRID, seed }), inProcessExecutor(), { shard: { index, count: 2 } })).result));

  it('refuses parts of different grids, naming the first difference', async () => {
    const r = mergeSweepParts([{ name: 'a.json', value: await part(11, 1) }, { name: 'b.json', value: await part(12, 2) }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: 'b.json: grid', message: 'comes from another grid than a.json: they differ at grid.seed (11 vs 12)' }]);
  });

  it('refuses a run whose metrics differ between two parts, and results of other kinds', async () => {
    const a = await part(11, 1);
    const b = structuredClone(a);
    b.runs[0].metrics['parcels.arrived'] += 1;
    const r = mergeSweepParts([{ name: 'a.json', value: a }, { name: 'b.json', value: b }, { name: 'c.json', value: { format: 'interdict-compare' } }]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
        'b.json: runs.0: job 0 has other metrics than in a.json',
        'c.json: format: not a sweep result (format "interdict-compare"); merge joins the parts written by \'sweep --shard\'',
      ]);
    }
  });

  it('checks a part like a sweep result: a shard index given as text, or a metric edited to 1e308, is refused', async () => {
    const a = await part(11, 1);
    a.shard.index = '1';
    a.runs[0].metrics['parcels.arrived'] = 1e308;
    const r = mergeSweepParts([{ name: 'a.json', value: a }]);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['a.json: shard.index', 'a.json: runs.0.metrics.parcels.arrived']);
  });

  it('refuses a run that is not a job of the grid', async () => {
    const a = await part(11, 1);
    a.runs[1].job = 99;
    a.runs[2].seed = 5;
    const r = mergeSweepParts([{ name: 'a.json', value: a }]);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['a.json: runs.1.job', 'a.json: runs.2']);
  });
});

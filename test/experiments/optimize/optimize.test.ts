// The optimizer on scenarios: the same bytes whatever order the runs finish in; the base
// scenario's own settings are a candidate from the start; the chosen candidate is checked against
// the base on fresh seeds; a cancelled or failed optimization says it is incomplete.
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, optimize, parseProblem, plannedRuns, resultJson, type OptimizeProblem } from '../../../src/experiments/index.js';
import { formatErrors } from '../../../src/scenario/index.js';
import { abortingExecutor, failingExecutor } from '../helpers.js';

function smallProblem(): OptimizeProblem {
  const r = parseProblem({
    base: { preset: 'single-queue' },
    variables: [
      { name: 'lanes', path: 'stations.xray.lanes', values: [4, 6, 8] },
      { name: 'xray officers', path: 'stations.xray.officersByShift.*', values: { from: 3, to: 8, step: 1 } },
    ],
    objective: { metric: 'stations.xray.officerHours', goal: 'minimize' },
    constraints: [{ name: 'X-ray wait', metric: 'stations.xray.meanWaitSeconds', atMost: 30 }, { metric: 'parcels.released', atLeast: 100 }],
    replications: 3, seed: 5, days: 1,
    search: { population: 4, generations: 3 },
    selection: { finalists: 3, budget: 9, stage: 3 },
  });
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.problem;
}

describe('optimize', () => {
  it('gives the same bytes whatever order the runs finish in', async () => {
    const problem = smallProblem();
    const a = await optimize(problem, inProcessExecutor());
    const b = await optimize(problem, inProcessExecutor({ shuffleSeed: 3 }));
    expect(a.error).toBeUndefined();
    expect(resultJson(b.result)).toBe(resultJson(a.result));
    expect(a.result.runsMade).toBeLessThanOrEqual(plannedRuns(problem));
  });

  it('starts from the base settings, and checks the chosen roster against the base on fresh seeds', async () => {
    // single-queue has 4 lanes and 4 officers: with only generation 0 of 2 candidates, that is always one of them.
    for (const seed of [1, 2, 3]) {
      const p = smallProblem();
      const { result: r } = await optimize({ ...p, search: { population: 2, generations: 0, seed }, selection: { ...p.selection, finalists: 2 } }, inProcessExecutor());
      expect(r.finalists.map((f) => f.parameters)).toContainEqual({ lanes: 4, 'xray officers': 4 });
    }
    const { result } = await optimize(smallProblem(), inProcessExecutor());
    expect(result.complete).toBe(true);
    expect(result.chosen).not.toBeNull();
    const chosen = result.chosen!;
    expect(result.finalists[0].point).toBe(chosen.point);
    expect(chosen.constraints.map((c) => c.name)).toEqual(['X-ray wait', 'parcels.released ≥ 100']);
    expect(chosen.probabilityBest).toBeGreaterThanOrEqual(0);
    expect(chosen.probabilityBest).toBeLessThanOrEqual(1);
    const check = result.check!;
    expect(check.label).toBe('single-queue');
    expect(check.chosen.runs).toBe(chosen.runs);
    expect(check.base.runs).toBe(chosen.runs);
    expect(check.chosen.parameters).toEqual(chosen.parameters);
    // Fresh seeds: past every seed the search and the selection used.
    expect(check.seeds.first).toBe(5 + Math.max(...result.finalists.map((f) => f.runs)));
    expect(check.seeds.last - check.seeds.first + 1).toBe(chosen.runs);
    // Officer-hours are exact: the difference has no spread, and equals the means' difference.
    expect(check.difference.objective.mean).toBeCloseTo(check.chosen.objective.mean - check.base.objective.mean, 9);
    expect(check.difference.objective.halfWidth).toBe(0);
    expect(check.chosen.objective.mean).toBe(chosen.objective.mean);
  });

  it('marks a cancelled optimization incomplete and keeps its runs', async () => {
    const controller = new AbortController();
    const { result, error } = await optimize(smallProblem(), abortingExecutor(controller, 7), { signal: controller.signal });
    expect(error).toBeUndefined();
    expect(result.complete).toBe(false);
    expect(result.runs?.length).toBe(7);
    expect(result.missing.length).toBeGreaterThan(0);
    expect(result.chosen).toBeNull();
    expect(Object.keys(result.runs![0].metrics)).toEqual(['stations.xray.officerHours', 'stations.xray.meanWaitSeconds', 'parcels.released']);
  });

  it('returns the error of a failed run with a partial result', async () => {
    const { result, error } = await optimize(smallProblem(), failingExecutor(2));
    expect(error).toBeDefined();
    expect(result.complete).toBe(false);
  });
});

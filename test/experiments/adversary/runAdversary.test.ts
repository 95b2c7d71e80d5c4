// Rounds of the adapting adversary: the same bytes whatever order runs finish in (as with any
// number of workers), each round built from the last one's measured routes, the re-tune choosing
// by its stated rule, and a cancelled play kept and marked incomplete.
import { describe, expect, it } from 'vitest';
import {
  adversaryJobCount, chooseRetune, inProcessExecutor, nextStrategy, pooledCounts, resultCsv, resultJson, retuneCandidates,
  runAdversary, type AdversarySpec,
} from '../../../src/experiments/index.js';
import { abortingExecutor, recordingExecutor } from '../helpers.js';
import { smallScenario } from './fixtures.js';

const spec = (over: Partial<AdversarySpec> = {}): AdversarySpec => ({
  scenario: smallScenario(), seed: 1, replications: 2, days: 1, warmupDays: 0,
  rounds: 3, retune: false, roundsAfter: 0, rule: { kind: 'logit', rate: 10, priorParcels: 20 }, ...over,
});

describe('runAdversary', () => {
  it('gives the same bytes for any completion order (as with 1, 2 or 3 workers)', async () => {
    const reference = resultJson((await runAdversary(spec(), inProcessExecutor())).result);
    for (const shuffleSeed of [1, 2]) expect(resultJson((await runAdversary(spec(), inProcessExecutor({ shuffleSeed }))).result)).toBe(reference);
  });

  it('plays round 0 on the scenario itself and builds each next round from the routes measured', async () => {
    const s = spec();
    const batches: number[] = [];
    const seen: number[] = [];
    const { result } = await runAdversary(s, recordingExecutor(batches), { onRound: (r) => seen.push(r.round) });
    expect(result.complete).toBe(true);
    expect(batches).toEqual([2, 2, 2]);
    expect(seen).toEqual([0, 1, 2]);
    expect(result.played.map((r) => r.stage)).toEqual(['static', 'adapting', 'adapting']);
    const [r0, r1] = result.played;
    // Round 1's split is the rule applied to round 0's pooled counts.
    const counts = Object.fromEntries(Object.entries(r0.routes).map(([d, rows]) => [d, rows.map((x) => ({ ended: x.ended, seized: x.seized }))]));
    expect(r1.strategy).toEqual(nextStrategy(r0.strategy, counts as ReturnType<typeof pooledCounts>, s.rule));
    for (const r of result.played) {
      expect(r.interdiction.n).toBe(2);
      expect(r.routes.origin.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 12);
      for (const x of r.routes.declared) expect(x.low).toBeLessThanOrEqual(x.interdiction);
    }
    expect(resultCsv(result).split('\n')[0]).toBe('round,stage,targeting,dimension,route,share,ended,seized,interdiction,ci_low,ci_high');
  });

  it('re-tunes against the adapted smugglers, then lets them adapt again, with every run planned in advance', async () => {
    const s = spec({ rounds: 2, retune: true, roundsAfter: 1 });
    const batches: number[] = [];
    const { result } = await runAdversary(s, recordingExecutor(batches));
    const candidates = retuneCandidates(s.scenario, result.played[1].strategy).length;
    expect(batches.reduce((a, b) => a + b, 0)).toBe(adversaryJobCount(s));
    expect(adversaryJobCount(s)).toBe((2 + 1 + candidates - 1) * 2);
    expect(result.played.map((r) => r.stage)).toEqual(['static', 'adapting', 're-tuned', 'adapting again']);
    const t = result.retune!;
    expect(t.candidates[0].label).toBe('No change');
    expect(t.candidates[0].interdiction).toEqual(result.played[1].interdiction);
    expect(result.played[2].interdiction).toEqual(t.candidates[t.chosen].interdiction);
    expect(result.played[3].targeting).toBe(result.played[2].targeting);
    expect(result.adaptedScenario).not.toBeNull();
  });

  it('keeps the finished rounds of a cancelled play, marked incomplete, with every unfinished run listed', async () => {
    const controller = new AbortController();
    const { result, error } = await runAdversary(spec(), abortingExecutor(controller, 3), { signal: controller.signal });
    expect(error).toBeUndefined();
    expect(result.complete).toBe(false);
    expect(result.played.map((r) => r.round)).toEqual([0]);
    expect(result.missing).toEqual([3, 4, 5]);
    expect(result.runs?.map((r) => [r.job, r.seed])).toEqual([[0, 1], [1, 2], [2, 1]]);
  });
});

describe('chooseRetune', () => {
  const runs = (rate: number, delay: number) => [rate, rate + 0.02].map((r) => ({ 'contraband.interdictionRate': r, 'throughput.screeningDelayParcelHours': delay }));

  it('keeps the highest interdiction among changes within the delay allowance, and reports the paired gain', () => {
    const t = chooseRetune(['No change', 'Wider', 'Much wider', 'Stricter'], [runs(0.1, 100), runs(0.14, 109), runs(0.3, 150), runs(0.08, 50)]);
    expect(t.candidates.map((c) => c.feasible)).toEqual([true, true, false, true]);
    expect(t.chosen).toBe(1);
    expect(t.gain.mean).toBeCloseTo(0.04, 12);
    expect(t.gain.halfWidth).toBeCloseTo(0, 12);
  });

  it('keeps the targeting when no change does better', () => {
    expect(chooseRetune(['No change', 'Stricter'], [runs(0.1, 100), runs(0.08, 50)]).chosen).toBe(0);
  });
});

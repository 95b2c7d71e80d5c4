// The optimizer on problems whose answer theory gives: single-queue variations (M/M/c at X-ray),
// the fewest X-ray officers that keep the mean X-ray wait under a target. Erlang C
// (`mmcMeanWait`, src/sim/queueing.ts) gives the answer; the targets sit between the steady-state
// waits of the answer and of one officer fewer, so a correct search and selection must land on it.
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, optimize, parseProblem } from '../../../src/experiments/index.js';
import { formatErrors } from '../../../src/scenario/index.js';
import { mmcMeanWait } from '../../../src/sim/index.js';

/** Fewest servers c in 1…10 whose steady-state mean wait (s) is at most `target`. */
function erlangAnswer(perHour: number, meanSeconds: number, target: number): number {
  const mu = 3600 / meanSeconds;
  for (let c = 1; c <= 10; c++) if (c * mu > perHour && mmcMeanWait(c, perHour, mu) * 3600 <= target) return c;
  throw new Error('no answer within 10 servers');
}

function problem(perHour: number, meanSeconds: number, target: number) {
  const r = parseProblem({
    name: `fewest X-ray officers for ${perHour}/h, ${meanSeconds} s, wait ≤ ${target} s`,
    base: { preset: 'single-queue' },
    variables: [
      { name: 'arrivals', path: 'arrivals.perHour', values: [perHour] },
      { name: 'service', path: 'stations.xray.serviceSeconds.mean', values: [meanSeconds] },
      { name: 'lanes', path: 'stations.xray.lanes', values: [10] },
      { name: 'xray officers', path: 'stations.xray.officersByShift.*', values: { from: 1, to: 10, step: 1 } },
    ],
    objective: { metric: 'stations.xray.officerHours', goal: 'minimize' },
    constraints: [{ metric: 'stations.xray.meanWaitSeconds', atMost: target }],
    replications: 4,
    seed: 1,
    days: 2,
    warmupDays: 1,
    search: { population: 4, generations: 4 },
    selection: { finalists: 3, budget: 12, stage: 6 },
  });
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return r.problem;
}

const CASES: [number, number, number][] = [
  [90, 144, 6],
  [150, 100, 40],
  [60, 200, 90],
  [200, 60, 25],
];

describe('optimize: known answers from Erlang C', () => {
  it('the cases have different answers, so a fixed guess cannot pass', () => {
    expect(CASES.map(([l, m, t]) => erlangAnswer(l, m, t))).toEqual([7, 6, 5, 5]);
  });

  for (const [perHour, mean, target] of CASES) {
    it(`finds the fewest X-ray officers for ${perHour}/h, mean service ${mean} s, mean wait ≤ ${target} s`, async () => {
      const answer = erlangAnswer(perHour, mean, target);
      const { result, error } = await optimize(problem(perHour, mean, target), inProcessExecutor());
      expect(error).toBeUndefined();
      expect(result.complete).toBe(true);
      expect(result.chosen?.parameters['xray officers']).toBe(answer);
      expect(result.chosen?.constraints[0].status).not.toBe('violated');
    }, 60_000);
  }
});

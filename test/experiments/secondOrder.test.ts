// The second-order Monte Carlo on the fast single-queue preset: its jobs and seeds, the same bytes
// whatever order the runs finish in, worlds that make invalid scenarios refused naming the input,
// the tornado ranking the input that matters, and "B beats A" on a change that always helps.
import { describe, expect, it } from 'vitest';
import {
  beatsShare, inProcessExecutor, parseUncertainty, planSecondOrder, resultCsv, resultJson, runSecondOrder, memoHtml,
  type SecondOrderSpec, type UncertaintySpec,
} from '../../src/experiments/index.js';
import { formatErrors, getPreset, type Scenario } from '../../src/scenario/index.js';
import { abortingExecutor } from './helpers.js';

const queue = getPreset('single-queue').scenario;
const fiveServers: Scenario = { ...queue, name: 'five-servers', stations: { ...queue.stations, xray: { ...queue.stations.xray, lanes: 5, officersByShift: [5] } } };

function spec(over: Partial<SecondOrderSpec> = {}, file: Record<string, unknown> = {}): SecondOrderSpec {
  const r = parseUncertainty({
    inputs: [
      { name: 'arrivals', path: 'arrivals.perHour', distribution: 'uniform', low: 70, high: 95, note: 'assumption: test' },
      { name: 'service', path: 'stations.xray.serviceSeconds.mean', multiplier: true, distribution: 'triangular', low: 0.98, mode: 1, high: 1.02, note: 'assumption: test' },
    ],
    outer: 4,
    metrics: ['stations.xray.meanWaitSeconds', 'parcels.released'],
    ...file,
  }, [queue, fiveServers]);
  if (!r.ok) throw new Error(formatErrors(r.errors));
  return { experiment: 'compare', arms: [{ label: 'four', scenario: queue }, { label: 'five', scenario: fiveServers }], uncertainty: r.spec as UncertaintySpec, seed: 3, inner: 3, days: 1, warmupDays: 0, ...over };
}
const plan = (s: SecondOrderSpec) => {
  const p = planSecondOrder(s);
  if (!p.ok) throw new Error(formatErrors(p.errors));
  return p.plan;
};

describe('planSecondOrder', () => {
  it('gives every world its own seeds, the same for A and B, and the tornado the first world\'s', () => {
    const p = plan(spec());
    // 4 worlds × 2 scenarios × 3 runs, then (1 + 2 × 2 inputs) settings × 2 × 3.
    expect(p.jobs.length).toBe(24 + 30);
    expect(p.jobs.map((j) => j.index)).toEqual(Array.from({ length: 54 }, (_, i) => i));
    expect(p.jobs.slice(0, 6).map((j) => j.seed)).toEqual([3, 4, 5, 3, 4, 5]);
    expect(p.jobs.slice(6, 12).map((j) => j.seed)).toEqual([6, 7, 8, 6, 7, 8]);
    expect(p.jobs.slice(24).every((j) => j.seed >= 3 && j.seed <= 5)).toBe(true);
    expect(p.jobs[0].scenario.arrivals).toEqual({ kind: 'poisson', perHour: p.draws[0][0] });
  });

  it('refuses a world that makes an invalid scenario, naming the input and the field', () => {
    const p = planSecondOrder(spec({}, { inputs: [{ name: 'arrivals', path: 'arrivals.perHour', distribution: 'uniform', low: -10, high: 5, note: 'x' }] }));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(formatErrors(p.errors)).toMatch(/^inputs\.0: world \d \(arrivals=-?[\d.]+\) makes 'four' invalid: arrivals\.perHour: /);
  });
});

describe('runSecondOrder', () => {
  it('gives the same bytes whatever order the runs finish in', async () => {
    const p = plan(spec());
    const inOrder = resultJson((await runSecondOrder(p, inProcessExecutor())).result);
    for (const shuffleSeed of [1, 2]) expect(resultJson((await runSecondOrder(p, inProcessExecutor({ shuffleSeed }))).result)).toBe(inOrder);
    const again = resultJson((await runSecondOrder(plan(spec()), inProcessExecutor())).result);
    expect(again).toBe(inOrder);
  });

  it('splits the bands, ranks the input that matters first, and finds that five servers beat four in every world', async () => {
    const { result } = await runSecondOrder(plan(spec()), inProcessExecutor());
    expect(result).toMatchObject({ format: 'interdict-uncertainty', complete: true, experiment: 'compare', outer: 4, inner: 3, seeds: { first: 3, last: 14 } });
    const wait = result.differences!['stations.xray.meanWaitSeconds'];
    expect(wait.beats).toMatchObject({ better: 'lower', directed: true, worlds: 4, count: 4, share: 1 });
    expect(wait.beats.low).toBeCloseTo(0.3976, 3);
    // Arrivals from 70 to 95 an hour at load up to 0.95 matter far more to the wait than ±2% service time.
    const t = result.tornado!.metrics['stations.xray.meanWaitSeconds'];
    expect(result.tornado!.of).toBe('five − four');
    expect(t.bars.map((b) => b.input)).toEqual(['arrivals', 'service']);
    const fourWait = result.arms[0].metrics['stations.xray.meanWaitSeconds'];
    expect(fourWait.inputSd).toBeGreaterThan(0);
    expect(fourWait.worldMeans).toHaveLength(4);
    expect(resultCsv(result).split('\n')[0]).toBe('part,scenario,metric,input,statistic,value,low,high');
    expect(resultCsv(result)).toMatch(/\nbeats,five − four,stations\.xray\.meanWaitSeconds,,share_lower,1,/);
    const html = memoHtml(result);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('five beats four on x-ray mean wait in 4 of 4 plausible worlds, 100%');
  });

  it('keeps the runs that finished when cancelled, marked incomplete', async () => {
    const controller = new AbortController();
    const { result } = await runSecondOrder(plan(spec()), abortingExecutor(controller, 7), { signal: controller.signal });
    expect(result.complete).toBe(false);
    expect(result.runs!.length).toBeGreaterThanOrEqual(7);
    expect(result.missing.length + result.runs!.length).toBe(54);
  });
});

describe('beatsShare', () => {
  it('counts the worlds in which B is better, and those beyond the world\'s noise', () => {
    const b = beatsShare('contraband.interdictionRate', [[0.01, 0.02], [-0.01, 0.0], [0.05, 0.05]]);
    expect(b).toMatchObject({ better: 'higher', count: 2, worlds: 3, beyondChance: 1 });
    expect(beatsShare('throughput.screeningDelayParcelHours', [[-5, -6]]).count).toBe(1);
  });

  it('counts the way the caller says is better (an optimization\'s goal) over the metric\'s own', () => {
    expect(beatsShare('contraband.interdictionRate', [[-0.01, -0.02], [0.01, 0.02]], 'lower')).toMatchObject({ better: 'lower', directed: true, count: 1 });
    expect(beatsShare('stations.xray.served', [[3, 4]]).directed).toBe(false);
    expect(beatsShare('stations.xray.served', [[3, 4]], 'lower')).toMatchObject({ directed: true, count: 0 });
  });
});

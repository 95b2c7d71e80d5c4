// One fit's flow, apart from the page: to done with progress, the estimates and the calibrated
// scenario; refused while running; and a cancel that leaves no estimates and says why.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, type Executor } from '../../../src/experiments/index.js';
import type { FitSpec } from '../../../src/experiments/fit/fitModel.js';
import { parseScenario } from '../../../src/scenario/index.js';
import type { ExperimentPool } from '../../../src/ui/experiments/PooledRun.js';
import { checkFit } from '../../../src/ui/fit/fitForm.js';
import { FitRun } from '../../../src/ui/fit/FitRun.js';
import { fitWarnings } from '../../../src/ui/fit/fitWords.js';

const example = readFileSync(new URL('../../../docs/fit-example.csv', import.meta.url), 'utf8');

function pool(run: Executor = inProcessExecutor()): ExperimentPool {
  return { run, size: 1, close() {} };
}

/** The example on the baseline, on a two-point grid with few bootstrap draws, to keep it quick (with
 *  enough runs that every kind of seizure in the data is seen in the simulation, else the fit is refused). */
function spec(): FitSpec {
  const r = checkFit({ scenario: 'baseline', replications: '20', file: { name: 'fit-example.csv', text: example } }, null);
  if (!r.ok) throw new Error('bad form');
  return { ...r.spec, separations: [0.5, 2.5], bootstrap: 10 };
}

describe('FitRun', () => {
  it('runs to done, reporting runs, with estimates and a calibrated scenario that validates', async () => {
    const runner = new FitRun({ pool: () => pool(), now: () => 0 });
    const done: [number, number][] = [];
    const ending = runner.start(spec(), (d, total) => done.push([d, total]));
    expect(runner.state).toBe('running');
    expect(await runner.start(spec(), () => {})).toBeNull();
    const end = await ending;
    expect(end?.state).toBe('done');
    // 40 runs a grid; the total grows by a grid each time the grid runs again at the fitted prevalence.
    const passes = end?.result?.method.passes ?? 0;
    expect(passes).toBeGreaterThanOrEqual(1);
    expect(done.at(-1)).toEqual([40 * passes, 40 * passes]);
    expect(done.every(([d, total]) => d <= total && total % 40 === 0)).toBe(true);
    expect(end?.message).toMatch(new RegExp(`^Done: ${40 * passes} runs of one day in .+ on 1 Web Worker\\.$`));
    expect(end?.result?.estimates?.perMillion).toHaveLength(3);
    expect(parseScenario(end?.result?.calibrated).ok).toBe(true);
  });

  it('reports the total growing by a grid when the grid runs again at the fitted prevalence', async () => {
    // The baseline at ten times its prevalence: the example's fit lands far below it, outside its
    // interval, so the grid runs again.
    const r = checkFit({ scenario: 'baseline', replications: '20', file: { name: 'fit-example.csv', text: example } }, null);
    if (!r.ok) throw new Error('bad form');
    const scenario = structuredClone(r.spec.scenario);
    for (const t of ['counterfeit', 'pills', 'fentanyl'] as const) scenario.contraband[t].perMillion *= 10;
    const totals: number[] = [];
    const end = await new FitRun({ pool: () => pool(), now: () => 0 }).start({ ...r.spec, scenario, separations: [1.5, 2.5], bootstrap: 10 }, (_, total) => totals.push(total));
    const passes = end?.result?.method.passes ?? 0;
    expect(passes).toBeGreaterThan(1);
    expect([...new Set(totals)]).toEqual(Array.from({ length: passes }, (_, k) => 40 * (k + 1)));
    expect(end?.message).toMatch(new RegExp(`^Done: ${40 * passes} runs of one day in .+ on 1 Web Worker\\.$`));
  }, 120_000);

  it('on cancel has no estimates and says a fit needs the whole grid', async () => {
    let runner: FitRun;
    let count = 0;
    const inner = inProcessExecutor();
    const cancelling: Executor = (jobs, o) => inner(jobs, { ...o, onResult: (r) => { o.onResult(r); if (++count === 1) runner.cancel(); } });
    runner = new FitRun({ pool: () => pool(cancelling), now: () => 0 });
    const end = await runner.start(spec(), () => {});
    expect(end).toEqual({ state: 'cancelled', result: null, message: 'Cancelled after 1 run: a fit needs its simulation grids to finish, so there are no estimates.' });
  });

  it('at 2 runs per grid point on the default grid, refuses to fit: the data have counterfeit seizures the simulation never makes (docs/fit.md)', async () => {
    const r = checkFit({ scenario: 'baseline', replications: '2', file: { name: 'fit-example.csv', text: example } }, null);
    if (!r.ok) throw new Error('bad form');
    const end = await new FitRun({ pool: () => pool(), now: () => 0 }).start({ ...r.spec, bootstrap: 10 }, () => {});
    expect(end?.state).toBe('failed');
    expect(end?.result).toBeNull();
    expect(end?.message).toMatch(/^No fit after \d+ runs: the data have \d+ counterfeit seizures by .+, but the simulation seized none there.*raise the runs per grid point \(now 2\)/);
  });
});

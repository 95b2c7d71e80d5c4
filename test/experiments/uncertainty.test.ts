// Uncertainty files: good ones checked and filled in, bad ones refused with every problem naming
// its field; the draws (Latin hypercube or plain) seeded and covering each range; inputs applied.
import { describe, expect, it } from 'vitest';
import { applyInputs, drawInputs, inputQuantile, parseUncertainty, type UncertainInput } from '../../src/experiments/index.js';
import { formatErrors, getPreset, type Scenario } from '../../src/scenario/index.js';

const baseline = getPreset('baseline').scenario;
/** An input; fields given as undefined are left out. */
const input = (over: Record<string, unknown> = {}) => Object.fromEntries(Object.entries({
  name: 'prevalence', path: 'contraband.*.perMillion', multiplier: true, distribution: 'lognormal', median: 1, sigma: 0.5, note: 'assumption', ...over,
}).filter(([, v]) => v !== undefined));
const problems = (file: unknown, scenarios: Scenario[] = [baseline]) => {
  const r = parseUncertainty(file, scenarios);
  return r.ok ? '' : formatErrors(r.errors);
};

describe('parseUncertainty', () => {
  it('fills in the defaults', () => {
    const r = parseUncertainty({ inputs: [input()] }, [baseline]);
    expect(r.ok && r.spec).toMatchObject({
      outer: 20, sampling: 'latin-hypercube', seed: 1, tornado: { low: 0.1, high: 0.9 },
      metrics: ['contraband.interdictionRate', 'contraband.seized', 'throughput.screeningDelayParcelHours'],
      inputs: [{ name: 'prevalence', multiplier: true }],
    });
  });

  it('refuses bad files, naming each field in plain words', () => {
    expect(problems([])).toBe('(root): an uncertainty file must be a JSON object');
    expect(problems({ inputs: [] })).toMatch(/^inputs: /);
    expect(problems({ inputs: [input({ note: '  ' })] })).toMatch(/inputs\.0\.note/);
    expect(problems({ inputs: [input({ note: undefined })] })).toBe('inputs.0.note: is required');
    expect(problems({ inputs: [input({ distribution: 'normal' })] })).toBe("inputs.0: distribution must be one of: uniform, triangular, lognormal (got 'normal')");
    expect(problems({ inputs: [input({ sigma: -1 })] })).toMatch(/^inputs\.0\.sigma: /);
    expect(problems({ inputs: [input({ distribution: 'uniform', median: undefined, sigma: undefined, low: 3, high: 2 })] }))
      .toBe('inputs.0.high: must be more than low (3), got 2');
    expect(problems({ inputs: [input({ distribution: 'triangular', median: undefined, sigma: undefined, low: 1, mode: 5, high: 2 })] }))
      .toBe('inputs.0.mode: must lie from low (1) to high (2), got 5');
    expect(problems({ inputs: [input({ path: 'contraband.*.perMilion' })] })).toMatch(/^inputs\.0\.path: no field 'perMilion' in contraband\.counterfeit/);
    expect(problems({ inputs: [input({ path: 'riskScore.separationByType' })] })).toMatch(/^inputs\.0\.path: riskScore\.separationByType is not a number/);
    expect(problems({ inputs: [input(), input({ name: 'fentanyl', path: 'contraband.fentanyl.perMillion' })] }))
      .toBe('inputs.1.path: contraband.fentanyl.perMillion is also set by inputs.0; an input may not share a field with another');
    expect(problems({ inputs: [input(), input({ path: 'riskScore.separation' })] })).toMatch(/^inputs\.1\.name: 'prevalence' is also the name of inputs\.0/);
    expect(problems({ inputs: [input()], metrics: ['screeningDelay'] })).toMatch(/^metrics\.0: unknown metric 'screeningDelay'; similar: throughput\.screeningDelayParcelHours/);
    expect(problems({ inputs: [input()], outer: 1 })).toMatch(/^outer: /);
    expect(problems({ inputs: [input()], sampling: 'sobol' })).toMatch(/^sampling: must be one of/);
    expect(problems({ inputs: [input()], tornado: { low: 0.6, high: 0.9 } })).toMatch(/^tornado\.low: /);
    expect(problems({ inputs: [input()], extra: 1 })).toMatch(/extra/);
  });
});

describe('drawInputs', () => {
  const uniform: UncertainInput = { name: 'u', path: 'x', multiplier: false, note: 'n', distribution: 'uniform', low: 0, high: 1 };
  const tri: UncertainInput = { name: 't', path: 'y', multiplier: false, note: 'n', distribution: 'triangular', low: 1, mode: 2, high: 4 };

  it('puts one Latin hypercube draw in each of the O equally likely slices of every input', () => {
    const draws = drawInputs([uniform, tri], 20, 'latin-hypercube', 7);
    const slices = draws.map((d) => Math.floor(d[0] * 20)).sort((a, b) => a - b);
    expect(slices).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // The triangular input's slices too: its CDF maps each draw back to a distinct slice.
    const cdf = (x: number) => (x < 2 ? (x - 1) ** 2 / 3 : 1 - (4 - x) ** 2 / 6);
    expect(new Set(draws.map((d) => Math.floor(cdf(d[1]) * 20))).size).toBe(20);
  });

  it('is seeded: the same seed gives the same draws, another seed others, and an input keeps its draws when another is added', () => {
    expect(drawInputs([uniform], 10, 'plain', 1)).toEqual(drawInputs([uniform], 10, 'plain', 1));
    expect(drawInputs([uniform], 10, 'plain', 1)).not.toEqual(drawInputs([uniform], 10, 'plain', 2));
    expect(drawInputs([uniform, tri], 10, 'latin-hypercube', 1).map((d) => d[0])).toEqual(drawInputs([uniform], 10, 'latin-hypercube', 1).map((d) => d[0]));
  });

  it('has the quantiles of each distribution', () => {
    expect(inputQuantile(tri, 1 / 3)).toBeCloseTo(2, 12);
    const logn: UncertainInput = { name: 'l', path: 'z', multiplier: true, note: 'n', distribution: 'lognormal', median: 2, sigma: 0.5 };
    expect(inputQuantile(logn, 0.5)).toBeCloseTo(2, 12);
    expect(inputQuantile(logn, 0.9)).toBeCloseTo(2 * Math.exp(0.5 * 1.2815515655446004), 9);
  });
});

describe('applyInputs', () => {
  it('multiplies or sets every field a path reaches, in a copy', () => {
    const r = parseUncertainty({ inputs: [input(), input({ name: 'd', path: 'riskScore.separation', multiplier: false, distribution: 'uniform', low: 1, high: 3, median: undefined, sigma: undefined })] }, [baseline]);
    if (!r.ok) throw new Error(formatErrors(r.errors));
    const s = applyInputs(baseline, r.spec.inputs, [2, 1.5]) as Scenario;
    expect(s.contraband.fentanyl.perMillion).toBe(baseline.contraband.fentanyl.perMillion * 2);
    expect(s.contraband.counterfeit.perMillion).toBe(baseline.contraband.counterfeit.perMillion * 2);
    expect(s.riskScore.separation).toBe(1.5);
    expect(baseline.riskScore.separation).toBe(2.1);
  });
});

describe('the example file in docs/uncertainty/', () => {
  it('is valid for baseline and short-staffed, and every one of its 20 worlds and tornado settings is a valid scenario', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { planSecondOrder } = await import('../../src/experiments/index.js');
    const file = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/uncertainty/prevalence-and-power.json'), 'utf8'));
    const short = getPreset('short-staffed').scenario;
    const r = parseUncertainty(file, [baseline, short]);
    if (!r.ok) throw new Error(formatErrors(r.errors));
    expect(r.spec.inputs.map((i) => i.name)).toEqual(['prevalence', 'risk separation', 'X-ray detection', 'hold presentation']);
    const p = planSecondOrder({ experiment: 'compare', arms: [{ label: 'a', scenario: baseline }, { label: 'b', scenario: short }], uncertainty: r.spec, seed: 1, inner: 10, days: 1, warmupDays: 0 });
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.plan.jobs.length).toBe(20 * 2 * 10 + 9 * 2 * 10);
  });
});

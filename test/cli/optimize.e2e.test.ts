// `npm run sim -- optimize` in a real process (the esbuild bundle) on two worker threads: the
// same bytes as in this thread, so the answer does not depend on the number of workers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, optimize, optimizeUnderUncertainty, parseProblem, parseUncertainty, resultJson } from '../../src/experiments/index.js';

const root = resolve(import.meta.dirname, '../..');

const PROBLEM = {
  base: { preset: 'single-queue' },
  variables: [
    { name: 'lanes', path: 'stations.xray.lanes', values: [6, 8] },
    { name: 'servers', path: 'stations.xray.officersByShift.*', values: { from: 4, to: 8, step: 1 } },
  ],
  objective: { metric: 'stations.xray.officerHours', goal: 'minimize' },
  constraints: [{ metric: 'stations.xray.meanWaitSeconds', atMost: 30 }],
  replications: 3, seed: 2, days: 1,
  search: { population: 4, generations: 2 },
  selection: { finalists: 3, budget: 6, stage: 3 },
};

describe('npm run sim -- optimize with worker threads', () => {
  it('gives the bytes of an in-process optimization on two workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-e2e-'));
    const file = join(dir, 'problem.json');
    writeFileSync(file, JSON.stringify(PROBLEM));
    const out = join(dir, 'opt.json');
    const r = spawnSync(process.execPath, [join(root, 'scripts/sim.mjs'), 'optimize', '--problem', file, '--workers', '2', '--quiet', '--out', out], {
      cwd: root, encoding: 'utf8', timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const parsed = parseProblem(PROBLEM);
    if (!parsed.ok) throw new Error('bad problem');
    expect(readFileSync(out, 'utf8')).toBe(resultJson((await optimize(parsed.problem, inProcessExecutor())).result));
  });

  it('gives the bytes of an in-process optimization under uncertainty on two workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-e2e-'));
    const file = join(dir, 'problem.json');
    const ufile = join(dir, 'u.json');
    const uncertainty = { inputs: [{ name: 'arrivals', path: 'arrivals.perHour', distribution: 'uniform', low: 80, high: 110, note: 'assumption: test' }], outer: 3 };
    writeFileSync(file, JSON.stringify(PROBLEM));
    writeFileSync(ufile, JSON.stringify(uncertainty));
    const out = join(dir, 'opt.json');
    const r = spawnSync(process.execPath, [join(root, 'scripts/sim.mjs'), 'optimize', '--problem', file, '--uncertainty', ufile, '--workers', '2', '--quiet', '--out', out], {
      cwd: root, encoding: 'utf8', timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const parsed = parseProblem(PROBLEM);
    if (!parsed.ok) throw new Error('bad problem');
    const u = parseUncertainty(uncertainty, [parsed.problem.base.scenario]);
    if (!u.ok) throw new Error('bad uncertainty file');
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text).uncertainty.candidates.length).toBeGreaterThan(1);
    expect(text).toBe(resultJson((await optimizeUnderUncertainty(parsed.problem, u.spec, inProcessExecutor())).result));
  });
});

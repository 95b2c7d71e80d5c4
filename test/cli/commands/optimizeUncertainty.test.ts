// `optimize --uncertainty FILE` from the command line, in-process: the chosen settings, the base and
// the other finalists in plausible worlds (JSON field, stderr summary, memo section), the same bytes
// whatever order the runs finish in, a partial result when interrupted in the worlds, and a bad
// uncertainty file refused with exit 2 before any run, naming the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/cli.js';
import type { CliContext } from '../../../src/cli/context.js';
import { inProcessExecutor } from '../../../src/experiments/index.js';
import { fakeIo, STACK_LINE } from '../fakeIo.js';
import { inProcess, interruptedAfter, QUEUE_PROBLEM } from '../experimentIo.js';
import { json } from '../scenarioFiles.js';

/** The fewest X-ray servers keeping the mean wait under 30 s at 90 parcels an hour (6 by Erlang C). */
const PROBLEM = QUEUE_PROBLEM;

/** Arrivals 80 to 110 an hour: above about 100, six servers wait longer than 30 s on average. */
const UNCERTAIN = {
  inputs: [{ name: 'arrivals', path: 'arrivals.perHour', distribution: 'uniform', low: 80, high: 110, note: 'assumption: test' }],
  outer: 4,
};

async function optimizeIn(context: CliContext, extra: string[] = []) {
  const io = fakeIo();
  const out = join(io.dir, 'opt.json');
  const memo = join(io.dir, 'opt.md');
  const code = await main(['optimize', '--problem', io.file('p.json', json(PROBLEM)), '--uncertainty', io.file('u.json', json(UNCERTAIN)), '--out', out, '--memo', memo, ...extra], io, context);
  return { code, io, text: readFileSync(out, 'utf8'), memo: () => readFileSync(memo, 'utf8') };
}

describe('optimize --uncertainty', () => {
  it('runs the base and the finalists in plausible worlds on fresh seeds, and says how often the chosen beats the base', async () => {
    const r = await optimizeIn(inProcess());
    expect(r.code).toBe(0);
    const result = JSON.parse(r.text);
    expect(result.complete).toBe(true);
    expect(result.chosen.parameters).toEqual({ lanes: 8, servers: 6 });
    const u = result.uncertainty;
    expect(u).toMatchObject({ complete: true, missing: [], outer: 4, inner: 3, worldsUsed: 4, dropped: [] });
    expect(u.seeds.first).toBe(result.check.seeds.last + 1);
    expect(u.seeds.last - u.seeds.first + 1).toBe(12);
    expect(u.uncertainty.metrics).toEqual(['stations.xray.officerHours', 'stations.xray.meanWaitSeconds']);
    expect(u.draws).toHaveLength(4);
    expect(u.candidates.map((c: { label: string }) => c.label)).toEqual(['single-queue (base)', 'chosen: lanes 8, servers 6', expect.stringMatching(/^finalist 2: lanes 8, servers \d$/)]);
    const [base, chosen] = u.candidates;
    expect(base.againstBase).toBeNull();
    // The base's 4 servers cost fewer officer-hours in every world, and break the wait limit in every world.
    expect(chosen.againstBase.beats).toMatchObject({ worlds: 4, count: 0, better: 'lower', directed: true });
    expect(chosen.againstBase.mean).toBeGreaterThan(0);
    expect(base.constraints[0].holds).toMatchObject({ worlds: 4, count: 0, share: 0, low: 0 });
    expect(chosen.objective.outer).toBe(4);
    expect(chosen.constraints[0].holds.worlds).toBe(4);
    expect(chosen.constraints[0].holds.low).toBeLessThanOrEqual(chosen.constraints[0].holds.share);
    const err = r.io.err.replace(/\n/g, ' ');
    expect(err).toContain('Under unknown inputs (uncertainty in arrivals; 4 plausible worlds × 3 runs, seeds');
    expect(err).toContain('chosen: lanes 8, servers 6: x-ray: officer-hours 144.0 h in every world. It beats');
    expect(err).toContain('difference over the worlds +48.00 h (+48.00 to +48.00), beyond chance.');
    expect(err).toContain('It beats the base on the objective (lower is better) in 0 of 4 plausible worlds, 0% (95% interval 0% to 60%)');
    expect(err).toMatch(/single-queue \(base\): .*mean X-ray wait ≤ 30 s: .* holds in 0 of 4 worlds, 0% \(95% interval 0% to 60%\)\.\s+chosen:/);
    expect(r.memo()).toMatch(/## Under unknown inputs\n\nUnder unknown inputs \(uncertainty in arrivals;/);
  }, 60_000);

  it('gives the same bytes whatever order the runs finish in', async () => {
    const a = await optimizeIn(inProcess(), ['--quiet']);
    const b = await optimizeIn(inProcess(inProcessExecutor({ shuffleSeed: 5 })), ['--quiet']);
    expect(b.text).toBe(a.text);
  }, 60_000);

  it('marks the result incomplete when interrupted in the worlds, and exits 130', async () => {
    const whole = JSON.parse((await optimizeIn(inProcess(), ['--quiet'])).text);
    const r = await optimizeIn(interruptedAfter(whole.runsMade + 5));
    expect(r.code).toBe(130);
    const result = JSON.parse(r.text);
    expect(result.complete).toBe(false);
    expect(result.chosen).toEqual(whole.chosen);
    expect(result.uncertainty.complete).toBe(false);
    expect(result.uncertainty.missing.length).toBeGreaterThan(0);
    expect(result.uncertainty.worldsUsed).toBeLessThan(4);
  }, 60_000);

  it('refuses a bad uncertainty file before any run, naming each field, with exit 2', async () => {
    const io = fakeIo();
    const problem = io.file('p.json', json(PROBLEM));
    const bad = io.file('u.json', json({ inputs: [{ ...UNCERTAIN.inputs[0], path: 'arrivals.perHr', note: '' }], outer: 1 }));
    let runs = 0;
    const counting = inProcess((jobs, options) => {
      runs += jobs.length;
      return inProcessExecutor()(jobs, options);
    });
    expect(await main(['optimize', '--problem', problem, '--uncertainty', bad], io, counting)).toBe(2);
    expect(runs).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toContain(`interdict: ${bad}: inputs.0.note: `);
    expect(io.err).toContain(`interdict: ${bad}: outer: `);
    expect(io.err).toContain(`interdict: ${bad}: not a valid uncertainty file (2 problems)`);
    expect(io.err).not.toMatch(STACK_LINE);
    // An input may multiply a decision variable's field, not replace it.
    const io2 = fakeIo();
    const clash = io2.file('u.json', json({ inputs: [{ name: 'servers', path: 'stations.xray.officersByShift.*', distribution: 'uniform', low: 5, high: 7, note: 'assumption: test' }], outer: 3 }));
    expect(await main(['optimize', '--problem', io2.file('p.json', json(PROBLEM)), '--uncertainty', clash], io2, counting)).toBe(2);
    expect(io2.err).toContain(`${clash}: inputs.0.path: stations.xray.officersByShift.0 is varied by the grid's parameter 'servers'`);
    // A world that makes the base scenario invalid is named before any run.
    const io3 = fakeIo();
    const negative = io3.file('u.json', json({ inputs: [{ ...UNCERTAIN.inputs[0], low: -50, high: 10 }], outer: 3 }));
    expect(await main(['optimize', '--problem', io3.file('p.json', json(PROBLEM)), '--uncertainty', negative], io3, counting)).toBe(2);
    expect(io3.err).toMatch(new RegExp(`${negative.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: inputs\\.0: world \\d+ \\(arrivals=`));
    expect(runs).toBe(0);
  });
});

// `optimize` from the command line, in-process: outputs (JSON, CSV, memo) and the answer on
// stderr; problem-file mistakes named field by field with exit 2; an interrupted or failed
// optimization writes only its JSON, marked incomplete.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/cli.js';
import type { CliContext } from '../../../src/cli/context.js';
import { cli, fakeIo, STACK_LINE, type FakeIo } from '../fakeIo.js';
import { failingAt, inProcess, interruptedAfter, QUEUE_PROBLEM } from '../experimentIo.js';
import { json } from '../scenarioFiles.js';

const PROBLEM = QUEUE_PROBLEM;

async function run(argv: string[], io: FakeIo, context: CliContext = inProcess()) {
  const code = await main(argv, io, context);
  return { code, out: io.out, err: io.err };
}

describe('optimize', () => {
  it('writes the JSON, the CSV and the memo, and says the answer on stderr', async () => {
    const io = fakeIo();
    const problem = io.file('problem.json', json(PROBLEM));
    const [out, csv, memo] = ['opt.json', 'opt.csv', 'memo.md'].map((f) => join(io.dir, f));
    const r = await run(['optimize', '--problem', problem, '--out', out, '--csv', csv, '--memo', memo], io);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result).toMatchObject({ format: 'interdict-optimize', complete: true, chosen: { parameters: { servers: 6 } } });
    expect(r.err).toContain('Chosen: lanes 8, servers 6.');
    expect(r.err).toMatch(/1 \(chosen\) +8 +6 /);
    expect(r.err).toContain('single-queue (base), fresh seeds');
    expect(readFileSync(csv, 'utf8')).toMatch(/^candidate,point,lanes,servers,criterion,metric,n,mean,sd,half_width,ci_low,ci_high,per_day,limit,status,probability\n1,2,8,6,objective,stations\.xray\.officerHours,/);
    expect(readFileSync(memo, 'utf8')).toMatch(/^# fewest X-ray officers\n[\s\S]*## The answer\n\nChosen: lanes 8, servers 6\./);
  });

  it('is quiet with --quiet, and prints the JSON on standard output without --out', async () => {
    const io = fakeIo();
    const r = await run(['optimize', '--problem', io.file('p.json', json(PROBLEM)), '--quiet'], io);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).complete).toBe(true);
  });

  it('names each bad field of a problem file, with the file name, and exits 2', async () => {
    const io = fakeIo();
    const bad = io.file('bad.json', json({ ...PROBLEM, objective: { metric: 'stations.xray.wait', goal: 'minimize' }, constraints: [{ metric: 'cost.dollars' }] }));
    const r = await cli(['optimize', '--problem', bad], io);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`interdict: ${bad}: objective.metric: no metric 'stations.xray.wait'; metrics under 'stations': stations.xray.served`);
    expect(r.err).toContain(`interdict: ${bad}: constraints.0: give exactly one of "atMost" and "atLeast" (the limit)`);
    expect(r.err).toContain(`interdict: ${bad}: not a valid problem (2 problems)`);
    expect(r.err).not.toMatch(STACK_LINE);
    const missing = await cli(['optimize'], fakeIo());
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("'optimize' needs a problem file: give --problem FILE");
  });

  it('on interrupt writes only the JSON, marked incomplete with its runs, and exits 130', async () => {
    const io = fakeIo();
    const problem = io.file('p.json', json(PROBLEM));
    const [out, csv] = ['opt.json', 'opt.csv'].map((f) => join(io.dir, f));
    const r = await run(['optimize', '--problem', problem, '--out', out, '--csv', csv], io, interruptedAfter(4));
    expect(r.code).toBe(130);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.complete).toBe(false);
    expect(result.runs).toHaveLength(4);
    expect(existsSync(csv)).toBe(false);
    expect(r.err).toContain('interrupted after 4 of');
  });

  it('writes a partial result and exits 1 when a run fails', async () => {
    const io = fakeIo();
    const out = join(io.dir, 'opt.json');
    const r = await run(['optimize', '--problem', io.file('p.json', json(PROBLEM)), '--out', out], io, failingAt(1));
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).complete).toBe(false);
  });
});

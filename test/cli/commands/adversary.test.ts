// `adversary` from the command line, in-process: the rounds as JSON, CSV and memo with a line per
// round on stderr; Ctrl-C keeping the finished rounds; and every bad option named before any run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/cli.js';
import { parseCommandLine } from '../../../src/cli/args.js';
import { cli, fakeIo } from '../fakeIo.js';
import { inProcess, interruptedAfter } from '../experimentIo.js';
import { json } from '../scenarioFiles.js';
import { smallScenario } from '../../experiments/adversary/fixtures.js';

describe('adversary', () => {
  it('plays the rounds, prints a line per round, and writes JSON, CSV and memo', async () => {
    const io = fakeIo();
    const file = io.file('small.json', json(smallScenario()));
    const [csv, memo] = [join(io.dir, 'a.csv'), join(io.dir, 'a.md')];
    const code = await main(['adversary', '--scenario', file, '--rounds', '2', '--replications', '2', '--days', '1', '--no-retune', '--progress', '--csv', csv, '--memo', memo], io, inProcess());
    expect(code).toBe(0);
    const result = JSON.parse(io.out);
    expect(result).toMatchObject({ format: 'interdict-adversary', complete: true, rounds: 2, roundsAfter: 0, retune: null, rule: { kind: 'logit', rate: 10, priorParcels: 20 } });
    expect(result.played).toHaveLength(2);
    expect(io.err).toMatch(/round 0 \(static\): interdiction \d+\.\d% ± \d+\.\d%; most contraband from CN \(\d+%\), \d+% deeply concealed/);
    expect(io.err).toMatch(/round 1 \(adapting\): /);
    expect(readFileSync(csv, 'utf8').split('\n')[1]).toMatch(/^0,static,as in the scenario,all,all,1,,,/);
    expect(readFileSync(memo, 'utf8')).toContain('## Where contraband went');
  });

  it('on Ctrl-C writes the finished rounds marked incomplete and exits 130', async () => {
    const io = fakeIo();
    const file = io.file('small.json', json(smallScenario()));
    const out = join(io.dir, 'a.json');
    const code = await main(['adversary', '--scenario', file, '--rounds', '3', '--replications', '2', '--days', '1', '--no-retune', '--out', out], io, interruptedAfter(3));
    expect(code).toBe(130);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.complete).toBe(false);
    expect(result.played).toHaveLength(1);
    expect(result.missing).toEqual([3, 4, 5]);
    expect(io.err).toContain("interrupted after 3 of 6 runs; '" + out + "' holds the finished runs");
  });

  it('defaults to 11 rounds of 10 replications of 7 days, with the re-tune', () => {
    expect(parseCommandLine(['adversary', '--preset', 'baseline'])).toMatchObject({ rounds: 11, replications: 10, days: 7, retune: true, roundsAfter: 0, rate: 10 });
  });

  it('names every bad option before any run', async () => {
    const r = await cli(['adversary', '--rounds', '0', '--rate', '-1', '--replications', '1', '--rounds-after', '2', '--no-retune']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("interdict: 'adversary' needs a scenario: give --preset NAME or --scenario FILE\n");
    expect(r.err).toContain("interdict: --replications must be an integer from 2 to 10000, got '1'\n");
    expect(r.err).toContain("interdict: --rounds must be an integer from 2 to 200, got '0'\n");
    expect(r.err).toContain('interdict: --rounds-after needs the re-tune: leave out --no-retune\n');
    expect(r.err).toContain("interdict: --rate (how fast smugglers learn) must be a number from 0 to 1000, got '-1'\n");
  });
});

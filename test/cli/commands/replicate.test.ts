// `replicate` and `compare` from the command line, in-process: outputs, precision mode, and the
// checks made before any run (each naming its option).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/cli.js';
import { cli, fakeIo } from '../fakeIo.js';
import { inProcess, interruptedAfter } from '../experimentIo.js';
import { json, validScenario } from '../scenarioFiles.js';

describe('replicate', () => {
  it('summarises R runs with seeds seed to seed + R - 1, as JSON, CSV and memo', async () => {
    const io = fakeIo();
    const [csv, memo] = [join(io.dir, 'r.csv'), join(io.dir, 'r.md')];
    const code = await main(['replicate', '--preset', 'single-queue', '--replications', '3', '--seed', '7', '--csv', csv, '--memo', memo], io, inProcess());
    expect(code).toBe(0);
    const result = JSON.parse(io.out);
    expect(result).toMatchObject({ format: 'interdict-replicate', complete: true, replications: 3, seeds: { first: 7, last: 9 }, precision: null });
    expect(result.metrics['stations.xray.meanWaitSeconds'].n).toBe(3);
    expect(readFileSync(csv, 'utf8')).toMatch(/^scenario,metric,n,mean,sd,half_width,ci_low,ci_high\nsingle-queue,parcels\.insideAtStart,3,0,0,0,0,0\n/);
    expect(readFileSync(memo, 'utf8')).toContain('- Replications: 3, seeds 7 to 9');
  });

  it('in precision mode, runs until the half-width meets the target and says so', async () => {
    const io = fakeIo();
    const code = await main(['replicate', '--preset', 'single-queue', '--precision', 'parcels.arrived=3%', '--max-replications', '20'], io, inProcess());
    expect(code).toBe(0);
    const { precision, replications } = JSON.parse(io.out);
    expect(precision).toMatchObject({ metric: 'parcels.arrived', target: 3, relative: true, minReplications: 5, maxReplications: 20, met: true });
    expect(precision.halfWidth).toBeLessThanOrEqual(precision.allowedHalfWidth);
    expect(replications).toBeGreaterThanOrEqual(5);
  });

  it('runs a scenario file, with a warm-up', async () => {
    const io = fakeIo();
    const file = io.file('s.json', json(validScenario()));
    expect(await main(['replicate', '--scenario', file, '--replications', '2', '--days', '2', '--warmup-days', '1', '--workers', '0'], io, {})).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ days: 2, warmupDays: 1, replications: 2 });
  });

  it('checks the precision metric, the warm-up and the seeds before any run', async () => {
    const r = await cli(['replicate', '--preset', 'single-queue', '--precision', 'screeningDelay=5%', '--warmup-days', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "interdict: --warmup-days must be less than the run's 1 day, got 1\n" +
        "interdict: --precision: unknown metric 'screeningDelay'; similar: throughput.screeningDelayParcelHours\n",
    );
    const big = await cli(['replicate', '--preset', 'single-queue', '--seed', String(Number.MAX_SAFE_INTEGER)]);
    expect(big.err).toContain('--seed: seeds');
  });

  it('keeps the finished runs when interrupted, and exits 130', async () => {
    const io = fakeIo();
    const out = join(io.dir, 'r.json');
    const code = await main(['replicate', '--preset', 'single-queue', '--replications', '6', '--out', out, '--csv', join(io.dir, 'r.csv')], io, interruptedAfter(2));
    expect(code).toBe(130);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ complete: false, missing: [2, 3, 4, 5], replications: 2 });
    expect(existsSync(join(io.dir, 'r.csv'))).toBe(false);
  });
});

/** A scenario file of the teaching queue with five X-ray servers instead of one. */
function fiveServers(io: ReturnType<typeof fakeIo>): string {
  const s = validScenario();
  s.name = 'five-servers';
  s.stations.xray.officersByShift = [5];
  s.stations.xray.lanes = 5;
  return io.file('five.json', json(s));
}

describe('compare', () => {
  it('compares two presets on common random numbers by default', async () => {
    const io = fakeIo();
    const memo = join(io.dir, 'ab.html');
    const code = await main(['compare', 'single-queue', 'single-queue', '--replications', '3', '--memo', memo], io, inProcess());
    expect(code).toBe(0);
    const result = JSON.parse(io.out);
    expect(result).toMatchObject({ format: 'interdict-compare', mode: 'crn', replications: 3, seeds: { a: { first: 1, last: 3 }, b: { first: 1, last: 3 } } });
    expect(result.differences['stations.xray.meanWaitSeconds']).toMatchObject({ mean: 0, significant: false });
    expect(readFileSync(memo, 'utf8')).toContain('<h1>single-queue against single-queue</h1>');
  });

  it('compares a preset with a scenario file, on independent seeds with --independent', async () => {
    const io = fakeIo();
    const file = fiveServers(io);
    const code = await main(['compare', 'single-queue', file, '--replications', '4', '--independent', '--csv', join(io.dir, 'ab.csv')], io, inProcess());
    expect(code).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.mode).toBe('independent');
    expect(result.b.label).toBe(file);
    expect(result.seeds.b.first).toBe(1_000_000_001);
    const wait = result.differences['stations.xray.meanWaitSeconds'];
    expect(wait.mean).toBeLessThan(0);
    expect(readFileSync(join(io.dir, 'ab.csv'), 'utf8').split('\n')[0]).toBe(
      'metric,n,a_mean,a_half_width,b_mean,b_half_width,diff_mean,diff_sd,diff_half_width,diff_low,diff_high,significant',
    );
  });

  it('writes each difference in the memo with its size, unit, interval and verdict, never a bare yes', async () => {
    const io = fakeIo();
    const file = fiveServers(io);
    const memo = join(io.dir, 'ab.md');
    expect(await main(['compare', 'single-queue', file, '--replications', '4', '--memo', memo], io, inProcess())).toBe(0);
    const md = readFileSync(memo, 'utf8');
    expect(md).toContain('| Metric | A | B | Difference B − A (95% interval) |');
    // Five servers instead of one cut the X-ray wait by far more than chance or 1% of it.
    expect(md).toMatch(/\| X-ray mean wait \| [\d,.]+ ± [\d,.]+ s \| [\d,.]+ ± [\d,.]+ s \| −[\d,.]+ s \(−[\d,.]+ to −[\d,.]+\), beyond chance \|/);
    expect(md).toContain('Negligible: the whole interval is smaller than half a percentage point for a share, or 1% of A\'s mean');
    expect(md).not.toMatch(/\| (yes|no) \|/);
    expect(md).toContain('## Other differences beyond chance');
  });

  it('names every problem with either scenario', async () => {
    const io = fakeIo();
    const bad = validScenario();
    bad.stations.xray.lanes = -1;
    const file = io.file('bad.json', json(bad));
    const r = await cli(['compare', file, join(io.dir, 'none.json')], io);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`interdict: ${file}: stations.xray.lanes: must be >= 0\n`);
    expect(r.err).toMatch(/cannot read scenario file '.*none\.json': no such file or directory/);
    const typo = await cli(['compare', 'baselin', 'short-staffed']);
    expect(typo.err).toMatch(/^interdict: 'baselin' is neither a preset \(baseline, .*\) nor a scenario file/);
    expect((await cli(['compare', 'baseline'])).err).toContain("'compare' needs two scenarios, A and B: preset names or scenario files");
  });
});

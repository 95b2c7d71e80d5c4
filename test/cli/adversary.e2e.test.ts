// `npm run sim -- adversary` as a person runs it (scripts/sim.mjs, the esbuild bundle): the same
// bytes on one worker thread, on two, and in-process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, resultJson, runAdversary } from '../../src/experiments/index.js';
import { smallScenario } from '../experiments/adversary/fixtures.js';

const root = resolve(import.meta.dirname, '../..');

describe('npm run sim -- adversary (the bundle) with worker threads', () => {
  it('gives the same bytes on 1 and 2 workers as in this thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdict-adv-'));
    const scenario = join(dir, 'small.json');
    writeFileSync(scenario, JSON.stringify(smallScenario()));
    const outputs = ['1', '2'].map((workers) => {
      const out = join(dir, `w${workers}.json`);
      const r = spawnSync(process.execPath, [join(root, 'scripts/sim.mjs'), 'adversary', '--scenario', scenario, '--rounds', '3', '--replications', '3', '--days', '1',
        '--rounds-after', '1', '--workers', workers, '--quiet', '--out', out], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      return readFileSync(out, 'utf8');
    });
    const { result } = await runAdversary({
      scenario: smallScenario(), seed: 1, replications: 3, days: 1, warmupDays: 0, rounds: 3, retune: true, roundsAfter: 1,
      rule: { kind: 'logit', rate: 10, priorParcels: 20 },
    }, inProcessExecutor());
    expect(outputs[0]).toBe(resultJson(result));
    expect(outputs[1]).toBe(outputs[0]);
  });
});

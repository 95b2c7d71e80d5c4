// End to end, in a real process: `npm run sim -- validate` on a bad file, through tsx and
// src/cli/main.ts as a person would run it, exits 2 with the problems on stderr and nothing on
// stdout. The in-process tests cover the cases; this one proves the exit code reaches the shell.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STACK_LINE } from './fakeIo.js';
import { json, validScenario } from './scenarioFiles.js';

const root = resolve(import.meta.dirname, '../..');

describe('the real process', () => {
  it('validate on a bad file exits 2 and names each bad field on stderr', () => {
    const s = validScenario();
    s.stations.xray.officersByShift = [-1];
    s.stations.xray.colour = 'red';
    const file = join(mkdtempSync(join(tmpdir(), 'interdict-e2e-')), 'bad.json');
    writeFileSync(file, json(s));

    const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/main.ts', 'validate', file], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, INTERDICT_DEBUG: '' },
    });

    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`interdict: ${file}: stations.xray.officersByShift.0: must be >= 0\n`);
    expect(r.stderr).toContain(`interdict: ${file}: stations.xray.colour: unknown field 'colour'\n`);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

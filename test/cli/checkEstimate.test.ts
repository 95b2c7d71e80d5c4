// Work the machine cannot finish is refused before it starts, as bad input naming what drives it.
import { describe, expect, it } from 'vitest';
import { checkExperiment, checkRun } from '../../src/cli/checkEstimate.js';
import { CliError } from '../../src/cli/CliError.js';
import { getPreset } from '../../src/scenario/index.js';
import { cli, fakeIo } from './fakeIo.js';
import { json, validScenario } from './scenarioFiles.js';

describe('the estimate check', () => {
  it('refuses a year of five million pieces a day all X-rayed, naming pieces, days and the rule (exit 2)', async () => {
    const s = validScenario('baseline');
    s.arrivals.piecesPerDay = 5_000_000;
    s.targeting.rules.unshift({ id: 'everything', enabled: true, when: { kind: 'all' }, order: 'xray', hold: false });
    const io = fakeIo();
    const r = await cli(['run', '--scenario', io.file('big.json', json(s)), '--days', '366'], io);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^interdict: this run would take up to [\d.]+ h and [\d.]+ GB \(an upper estimate\)/);
    expect(r.err).toContain("targeting.rules.0 ('everything', all)");
    expect(r.err).toContain('arrivals.piecesPerDay (5,000,000)');
    expect(r.err).toContain('days (366)');
  });

  it('lets every preset run for a year', () => {
    for (const name of ['baseline', 'jfk-2018', 'holiday-surge', 'aed-gaps']) expect(() => checkRun(getPreset(name).scenario, 366)).not.toThrow();
  });

  it('refuses an experiment whose runs would take more than 12 hours on its workers', () => {
    const scenario = getPreset('jfk-2018').scenario;
    const runs = Array.from({ length: 20_000 }, () => ({ scenario, days: 7 }));
    expect(() => checkExperiment(runs, 2)).toThrow(CliError);
    expect(() => checkExperiment(runs.slice(0, 100), 2)).not.toThrow();
  });
});

// `fit` from the command line, in-process: data errors named by line and column (exit 2), and a
// finished fit that prints its estimates and writes a calibrated scenario `validate` accepts, a
// report and its plot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/cli.js';
import { inProcessExecutor } from '../../../src/experiments/index.js';
import { recoveryScenario } from '../../../src/experiments/fit/recovery.js';
import { simulateFacilityData } from '../../../src/experiments/fit/syntheticData.js';
import { parseScenario } from '../../../src/scenario/index.js';
import { fakeIo } from '../fakeIo.js';
import { inProcess } from '../experimentIo.js';
import { json } from '../scenarioFiles.js';

describe('fit', () => {
  it('names a bad value by line and column and exits 2, writing nothing', async () => {
    const io = fakeIo();
    const data = io.file('data.csv', 'date,pieces,seized:pills\n2025-01-01,100,1\n2025-01-02,100,two\n');
    const out = join(io.dir, 'cal.json');
    const code = await main(['fit', '--data', data, '--preset', 'baseline', '--out', out], io, inProcess());
    expect(code).toBe(2);
    expect(io.err).toContain("data.csv: line 3, column 3 (seized:pills): must be a whole number of parcels ≥ 0, got 'two'");
    expect(() => readFileSync(out)).toThrow();
  });

  it('asks for the data file and a scenario', async () => {
    const io = fakeIo();
    expect(await main(['fit'], io, inProcess())).toBe(2);
    expect(io.err).toContain("'fit' needs the facility's data: give --data FILE.csv");
    expect(io.err).toContain("'fit' needs a scenario: give --preset NAME or --scenario FILE");
  });

  it('fits, prints the estimates and writes a valid calibrated scenario, the report and its plot', async () => {
    const io = fakeIo();
    const truth = recoveryScenario(true);
    const csv = await simulateFacilityData({ scenario: truth, days: 10, seed: 500, start: '2025-03-01', types: ['pills'], rules: ['aed-risk'], compliance: true }, inProcessExecutor());
    const data = io.file('facility.csv', csv);
    const scenario = io.file('start.json', json(recoveryScenario(false)));
    const [out, report] = ['cal.json', 'report.md'].map((f) => join(io.dir, f));
    const code = await main(['fit', '--data', data, '--scenario', scenario, '--replications', '3', '--out', out, '--report', report], io, inProcess());
    expect(io.err).toBe('');
    expect(code).toBe(0);
    // A grid this small seizes far fewer pills than the data hold, and says so before any figure.
    expect(io.out).toMatch(/^fit of facility\.csv: 10 days, 2025-03-01 to 2025-03-10; 95% intervals\n  The simulation is thin: .*\(pills \d+ against the data's \d+\).*\n  risk score separation d′ +[\d.]+ \(/);
    const calibrated = parseScenario(JSON.parse(readFileSync(out, 'utf8')));
    expect(calibrated.ok).toBe(true);
    if (!calibrated.ok) return;
    expect(calibrated.scenario.name).toBe('recovery-start-calibrated');
    expect(calibrated.scenario.contraband.pills.perMillion).not.toBe(1000);
    expect(readFileSync(report, 'utf8')).toMatch(/^# Calibration to facility\.csv\n[\s\S]*\| pills, parcels per million pieces \|[\s\S]*!\[Observed and fitted seizures a day\]\(report-fit\.svg\)/);
    expect(readFileSync(join(io.dir, 'report-fit.svg'), 'utf8')).toMatch(/^<svg [^>]*>[\s\S]*pills: seizures a day[\s\S]*<circle/);
  });
});

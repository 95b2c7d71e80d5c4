// `--uncertainty FILE` from the command line, in-process: compare A against B in plausible worlds
// (JSON, text summary, CSV, memo), replicate and sweep under uncertainty, and bad files and
// option clashes refused with exit 2 before any run, naming the field or option.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/cli.js';
import { getPreset } from '../../../src/scenario/index.js';
import { fakeIo } from '../fakeIo.js';
import { GRID, inProcess } from '../experimentIo.js';
import { json } from '../scenarioFiles.js';

const FILE = {
  inputs: [
    { name: 'arrivals', path: 'arrivals.perHour', distribution: 'uniform', low: 70, high: 95, note: 'assumption: test' },
    { name: 'service', path: 'stations.xray.serviceSeconds.mean', multiplier: true, distribution: 'lognormal', median: 1, sigma: 0.02, note: 'assumption: test' },
  ],
  outer: 3,
  metrics: ['stations.xray.meanWaitSeconds'],
};
const queue = getPreset('single-queue').scenario;
const five = { ...queue, name: 'five-servers', stations: { ...queue.stations, xray: { ...queue.stations.xray, lanes: 5, officersByShift: [5] } } };

describe('compare --uncertainty', () => {
  it('says in how many plausible worlds B beats A, with the bands, the tornado, a CSV and a memo', async () => {
    const io = fakeIo();
    const u = io.file('u.json', json(FILE));
    const b = io.file('five.json', json(five));
    const [out, csv, memo] = [join(io.dir, 'c.json'), join(io.dir, 'c.csv'), join(io.dir, 'c.md')];
    const code = await main(['compare', 'single-queue', b, '--replications', '2', '--uncertainty', u, '--out', out, '--csv', csv, '--memo', memo], io, inProcess());
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result).toMatchObject({ format: 'interdict-uncertainty', experiment: 'compare', complete: true, outer: 3, inner: 2, seeds: { first: 1, last: 6 } });
    expect(result.differences['stations.xray.meanWaitSeconds'].beats).toMatchObject({ count: 3, worlds: 3, better: 'lower' });
    expect(io.out).toContain(`${b} beats single-queue on x-ray mean wait in 3 of 3 plausible worlds, 100% (95% interval 29% to 100%)`);
    expect(io.out).toMatch(/Tornado of x-ray mean wait \(.* − single-queue\)/);
    expect(io.out).toMatch(/\n {2}#+ +arrivals 72\.\d to 92\.\d: /);
    expect(readFileSync(csv, 'utf8')).toMatch(/^part,scenario,metric,input,statistic,value,low,high\nband,single-queue,stations\.xray\.meanWaitSeconds,,mean,/);
    expect(readFileSync(memo, 'utf8')).toContain('## Which unknown matters most');
  });

  it('refuses a bad file before any run, naming every field, with exit 2', async () => {
    const io = fakeIo();
    const u = io.file('u.json', json({ inputs: [{ ...FILE.inputs[0], path: 'arrivals.perHr', note: '' }], outer: 1 }));
    const code = await main(['compare', 'single-queue', 'single-queue', '--uncertainty', u], io, inProcess());
    expect(code).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toContain(`interdict: ${u}: inputs.0.note: `);
    expect(io.err).toContain(`interdict: ${u}: outer: `);
    expect(io.err).toContain(`interdict: ${u}: not a valid uncertainty file (2 problems)`);
    const io2 = fakeIo();
    const u2 = io2.file('u.json', json({ inputs: [{ ...FILE.inputs[0], path: 'arrivals.perHr' }] }));
    expect(await main(['compare', 'single-queue', 'single-queue', '--uncertainty', u2], io2, inProcess())).toBe(2);
    expect(io2.err).toContain(`${u2}: inputs.0.path: no field 'perHr' in arrivals (fields: kind, perHour)`);
  });

  it('refuses options that do not go with it', async () => {
    const io = fakeIo();
    expect(await main(['compare', 'single-queue', 'single-queue', '--uncertainty', 'u.json', '--independent'], io, inProcess())).toBe(2);
    expect(io.err).toContain('--uncertainty runs A and B on common random numbers within each world: leave out --independent');
    const io2 = fakeIo();
    expect(await main(['replicate', '--preset', 'single-queue', '--uncertainty', 'u.json', '--precision', 'parcels.arrived=5%'], io2, inProcess())).toBe(2);
    expect(io2.err).toContain('give --replications, not --precision');
  });
});

describe('replicate and sweep --uncertainty', () => {
  it('replicate: bands and a tornado of the one scenario; the summary on stderr when the JSON goes to stdout', async () => {
    const io = fakeIo();
    const u = io.file('u.json', json(FILE));
    expect(await main(['replicate', '--preset', 'single-queue', '--replications', '2', '--uncertainty', u], io, inProcess())).toBe(0);
    const result = JSON.parse(io.out);
    expect(result).toMatchObject({ experiment: 'replicate', differences: null, tornado: { of: 'single-queue' } });
    expect(io.err).toContain('single-queue:\n  X-ray mean wait: ');
  });

  it('sweep: every point\'s bands, no tornado; a file replacing a swept field is refused', async () => {
    const io = fakeIo();
    const u = io.file('u.json', json(FILE));
    const grid = io.file('g.json', json({ ...GRID, replications: 2 }));
    expect(await main(['sweep', '--grid', grid, '--uncertainty', u], io, inProcess())).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.arms.map((a: { label: string }) => a.label)).toEqual(['point 0 (servers=4, lanes=6)', 'point 1 (servers=5, lanes=6)', 'point 2 (servers=6, lanes=6)']);
    expect(result.tornado).toBeNull();
    const io2 = fakeIo();
    const clash = io2.file('u.json', json({ inputs: [{ name: 'lanes', path: 'stations.xray.lanes', distribution: 'uniform', low: 5, high: 6, note: 'x' }] }));
    const grid2 = io2.file('g.json', json(GRID));
    expect(await main(['sweep', '--grid', grid2, '--uncertainty', clash], io2, inProcess())).toBe(2);
    expect(io2.err).toContain("inputs.0.path: stations.xray.lanes is varied by the grid's parameter 'lanes'");
  });
});

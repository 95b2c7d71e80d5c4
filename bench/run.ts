/**
 * `npm run bench`: the engine's speed, reported as ratios to baselines timed in the same run
 * (these machines are shared and noisy, so absolute figures drift; ratios much less).
 *
 * 1. single-queue, 10^6 customers through the full facility model, against the minimal loop.
 * 2. One lifecycle step: XState's own transition() against the compiled table the engine uses.
 * 3. Whole CLI processes: `run --preset baseline` and `run --preset jfk-2018` (wall time and
 *    peak memory, via /usr/bin/time), against `node -e 0` as the process-start baseline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { transition } from 'xstate';
import { getPreset, parseScenario } from '../src/scenario/index.js';
import { runScenario } from '../src/model/index.js';
import { parcelLifecycle, parcelMachine } from '../src/machines/index.js';
import { mmcMeanWait } from '../src/sim/queueing.js';
import { minimalMMc } from './minimalLoop.js';

const CUSTOMERS = 1_000_000;
const best = (runs: number, f: () => void): number => {
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
};
const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

// 1. single-queue at scale: 4 servers, load 0.9, service mean 1.44 s, so 10^6 customers take ~4.6 days.
const sq = structuredClone(getPreset('single-queue').scenario) as any;
sq.arrivals.perHour = 9000;
sq.stations.xray.serviceSeconds = { kind: 'exponential', mean: 1.44 };
const parsed = parseScenario(sq);
if (!parsed.ok) throw new Error('bench scenario invalid');
const days = CUSTOMERS / 9000 / 24;
const lambda = 2.5, mu = 1 / 1.44;
let served = 0, engineWait = 0, minimalWait = 0;
const minimalMs = best(3, () => { minimalWait = minimalMMc(CUSTOMERS, 4, lambda, mu); });
const engineMs = best(3, () => {
  // Whole days, then scale by the customers actually served.
  const r = runScenario(parsed.scenario, { seed: 1, days: Math.ceil(days) });
  served = r.stations.xray.served;
  engineWait = r.stations.xray.meanWaitSeconds;
});
const minimalRate = CUSTOMERS / (minimalMs / 1000);
const engineRate = served / (engineMs / 1000);
console.log('1. single-queue M/M/4 at load 0.9 (Erlang C mean wait %s s)', mmcMeanWait(4, lambda, mu).toFixed(3));
console.log(`   minimal typed-array loop : ${fmt(minimalRate)} customers/s (mean wait ${minimalWait.toFixed(3)} s)`);
console.log(`   Interdict engine + model : ${fmt(engineRate)} customers/s (${fmt(served)} customers, mean wait ${engineWait.toFixed(3)} s)`);
console.log(`   ratio engine / minimal   : ${(engineRate / minimalRate).toFixed(2)}   target: >= 1,000,000 customers/s`);

// 2. One parcel lifecycle step.
const steps = 200_000;
const s0 = parcelMachine.resolveState({ value: 'awaitingInduction', context: {} });
const xsMs = best(3, () => { for (let i = 0; i < steps; i++) transition(parcelMachine, s0, { type: 'PULL_XRAY' }); });
const table = parcelLifecycle.table, width = parcelLifecycle.events.length, ev = parcelLifecycle.event.PULL_XRAY;
let sink = 0;
const tableMs = best(3, () => { for (let i = 0; i < steps * 50; i++) sink += table[(i & 1) * width + ev]; }) / 50;
console.log('2. one lifecycle step');
console.log(`   XState transition()      : ${(xsMs / steps * 1000).toFixed(2)} µs`);
console.log(`   compiled table lookup    : ${(tableMs / steps * 1e6).toFixed(2)} ns   ratio ${fmt(xsMs / tableMs)}× ${sink > 0 ? '' : ' '}`);

// 3. Whole CLI processes.
const timeRun = (args: string[]): { seconds: number; maxRssMb: number } => {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const [e, m] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: e, maxRssMb: m / 1024 };
};
const node = process.execPath;
const cli = ['scripts/sim.mjs', 'run', '--quiet', '--days', '1', '--preset'];
execFileSync(node, [...cli, 'single-queue'], { stdio: 'ignore' }); // warm the tsx cache
const bestOf = (n: number, args: string[]) => {
  let b = { seconds: Infinity, maxRssMb: 0 };
  for (let i = 0; i < n; i++) { const r = timeRun(args); if (r.seconds < b.seconds) b = r; }
  return b;
};
const empty = bestOf(3, [node, '-e', '0']);
console.log('3. whole CLI process, one simulated day (best of 3)');
console.log(`   node -e 0                : ${empty.seconds.toFixed(2)} s`);
for (const [preset, limit, mem] of [['baseline', 0.7, 500], ['jfk-2018', 2, 500]] as const) {
  const r = bestOf(3, [node, ...cli, preset]);
  console.log(`   run --preset ${preset.padEnd(11)} : ${r.seconds.toFixed(2)} s, peak ${fmt(r.maxRssMb)} MB   (targets: <= ${limit} s, <= ${mem} MB)`);
}

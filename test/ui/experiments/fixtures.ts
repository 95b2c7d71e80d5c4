// Small experiment results with made-up metrics, built by the core's own result builders, so the
// panel's pure parts can be tested in milliseconds without running the model.
import { buildCompareResult, buildSweepResult, type CompareResult, type SweepResult } from '../../../src/experiments/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { checkSweep } from '../../../src/ui/experiments/sweepGrid.js';

/** Metrics of one made-up run: interdiction rises with officers, flow falls a little, noise by replication. */
export function metrics(officers: number, threshold: number, r: number): Record<string, number> {
  const noise = (r % 2 === 0 ? 1 : -1) * 0.01;
  return {
    'contraband.interdictionRate': 0.1 + 0.02 * officers - 10 * (threshold - 0.997) + noise,
    'contraband.seized': 5 + officers + r,
    'throughput.releasedPerHour': 12_300 - 10 * officers + 5 * r,
    'throughput.screeningDelayParcelHours': 900 - 40 * officers + 3 * r,
    'throughput.pulledDwell.p95Hours': 6 - 0.5 * officers + 0.01 * r,
    'interdiction.officerHours': 200 + 16 * officers,
    'cost.dollars': 115 * (200 + 16 * officers) + 50 * r,
  };
}

/** baseline × X-ray officers 2, 3, 4 × threshold 0.997, 0.999: 6 points, 3 replications, seed 1. */
export function sweepResult(keep: (job: number) => boolean = () => true): SweepResult {
  const r = checkSweep({
    base: 'baseline',
    parameters: [
      { slot: 0, id: 'xrayOfficers', from: '2', to: '4', step: '1' },
      { slot: 1, id: 'riskThreshold', from: '0.997', to: '0.999', step: '0.002' },
    ],
    replications: '3', seed: '1', days: '1',
  }, null);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const runs = new Map<number, Record<string, number>>();
  for (let j = 0; j < 18; j++) {
    const point = Math.floor(j / 3);
    if (keep(j)) runs.set(j, metrics(2 + Math.floor(point / 2), point % 2 === 0 ? 0.997 : 0.999, j % 3));
  }
  return buildSweepResult(r.grid, runs);
}

/** baseline (A) against short-staffed (B), 4 pairs, CRN: B's exam wait is longer in every pair. */
export function compareResult(keep: (job: number) => boolean = () => true): CompareResult {
  const runs = new Map<number, Record<string, number>>();
  for (let r = 0; r < 4; r++) {
    const a = { 'contraband.interdictionRate': 0.2 + 0.01 * r, 'stations.exam.meanWaitSeconds': 600 + 60 * r, 'interdiction.officerHours': 240, 'parcels.inside': 10 + r };
    const b = { 'contraband.interdictionRate': 0.2 + 0.01 * r + (r % 2 === 0 ? 0.002 : -0.002), 'stations.exam.meanWaitSeconds': 1200 + 66 * r, 'interdiction.officerHours': 192, 'parcels.inside': 10 + r };
    if (keep(2 * r)) runs.set(2 * r, a);
    if (keep(2 * r + 1)) runs.set(2 * r + 1, b);
  }
  return buildCompareResult({
    a: { label: 'baseline', scenario: getPreset('baseline').scenario },
    b: { label: 'short-staffed', scenario: getPreset('short-staffed').scenario },
    seed: 1, replications: 4, days: 1, warmupDays: 0, mode: 'crn',
  }, runs);
}

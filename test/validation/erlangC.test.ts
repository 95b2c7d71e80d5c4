// Validation of the whole facility model against queueing theory (ARCHITECTURE.md, Tests):
// `single-queue` variations are M/M/c queues (Poisson arrivals, exponential service, c officers at
// c lanes, one 24-hour shift without breaks), so their mean wait in queue must agree with Erlang C
// and their utilization with ρ = λ / (c μ). A tandem of two such stations is, by Burke's theorem,
// two M/M/c queues with the same λ, so the second station must agree with Erlang C as well.
//
// Statistics. The facility starts empty, which biases early waits downwards, so each replication
// runs one simulated hour of warm-up and measures only what follows: the station's own counters
// (the sums RunResults.stations.* are computed from) are read at the end of the warm-up and at the
// end of the run, and the difference is the steady-state estimate. R = 10 independent seeds give
// R estimates; the analytic value must lie in the 95% Student-t interval of their mean, widened to
// the Bonferroni level for all the checks in this file (family-wise false alarm about 5%), and the
// interval must be narrow (a few percent) so the check has the power to see a real error.
import { beforeAll, describe, expect, it } from 'vitest';
import { Facility, buildResults, type RunResults } from '../../src/model/index.js';
import type { QueueStationName, Scenario } from '../../src/scenario/index.js';
import { mmcMeanWait } from '../../src/sim/queueing.js';
import { studentTQuantile } from '../../src/sim/studentT.js';
import { variant } from '../model/scenarios.js';

const REPLICATIONS = 10;
const WARM_UP_SECONDS = 3600;
/** Number of interval checks in this file, for the Bonferroni correction. */
const CHECKS = 17;
const T95 = studentTQuantile(0.975, REPLICATIONS - 1);
const T_FAMILY = studentTQuantile(1 - 0.05 / (2 * CHECKS), REPLICATIONS - 1);

interface Steady {
  meanWaitSeconds: number;
  utilization: number;
}

/** One replication: steady-state mean wait and utilization of each named station after the warm-up. */
function replicate(scenario: Scenario, seed: number, days: number, names: QueueStationName[]): { steady: Steady[]; results: RunResults } {
  const f = new Facility(scenario, { seed, days });
  f.advance(WARM_UP_SECONDS);
  const t0 = f.kernel.now;
  const marks = names.map((n) => {
    const st = f.stations[n];
    return { wait: st.waitSumSeconds, started: st.started, busy: st.busy.integral(t0), servers: st.servers.integral(t0) };
  });
  f.runToEnd();
  const t1 = f.kernel.now;
  const steady = names.map((n, i) => {
    const st = f.stations[n];
    const m = marks[i];
    return {
      meanWaitSeconds: (st.waitSumSeconds - m.wait) / (st.started - m.started),
      utilization: (st.busy.integral(t1) - m.busy) / (st.servers.integral(t1) - m.servers),
    };
  });
  return { steady, results: buildResults(f) };
}

interface Interval {
  mean: number;
  /** Half-width of the 95% t-interval. */
  halfWidth95: number;
  /** Half-width at the family-wise (Bonferroni) level used for the checks. */
  halfWidth: number;
}

function tInterval(xs: number[]): Interval {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return { mean, halfWidth95: (T95 * sd) / Math.sqrt(n), halfWidth: (T_FAMILY * sd) / Math.sqrt(n) };
}

/** The analytic value lies in the widened interval, and the interval is narrow enough to mean something. */
function expectCovers(ci: Interval, exact: number, maxRelativeHalfWidth: number): void {
  expect(ci.halfWidth95 / exact, `95% half-width ${ci.halfWidth95} too wide for ${exact}`).toBeLessThan(maxRelativeHalfWidth);
  expect(Math.abs(ci.mean - exact), `mean ${ci.mean} vs analytic ${exact} (allowed ±${ci.halfWidth})`).toBeLessThanOrEqual(ci.halfWidth);
}

/** `single-queue` with c officers at c lanes, exponential service of `meanSeconds`, load ρ. */
function mmc(c: number, rho: number, meanSeconds: number): Scenario {
  return variant('single-queue', (s) => {
    s.stations.xray.lanes = c;
    s.stations.xray.officersByShift = [c];
    s.stations.xray.serviceSeconds = { kind: 'exponential', mean: meanSeconds };
    s.arrivals = { kind: 'poisson', perHour: (3600 * c * rho) / meanSeconds };
  });
}

describe('single-queue variations agree with Erlang C', () => {
  // Days per replication grow with the load: the queue's relaxation time, about
  // 1 / (c μ (1 - √ρ)²), is some 30 minutes for c = 8, ρ = 0.95, μ = 1/10 s, and each replication
  // should span hundreds of them.
  const cases = [
    { c: 1, rho: 0.5, meanSeconds: 10, days: 2 },
    { c: 2, rho: 0.8, meanSeconds: 10, days: 3 },
    { c: 4, rho: 0.9, meanSeconds: 10, days: 4 },
    { c: 8, rho: 0.95, meanSeconds: 10, days: 6 },
  ];
  for (const { c, rho, meanSeconds, days } of cases) {
    describe(`M/M/${c} at load ${rho}`, () => {
      const scenario = mmc(c, rho, meanSeconds);
      const lambda = (c * rho) / meanSeconds; // per second
      let runs: ReturnType<typeof replicate>[] = [];
      let waits: number[] = [];
      beforeAll(() => {
        runs = Array.from({ length: REPLICATIONS }, (_, i) => replicate(scenario, i + 1, days, ['xray']));
        waits = runs.map((r) => r.steady[0].meanWaitSeconds);
      });
      const wq = mmcMeanWait(c, lambda, 1 / meanSeconds);

      it('has a steady-state mean wait in queue matching Erlang C', () => {
        expectCovers(tInterval(waits), wq, 0.08);
      });

      it('has a utilization matching λ / (c μ)', () => {
        expectCovers(tInterval(runs.map((r) => r.steady[0].utilization)), rho, 0.02);
      });

      it('publishes the same wait in RunResults (warm-up included, so within the same interval)', () => {
        const published = tInterval(runs.map((r) => r.results.stations.xray.meanWaitSeconds));
        expect(Math.abs(published.mean - wq)).toBeLessThanOrEqual(tInterval(waits).halfWidth);
        for (const r of runs) {
          expect(r.results.stations.xray.served).toBeGreaterThan(0.99 * r.results.stations.xray.entered);
          expect(r.results.stations.xray.meanServiceSeconds / meanSeconds).toBeCloseTo(1, 1);
        }
      });
    });
  }

  describe('the single-queue preset as shipped (M/M/4, 90/h, 144 s, load 0.9)', () => {
    const scenario = variant('single-queue', () => {});
    let runs: ReturnType<typeof replicate>[] = [];
    beforeAll(() => {
      runs = Array.from({ length: REPLICATIONS }, (_, i) => replicate(scenario, i + 1, 40, ['xray']));
    });

    it('has a mean wait matching Erlang C', () => {
      const wq = mmcMeanWait(4, 90 / 3600, 1 / 144); // 283.6 s
      expectCovers(tInterval(runs.map((r) => r.steady[0].meanWaitSeconds)), wq, 0.1);
    });
  });
});

describe("a tandem of two M/M/c stations agrees with Erlang C at both (Burke's theorem)", () => {
  // X-ray alarms on every parcel (falseAlarm 1), so every parcel goes on to exam; exam has its own
  // officers and exponential service. X-ray's departures are Poisson(λ), so exam is M/M/3 too.
  const lambda = 0.16; // per second
  const xraySeconds = 10; // M/M/2, load 0.8
  const examSeconds = (3 * 0.85) / lambda; // M/M/3, load 0.85: 15.94 s
  const scenario = variant('single-queue', (s) => {
    s.arrivals = { kind: 'poisson', perHour: lambda * 3600 };
    Object.assign(s.stations.xray, { lanes: 2, officersByShift: [2], serviceSeconds: { kind: 'exponential', mean: xraySeconds }, falseAlarm: 1 });
    Object.assign(s.stations.exam, { enabled: true, lanes: 3, officersByShift: [3], serviceMinutes: { kind: 'exponential', mean: examSeconds / 60 } });
  });
  let runs: ReturnType<typeof replicate>[] = [];
  beforeAll(() => {
    runs = Array.from({ length: REPLICATIONS }, (_, i) => replicate(scenario, i + 1, 6, ['xray', 'exam']));
  });

  it('sends every X-ray parcel on to exam', () => {
    for (const { results } of runs) {
      expect(results.stations.exam.entered).toBe(results.stations.xray.served);
      expect(results.parcels.released).toBe(results.stations.exam.served);
    }
  });

  it('has an X-ray wait matching Erlang C for M/M/2', () => {
    expectCovers(tInterval(runs.map((r) => r.steady[0].meanWaitSeconds)), mmcMeanWait(2, lambda, 1 / xraySeconds), 0.08);
  });

  it('has an exam wait matching Erlang C for M/M/3 with the same arrival rate', () => {
    expectCovers(tInterval(runs.map((r) => r.steady[1].meanWaitSeconds)), mmcMeanWait(3, lambda, 1 / examSeconds), 0.08);
  });

  it('has utilizations matching λ / (c μ) at both stations', () => {
    expectCovers(tInterval(runs.map((r) => r.steady[0].utilization)), 0.8, 0.01);
    expectCovers(tInterval(runs.map((r) => r.steady[1].utilization)), 0.85, 0.01);
  });
});

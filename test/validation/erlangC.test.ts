// Validation of the whole facility model against queueing theory (docs/architecture.md, Tests):
// `single-queue` variations are M/M/c queues (Poisson arrivals, exponential service, c officers at
// c lanes, one 24-hour shift without breaks), so their mean wait in queue must agree with Erlang C
// and their utilization with ρ = λ / (c μ). A tandem of two such stations is, by Burke's theorem,
// two M/M/c queues with the same λ, so the second station must agree with Erlang C as well.
//
// Statistics. The facility starts empty, which biases early waits downwards, so each replication
// runs one simulated day of warm-up (`warmupDays: 1`, the model's own warm-up deletion) and the
// published RunResults then cover only what follows. R = 10 independent seeds give R estimates;
// the analytic value must lie in the 95% Student-t interval of their mean, widened to the
// Bonferroni level for all the checks in this file (family-wise false alarm about 5%), and the
// interval must be narrow (a few percent) so the check has the power to see a real error.
import { beforeAll, describe, expect, it } from 'vitest';
import { runScenario, type RunResults } from '../../src/model/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { mmcMeanWait } from '../../src/sim/queueing.js';
import { studentTQuantile } from '../../src/sim/studentT.js';
import { variant, withoutBacklogRules } from '../model/scenarios.js';

const REPLICATIONS = 10;
const WARM_UP_DAYS = 1;
/** Number of interval checks in this file, for the Bonferroni correction. */
const CHECKS = 13;
const T95 = studentTQuantile(0.975, REPLICATIONS - 1);
const T_FAMILY = studentTQuantile(1 - 0.05 / (2 * CHECKS), REPLICATIONS - 1);

/** One replication: `days` measured after a warm-up day. */
function replicate(scenario: Scenario, seed: number, days: number): RunResults {
  const r = runScenario(scenario, { seed, days: days + WARM_UP_DAYS, warmupDays: WARM_UP_DAYS });
  expect(r.warmupDays).toBe(WARM_UP_DAYS);
  expect(r.simulatedHours).toBe(days * 24);
  return r;
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
    withoutBacklogRules(s);
    s.stations.xray.lanes = c;
    s.stations.xray.officersByShift = [c];
    s.stations.xray.serviceSeconds = { kind: 'exponential', mean: meanSeconds };
    s.arrivals = { kind: 'poisson', perHour: (3600 * c * rho) / meanSeconds };
  });
}

describe('single-queue variations agree with Erlang C', () => {
  // Measured days per replication (after the warm-up day) grow with the load: the queue's relaxation time, about
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
      let runs: RunResults[] = [];
      beforeAll(() => {
        runs = Array.from({ length: REPLICATIONS }, (_, i) => replicate(scenario, i + 1, days));
      });
      const wq = mmcMeanWait(c, lambda, 1 / meanSeconds);

      it('has a steady-state mean wait in queue matching Erlang C', () => {
        expectCovers(tInterval(runs.map((r) => r.stations.xray.meanWaitSeconds)), wq, 0.08);
      });

      it('has a utilization matching λ / (c μ)', () => {
        expectCovers(tInterval(runs.map((r) => r.stations.xray.utilization)), rho, 0.02);
      });

      it('serves every parcel it admits, at the configured mean service time', () => {
        for (const r of runs) {
          const x = r.stations.xray;
          expect(Math.abs(x.entered - x.served)).toBeLessThan(0.01 * x.entered);
          expect(x.meanServiceSeconds / meanSeconds).toBeCloseTo(1, 1);
          expect(x.officerHours).toBeCloseTo(c * days * 24, 6);
        }
      });
    });
  }

  describe('the single-queue preset as shipped (M/M/4, 90/h, 144 s, load 0.9)', () => {
    const scenario = variant('single-queue', () => {});
    let runs: RunResults[] = [];
    beforeAll(() => {
      runs = Array.from({ length: REPLICATIONS }, (_, i) => replicate(scenario, i + 1, 40));
    });

    it('has a mean wait matching Erlang C', () => {
      const wq = mmcMeanWait(4, 90 / 3600, 1 / 144); // 283.6 s
      expectCovers(tInterval(runs.map((r) => r.stations.xray.meanWaitSeconds)), wq, 0.1);
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
    withoutBacklogRules(s);
    s.arrivals = { kind: 'poisson', perHour: lambda * 3600 };
    Object.assign(s.stations.xray, { lanes: 2, officersByShift: [2], serviceSeconds: { kind: 'exponential', mean: xraySeconds }, falseAlarm: 1 });
    Object.assign(s.stations.exam, { enabled: true, lanes: 3, officersByShift: [3], serviceMinutes: { kind: 'exponential', mean: examSeconds / 60 } });
  });
  let runs: RunResults[] = [];
  beforeAll(() => {
    runs = Array.from({ length: REPLICATIONS }, (_, i) => replicate(scenario, i + 1, 6));
  });

  it('sends every X-ray parcel on to exam', () => {
    for (const r of runs) {
      expect(r.stations.exam.entered).toBe(r.stations.xray.served);
      expect(r.parcels.released).toBe(r.stations.exam.served);
    }
  });

  it('has an X-ray wait matching Erlang C for M/M/2', () => {
    expectCovers(tInterval(runs.map((r) => r.stations.xray.meanWaitSeconds)), mmcMeanWait(2, lambda, 1 / xraySeconds), 0.08);
  });

  it('has an exam wait matching Erlang C for M/M/3 with the same arrival rate', () => {
    expectCovers(tInterval(runs.map((r) => r.stations.exam.meanWaitSeconds)), mmcMeanWait(3, lambda, 1 / examSeconds), 0.08);
  });

  it('has utilizations matching λ / (c μ) at both stations', () => {
    expectCovers(tInterval(runs.map((r) => r.stations.xray.utilization)), 0.8, 0.01);
    expectCovers(tInterval(runs.map((r) => r.stations.exam.utilization)), 0.85, 0.01);
  });
});

// Little's law, L = λ W, at every queue station of the baseline facility over a multi-day run
// (docs/architecture.md, Tests). It needs no assumption about arrivals or service, so it holds for the
// real facility (flight waves, shifts, breaks, holds) and not only for textbook queues.
//
// Boundary effects. Over a finite run [0, T] the identity is exact on the sample path once the
// parcels still waiting at T are counted:
//   ∫ Q dt = Σ waits of parcels that started service + Σ (T − joined) over parcels still queued.
// RunResults publishes L = ∫Q dt / T, the entry count (every parcel that joined, including those
// still queued) and W = the mean over parcels that STARTED service. So
//   L·T − entered·W = Σ residual waits − queueAtEnd·W,
// a difference of two non-negative terms, each at most queueAtEnd·max(W, oldest residual wait).
// That is the tolerance used below: it is a proof, not a guess. The baseline leaves the stations
// unstaffed 22:00-06:00 and the run ends at midnight, so the queue at the end is not small; over
// five days the bound is still a few percent of L, and the test also checks that (otherwise a
// passing test would not show the law). Stations that saw no parcel are skipped.
import { beforeAll, describe, expect, it } from 'vitest';
import { Facility, buildResults, type RunResults } from '../../src/model/index.js';
import { QUEUE_STATIONS, getPreset } from '../../src/scenario/index.js';

const DAYS = 5;

describe("Little's law at every station of the baseline", () => {
  let f: Facility;
  let r: RunResults;
  let T: number;
  beforeAll(() => {
    f = new Facility(getPreset('baseline').scenario, { seed: 11, days: DAYS });
    f.runToEnd();
    r = buildResults(f);
    T = f.kernel.now;
  });

  /** Residual waits (T − joined) of the parcels still in a station's queue at the end. */
  const residualWaits = (name: (typeof QUEUE_STATIONS)[number]): number[] =>
    f.stations[name].queue.toArray().map((slot) => T - f.parcels.queuedAt[slot]);

  /** Residual services (T − started) of the parcels in service at a station at the end. */
  function residualServices(name: (typeof QUEUE_STATIONS)[number]): number[] {
    const st = f.stations[name];
    const out: number[] = [];
    for (let o = 0; o < f.staffing.count; o++) {
      const slot = f.dispatcher.parcelOf(o);
      if (f.staffing.station[o] === st && slot >= 0) out.push(T - f.parcels.serviceStartedAt[slot]);
    }
    return out;
  }
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

  it('runs the whole baseline for five days with traffic at X-ray, exam and seizure', () => {
    expect(T).toBe(DAYS * 86_400);
    expect(r.simulatedHours).toBe(DAYS * 24);
    for (const name of ['xray', 'exam', 'seizure'] as const) expect(r.stations[name].entered).toBeGreaterThan(0);
  });

  for (const name of QUEUE_STATIONS) {
    describe(name, () => {
      it('satisfies the sample-path identity ∫Q dt = completed waits + residual waits (exactly)', () => {
        const st = f.stations[name];
        if (st.entered === 0) return;
        const waitingArea = r.stations[name].meanQueueLength * T;
        expect(waitingArea).toBeCloseTo(st.waitSumSeconds + sum(residualWaits(name)), 3);
        expect(st.queue.size).toBe(r.stations[name].queueAtEnd);
      });

      it('satisfies the identity for the whole station: ∫(Q + in service) dt = waits + services, residuals included', () => {
        const st = f.stations[name];
        if (st.entered === 0) return;
        const area = r.stations[name].meanInStation * T;
        const services = r.stations[name].meanServiceSeconds * r.stations[name].served;
        const exact = st.waitSumSeconds + sum(residualWaits(name)) + services + sum(residualServices(name));
        expect(area / exact).toBeCloseTo(1, 9);
      });

      it('has meanQueueLength = (entered / T) × meanWaitSeconds within the boundary bound', () => {
        const s = r.stations[name];
        if (s.entered === 0) return; // no traffic: nothing to check
        const L = s.meanQueueLength;
        const lambdaW = (s.entered / T) * s.meanWaitSeconds;
        const oldest = Math.max(0, ...residualWaits(name));
        const bound = (s.queueAtEnd * Math.max(s.meanWaitSeconds, oldest)) / T;
        expect(Math.abs(L - lambdaW)).toBeLessThanOrEqual(bound + 1e-9 * L);
        // Over five days the end effect is small, so this is Little's law and not just the bound.
        if (L > 0) expect(bound / L).toBeLessThan(0.05);
        if (L > 0) expect(Math.abs(L / lambdaW - 1)).toBeLessThan(0.05);
      });
    });
  }
});

describe("Little's law after a warm-up day (statistics restart at 24 h)", () => {
  // With `warmupDays: 1` the published statistics cover [s, T], s = 24 h. Now there are two
  // boundaries: the Q(s) parcels queued at s are not in `entered` but their whole wait, including
  // the part before s, is in W once they start; and the Q(T) still queued at T are in `entered`
  // but not in W. Following the same algebra as above,
  //   |L·(T − s) − entered·W| ≤ Q(s)·max(W, longest wait before s) + Q(T)·max(W, oldest residual wait).
  it('has meanQueueLength = (entered / (T − s)) × meanWaitSeconds within the two-boundary bound', () => {
    const f = new Facility(getPreset('baseline').scenario, { seed: 12, days: DAYS + 1, warmupDays: 1 });
    const s = 86_400;
    f.advance(s); // fires everything at s, the warm-up's end included
    const atStart = Object.fromEntries(QUEUE_STATIONS.map((n) => {
      const waited = f.stations[n].queue.toArray().map((slot) => s - f.parcels.queuedAt[slot]);
      return [n, { count: waited.length, longest: Math.max(0, ...waited) }];
    }));
    f.runToEnd();
    const r = buildResults(f);
    const T = f.kernel.now;
    expect(r.warmupDays).toBe(1);
    expect(r.simulatedHours).toBe(DAYS * 24);
    for (const name of QUEUE_STATIONS) {
      const st = r.stations[name];
      if (st.entered === 0) continue;
      const oldest = Math.max(0, ...f.stations[name].queue.toArray().map((slot) => T - f.parcels.queuedAt[slot]));
      const W = st.meanWaitSeconds;
      const bound = (atStart[name].count * Math.max(W, atStart[name].longest) + st.queueAtEnd * Math.max(W, oldest)) / (T - s);
      const lambdaW = (st.entered / (T - s)) * W;
      expect(Math.abs(st.meanQueueLength - lambdaW), name).toBeLessThanOrEqual(bound + 1e-9 * st.meanQueueLength);
      // The end effects shrink like 1/entered: a station with a few dozen parcels (seizure) can be
      // 20% off and still inside the exact bound above, so the 5% check is for busy stations.
      if (st.meanQueueLength > 0 && st.entered >= 1000) expect(Math.abs(st.meanQueueLength / lambdaW - 1), name).toBeLessThan(0.05);
    }
  });
});

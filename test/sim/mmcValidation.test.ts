// Validation of the sim layer as a whole: an M/M/c queue simulated with the kernel, seeded
// exponential streams, a Tally and TimeWeighted levels must agree with Erlang C, and Little's
// law must hold on its own output (docs/architecture.md, Tests).
import { describe, expect, it } from 'vitest';
import { batchMeansInterval } from '../../src/sim/batchMeans.js';
import { exponential } from '../../src/sim/distributions.js';
import { Kernel } from '../../src/sim/Kernel.js';
import { mmcMeanQueueLength, mmcMeanWait, utilization } from '../../src/sim/queueing.js';
import { Streams } from '../../src/sim/random.js';
import { Tally } from '../../src/sim/Tally.js';
import { TimeWeighted } from '../../src/sim/TimeWeighted.js';

function simulateMMc(c: number, lambda: number, mu: number, warmUp: number, horizon: number, seed: number) {
  const k = new Kernel();
  const streams = new Streams(seed);
  const arrivals = streams.get('arrivals');
  const service = streams.get('service');
  const waits = new Tally({ keep: true });
  const queueLength = new TimeWeighted(0, 0);
  const busy = new TimeWeighted(0, 0);
  const queue: number[] = []; // arrival times, FIFO
  let head = 0;
  let inService = 0;
  let measuring = false;

  const DONE = k.register('done', () => {
    if (head < queue.length) {
      const arrivedAt = queue[head++];
      queueLength.add(k.now, -1);
      if (measuring) waits.add(k.now - arrivedAt);
      k.scheduleIn(exponential(service, 1 / mu), DONE);
    } else {
      inService--;
      busy.add(k.now, -1);
    }
  });
  const ARRIVE = k.register('arrive', () => {
    if (inService < c) {
      inService++;
      busy.add(k.now, 1);
      if (measuring) waits.add(0);
      k.scheduleIn(exponential(service, 1 / mu), DONE);
    } else {
      queue.push(k.now);
      queueLength.add(k.now, 1);
    }
    k.scheduleIn(exponential(arrivals, 1 / lambda), ARRIVE);
  });
  const WARM = k.register('warm-up over', () => {
    measuring = true;
    queueLength.reset(k.now);
    busy.reset(k.now);
  });

  k.schedule(0, ARRIVE);
  k.schedule(warmUp, WARM, 0, -1); // before anything else at that instant
  k.run(horizon);
  return { waits, queueLength, busy, span: horizon - warmUp, now: k.now };
}

describe('an M/M/c queue built from the sim layer', () => {
  const [c, lambda, mu] = [3, 2.4, 1]; // utilization 0.8
  const run = simulateMMc(c, lambda, mu, 2_000, 202_000, 7); // about 480,000 customers
  const wq = mmcMeanWait(c, lambda, mu); // 1.0787
  const { mean, halfWidth } = batchMeansInterval(run.waits.values(), 20);

  it('has a mean wait whose batch-means interval covers Erlang C\'s Wq', () => {
    expect(halfWidth / wq).toBeLessThan(0.1); // the run is long enough to be a real test
    expect(Math.abs(mean - wq)).toBeLessThan(2 * halfWidth); // about 99.98% coverage
  });

  it('has a time-average queue length and utilization matching the formulas', () => {
    expect(run.now).toBe(202_000);
    // Lq = lambda Wq fluctuates with Wq: allow the same relative margin as the wait's interval.
    const lq = run.queueLength.mean(run.now);
    expect(Math.abs(lq / mmcMeanQueueLength(c, lambda, mu) - 1)).toBeLessThan((2 * halfWidth) / wq);
    expect(run.busy.mean(run.now) / c).toBeCloseTo(utilization(c, lambda, mu), 2);
  });

  it('obeys Little\'s law on its own output: Lq = (customers / time) x Wq', () => {
    const throughput = run.waits.count / run.span;
    const lq = run.queueLength.mean(run.now);
    expect(lq / (throughput * run.waits.mean)).toBeCloseTo(1, 3);
  });
});

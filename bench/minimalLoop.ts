/**
 * The yardstick for `npm run bench`: a minimal hand-written M/M/c simulation on a typed-array
 * binary heap, with no model, no statistics beyond a wait sum, and no lifecycle. Whatever this
 * machine is doing, the engine's speed is reported as a ratio to this loop timed in the same run.
 */
import { createStream } from '../src/sim/random.js';

/** Simulates `customers` customers of an M/M/c queue; returns the mean wait (to keep work honest). */
export function minimalMMc(customers: number, servers: number, lambda: number, mu: number, seed = 1): number {
  const rng = createStream(seed, 'minimal');
  // Heap of pending events: time and kind (0 = arrival, 1 = departure).
  const cap = servers + 2;
  const ht = new Float64Array(cap);
  const hk = new Uint8Array(cap);
  let n = 0;
  const push = (t: number, k: number) => {
    let i = n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (ht[p] <= t) break;
      ht[i] = ht[p]; hk[i] = hk[p]; i = p;
    }
    ht[i] = t; hk[i] = k;
  };
  const pop = () => {
    const t = ht[--n], k = hk[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && ht[c + 1] < ht[c]) c++;
      if (ht[c] >= t) break;
      ht[i] = ht[c]; hk[i] = hk[c]; i = c;
    }
    ht[i] = t; hk[i] = k;
  };
  const queue = new Float64Array(customers); // arrival times of waiting customers (FIFO)
  let qh = 0, qt = 0, busy = 0, arrived = 0, waitSum = 0, started = 0;
  push(-Math.log(1 - rng()) / lambda, 0);
  while (n > 0) {
    const now = ht[0], kind = hk[0];
    pop();
    if (kind === 0) {
      arrived++;
      if (arrived < customers) push(now - Math.log(1 - rng()) / lambda, 0);
      if (busy < servers) { busy++; started++; push(now - Math.log(1 - rng()) / mu, 1); }
      else queue[qt++] = now;
    } else if (qh < qt) {
      waitSum += now - queue[qh++];
      started++;
      push(now - Math.log(1 - rng()) / mu, 1);
    } else busy--;
  }
  return waitSum / started;
}

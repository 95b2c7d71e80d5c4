// Parameter recovery (issue 11, "Must show"): data simulated by the model with known prevalence
// and d′ (src/experiments/fit/recovery.ts), fitted back from a wrong start. Over K = 8 seeded
// repetitions, each 95% interval (d′, pills, fentanyl) must hold the truth in at least K − 2 = 6.
// `npm run fit:recovery` runs the larger study whose coverage docs/fit.md quotes.
import { describe, expect, it } from 'vitest';
import { inProcessExecutor } from '../../../src/experiments/index.js';
import { RECOVERY_DEFAULTS, RECOVERY_TRUTH, recoveryRepetition, type RecoveryRepetition } from '../../../src/experiments/fit/recovery.js';

const K = 8;

describe('parameter recovery', () => {
  it(`covers the true prevalence and d′ in at least ${K - 2} of ${K} seeded repetitions`, async () => {
    const reps: RecoveryRepetition[] = [];
    for (let rep = 0; rep < K; rep++) reps.push(await recoveryRepetition(rep, RECOVERY_DEFAULTS, inProcessExecutor()));
    const covered = [0, 1, 2].map((i) => reps.filter((r) => r.covered[i]).length);
    expect(covered.every((c) => c >= K - 2), `covered ${covered.join(', ')} of ${K}`).toBe(true);
    // The estimates are informative, not intervals wide enough to cover anything.
    for (const r of reps) {
      expect(r.separation.high - r.separation.low).toBeLessThan(1);
      r.perMillion.forEach((iv, t) => expect(iv.high - iv.low).toBeLessThan(RECOVERY_TRUTH.perMillion[t]));
    }
  }, 120_000);
});

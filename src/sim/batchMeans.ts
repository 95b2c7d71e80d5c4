/**
 * A confidence interval for a steady-state mean from one long run, by the method of
 * non-overlapping batch means.
 *
 * Successive observations of a queue (one parcel's wait, the next parcel's wait) are correlated,
 * so the naive s / sqrt(n) badly understates the error. Averaging over long batches makes the
 * batch means nearly independent and nearly normal; the interval is then Student's t over the
 * batch means (Law, "Simulation Modeling and Analysis", 5th ed., section 9.5.3). Batches must be
 * long compared with the correlation time: with the default 20 batches, that wants thousands of
 * observations or more. Delete the warm-up first.
 *
 * @example
 * const waits = new Tally({ keep: true }); // ... after the run:
 * const { mean, halfWidth } = batchMeansInterval(waits.values());
 * // 95% confidence: mean +- halfWidth
 */
import { studentTQuantile } from './studentT.js';

export interface BatchMeansInterval {
  /** Mean of the observations used (all but the leading n mod batches). */
  mean: number;
  /** Half-width of the confidence interval around `mean`. */
  halfWidth: number;
  /** Number of batches. */
  batches: number;
  /** Observations per batch. */
  batchSize: number;
}

/**
 * Splits `samples` (in time order) into `batches` equal consecutive batches and returns their
 * grand mean and the half-width of a `confidence` interval for it, using t(batches - 1). The
 * first n mod batches observations, which would not fill a batch, are dropped: the start of a run
 * is its least representative part. Throws a RangeError for fewer than 2 batches, fewer samples
 * than batches, or a confidence outside (0, 1).
 *
 * @example
 * batchMeansInterval([1, 2, 3, 4, 5, 6], 3, 0.95);
 * // batch means 1.5, 3.5, 5.5: { mean: 3.5, halfWidth: 4.968, batches: 3, batchSize: 2 }
 */
export function batchMeansInterval(samples: ArrayLike<number>, batches = 20, confidence = 0.95): BatchMeansInterval {
  if (!(Number.isInteger(batches) && batches >= 2)) throw new RangeError(`batches must be an integer >= 2, got ${batches}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const n = samples.length;
  const batchSize = Math.floor(n / batches);
  if (batchSize < 1) throw new RangeError(`need at least ${batches} samples for ${batches} batches, got ${n}`);
  const skip = n - batchSize * batches;
  // Welford over the batch means: their mean is the grand mean, their variance the error estimate.
  let mean = 0;
  let m2 = 0;
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    const from = skip + b * batchSize;
    for (let i = from; i < from + batchSize; i++) sum += samples[i];
    const batchMean = sum / batchSize;
    const delta = batchMean - mean;
    mean += delta / (b + 1);
    m2 += delta * (batchMean - mean);
  }
  const variance = m2 / (batches - 1);
  const t = studentTQuantile((1 + confidence) / 2, batches - 1);
  return { mean, halfWidth: t * Math.sqrt(variance / batches), batches, batchSize };
}

/**
 * The public surface of the sim layer: the kernel, random streams, distributions and output
 * statistics. Nothing here knows about mail, parcels or screens (docs/architecture.md, Layers).
 *
 * @example
 * import { Kernel, Streams, sampler, Tally } from '../sim/index.js';
 */
export { Kernel, type EventHandler, type EventObserver } from './Kernel.js';
export { createStream, Streams, type Rng } from './random.js';
export {
  bernoulli,
  exponential,
  lognormal,
  poisson,
  standardNormal,
  triangular,
  uniform,
} from './distributions.js';
export { cumulativeWeights, discrete } from './discrete.js';
export { acklamQuantile, normalCdf, normalQuantile } from './normal.js';
export { sampler, type DistributionSpec, type Sampler } from './sampler.js';
export { erfc, erfcx, expNegSquare, logBeta, logGamma, regularizedBeta } from './specialFunctions.js';
export { studentTCdf, studentTQuantile } from './studentT.js';
export { Tally, type TallyOptions } from './Tally.js';
export { TimeWeighted } from './TimeWeighted.js';
export { Histogram } from './Histogram.js';
export { nextCounter, seedCounter } from './counterStream.js';
export { erlangB, erlangC, mmcMeanQueueLength, mmcMeanSojourn, mmcMeanWait, utilization } from './queueing.js';
export { batchMeansInterval, type BatchMeansInterval } from './batchMeans.js';
export { betaQuantile, clopperPearson } from './binomialInterval.js';

/**
 * The plain data of a second-order Monte Carlo (`secondOrder.ts`): what to run (the scenarios,
 * the uncertainty file, seeds and run length) and the checked plan (the draws, the tornado's
 * settings and the jobs). Apart from the code so that the result builder can read a plan without
 * importing the runner. Another experiment (an optimizer evaluating candidates under unknown
 * inputs) plans its own runs by calling `planSecondOrder` with its candidates as the arms.
 */
import type { Scenario } from '../scenario/index.js';
import type { GridSpec } from './grid.js';
import type { Job } from './jobs.js';
import type { UncertaintySpec } from './uncertainty.js';

/** A scenario of the experiment: the one replicated, A or B, or a sweep point. */
export interface UncertainArm {
  label: string;
  scenario: Scenario;
  /** A sweep point's parameter values, by name. */
  parameters?: Record<string, unknown>;
}

/** What to run. */
export interface SecondOrderSpec {
  experiment: 'replicate' | 'compare' | 'sweep';
  arms: UncertainArm[];
  uncertainty: UncertaintySpec;
  /** Seed of world 0's first run. */
  seed: number;
  /** Inner replications per world (the experiment's own replications). */
  inner: number;
  days: number;
  warmupDays: number;
  /** The sweep's grid (sweep only). */
  grid?: GridSpec;
}

/** The checked plan: the draws, the tornado's settings and every job. */
export interface SecondOrderPlan {
  spec: SecondOrderSpec;
  /** draws[o][i]: input i in world o. */
  draws: number[][];
  /** The tornado's settings (central, then low and high of each input), or none for a sweep. */
  settings: number[][];
  jobs: Job[];
}

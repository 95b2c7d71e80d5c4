/**
 * The shape of an uncertainty file, as a zod schema: the inputs nobody knows exactly (prevalence,
 * the risk score's separation, detection rates, the postal service's presentation rate), each with
 * a range or distribution and a note saying where it comes from or that it is an assumption; how
 * many outer draws of them to make, how (Latin hypercube or plain), from which seed, and which
 * metrics to report. Checked like grid and scenario files: every problem with its dotted path, in
 * the scenario layer's plain words. Whether the paths exist, and whether every draw makes a valid
 * scenario, is checked afterwards against the base scenario (`uncertainty.ts`).
 *
 * docs/uncertainty.md describes every field, with an example (docs/uncertainty/prevalence-and-power.json).
 */
import { z } from 'zod';

/** Most inputs, outer draws and reported metrics a file may ask for. */
export const MAX_INPUTS = 20;
export const MAX_OUTER = 1_000;
export const MAX_UNCERTAINTY_METRICS = 12;
/** Default outer draws. */
export const DEFAULT_OUTER = 20;

const common = {
  name: z.string().trim().min(1).max(60).describe('A short label for reports and the tornado chart'),
  path: z.string().min(1).describe('Dotted path into the scenario, as in grid files (contraband.*.perMillion, riskScore.separation, ...)'),
  multiplier: z.boolean().optional().describe("true: the drawn value multiplies the scenario's number(s); false or absent: it replaces them"),
  note: z.string().trim().min(1).max(1000).describe('Where the range comes from (a source), or the word "assumption" and why'),
};

const finite = z.number().finite();

const inputSchema = z.discriminatedUnion('distribution', [
  z.strictObject({ ...common, distribution: z.literal('uniform'), low: finite, high: finite }),
  z.strictObject({ ...common, distribution: z.literal('triangular'), low: finite, mode: finite, high: finite }),
  z.strictObject({
    ...common,
    distribution: z.literal('lognormal'),
    median: z.number().gt(0).describe('The median (the central value)'),
    sigma: z.number().gt(0).max(3).describe('Standard deviation of the logarithm; 0.35 puts the 10th and 90th percentiles at about 0.64 and 1.57 times the median'),
  }),
]);
export type UncertainInputInput = z.infer<typeof inputSchema>;

export const uncertaintySchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).max(120).optional(),
  description: z.string().max(4000).optional(),
  inputs: z.array(inputSchema).min(1).max(MAX_INPUTS),
  outer: z.number().int().min(2).max(MAX_OUTER).optional().describe('Outer draws of the inputs (plausible worlds); default 20'),
  sampling: z.enum(['latin-hypercube', 'plain']).optional().describe('latin-hypercube (default): each input\'s draws cover its range evenly; plain: independent draws'),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe('Seed of the input draws (not of the runs); default 1'),
  metrics: z.array(z.string().min(1)).min(1).max(MAX_UNCERTAINTY_METRICS).optional()
    .describe('Metrics to report; default: interdiction rate, contraband seized, screening delay'),
  tornado: z.strictObject({
    low: z.number().gt(0).lt(0.5),
    high: z.number().gt(0.5).lt(1),
  }).optional().describe("Percentiles of each input's distribution the tornado sets it to; default 0.1 and 0.9"),
});
export type UncertaintyInput = z.infer<typeof uncertaintySchema>;

/**
 * The shape of a grid file, as a zod schema: what a sweep varies, over which base scenario, with
 * how many replications. Checked like scenarios (every problem with its dotted path, in the same
 * plain words: the scenario layer's zod messages are reused), so a grid file and a scenario file
 * read the same way when wrong. Whether the paths exist and the points make valid scenarios is
 * checked afterwards, in `grid.ts`, once the shape is known.
 *
 * docs/experiments.md describes every field, with examples.
 */
import { z } from 'zod';
import { scenarioSchema } from '../scenario/index.js';

/** Most values a range may expand to, and most points a grid may have. */
export const MAX_VALUES = 10_000;
export const MAX_POINTS = 10_000;
/** Most replications per point (or per scenario in `replicate` and `compare`). */
export const MAX_REPLICATIONS = 10_000;
/** Runs in one grid (points × replications): planned in memory before they start. */
export const MAX_JOBS = 1_000_000;

/** Numbers from `from` to `to` (inclusive, within rounding) in steps of `step`. */
export const rangeSchema = z.strictObject({
  from: z.number(),
  to: z.number(),
  step: z.number().gt(0),
});
export type Range = z.infer<typeof rangeSchema>;

export const parameterSchema = z.strictObject({
  name: z.string().min(1).max(80).optional().describe('A short label for reports; default: the path'),
  path: z.string().min(1).describe('Dotted path into the scenario; rules by id (targeting.rules.<id>...), * for every entry'),
  values: z.union([z.array(z.unknown()).min(1), rangeSchema]).optional().describe('Values to set: a list, or a range of numbers'),
  scale: z.union([z.array(z.number().min(0)).min(1), rangeSchema]).optional().describe("Factors to multiply the base scenario's numbers by"),
});
export type GridParameterInput = z.infer<typeof parameterSchema>;

export const gridSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).max(120).optional(),
  description: z.string().max(4000).optional(),
  base: z.strictObject({
    preset: z.string().min(1).optional(),
    scenario: z.unknown().optional(),
  }),
  parameters: z.array(parameterSchema),
  replications: z.number().int().min(2).max(MAX_REPLICATIONS),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  days: scenarioSchema.shape.days,
  warmupDays: z.number().int().min(0).optional(),
});
export type GridInput = z.infer<typeof gridSchema>;

/**
 * The values of a range, rounded to 12 significant digits so that 0.1 steps give 0.3, not
 * 0.30000000000000004; or a message when it is empty or too long.
 *
 * @example
 * expandRange({ from: 1, to: 6, step: 1 }); // [1, 2, 3, 4, 5, 6]
 * expandRange({ from: 0.995, to: 0.999, step: 0.002 }); // [0.995, 0.997, 0.999]
 */
export function expandRange(range: Range): number[] | string {
  if (range.to < range.from) return `'to' (${range.to}) must be >= 'from' (${range.from})`;
  // The small allowance keeps `to` in when (to - from) / step is a whole number give or take rounding.
  const count = Math.floor((range.to - range.from) / range.step + 1e-9) + 1;
  if (count > MAX_VALUES) return `the range has ${count} values; at most ${MAX_VALUES} are allowed`;
  return Array.from({ length: count }, (_, i) => Number((range.from + i * range.step).toPrecision(12)));
}

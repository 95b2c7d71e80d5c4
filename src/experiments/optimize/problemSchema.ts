/**
 * The shape of an optimization problem file, as a zod schema: the base scenario, the decision
 * variables (grid parameters: a scenario path and its values, `grid.ts`), the objective, the
 * constraints, the replications and the settings of the search and of the selection. Checked like
 * grids and scenarios (every problem with its dotted path, in plain words). Whether the paths and
 * metrics exist is checked afterwards, in `problem.ts`. docs/optimize.md describes every field.
 */
import { z } from 'zod';
import { gridSchema, parameterSchema } from '../gridSchema.js';

/** Most decision variables, constraints, and the search's and selection's sizes. */
export const LIMITS = {
  variables: 12,
  constraints: 10,
  population: 200,
  generations: 200,
  finalists: 20,
  replications: 1000,
  budget: 100_000,
} as const;

const metric = z.string().min(1).describe('A metric by dotted path, e.g. contraband.interdictionRate (docs/experiments.md, Metrics)');
const perDay = z.boolean().optional().describe("Divide each run's value by its measured days (days − warmupDays)");

export const objectiveSchema = z.strictObject({
  metric,
  goal: z.enum(['maximize', 'minimize']),
  perDay,
});

export const constraintSchema = z.strictObject({
  name: z.string().min(1).max(80).optional(),
  metric,
  atMost: z.number().optional(),
  atLeast: z.number().optional(),
  perDay,
});

export const problemSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1).max(120).optional(),
  description: z.string().max(4000).optional(),
  base: gridSchema.shape.base,
  variables: z.array(parameterSchema).min(1).max(LIMITS.variables),
  objective: objectiveSchema,
  constraints: z.array(constraintSchema).max(LIMITS.constraints).optional(),
  replications: z.number().int().min(2).max(LIMITS.replications).describe('Runs of each candidate during the search'),
  seed: gridSchema.shape.seed,
  days: gridSchema.shape.days,
  warmupDays: gridSchema.shape.warmupDays,
  search: z.strictObject({
    population: z.number().int().min(2).max(LIMITS.population),
    generations: z.number().int().min(0).max(LIMITS.generations),
    seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  }),
  selection: z.strictObject({
    finalists: z.number().int().min(1).max(LIMITS.finalists),
    budget: z.number().int().min(0).max(LIMITS.budget).describe('Runs added to the finalists in all'),
    stage: z.number().int().min(1).max(LIMITS.budget).optional(),
  }),
});
export type ProblemInput = z.infer<typeof problemSchema>;

/**
 * Experiment results as JSON text: the one form that is complete and exact (CSV and memos are
 * views of it). `JSON.stringify` with two-space indents and a final newline; it holds no dates,
 * timings or machine details, so the same experiment gives the same bytes on any machine, with
 * any number of workers, sharded and merged or not. A number that does not exist (the standard
 * deviation of one run) is NaN in memory and `null` in the JSON, as JSON has no NaN.
 */
import type { CompareResult } from './compare.js';
import type { ReplicateResult } from './replicate.js';
import type { SweepResult } from './sweep.js';
import type { UncertaintyResult } from './uncertaintyResult.js';
import type { AdversaryResult } from './adversary/adversaryResult.js';
import type { OptimizeResult } from './optimize/optimizeResult.js';

/** Any experiment result; `format` says which. */
export type ExperimentResult = ReplicateResult | SweepResult | CompareResult | UncertaintyResult | AdversaryResult | OptimizeResult;

/**
 * The result as JSON text.
 *
 * @example
 * writeFileSync('sweep.json', resultJson(result));
 */
export function resultJson(result: ExperimentResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

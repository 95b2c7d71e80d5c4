/**
 * `replicate`: R runs of one scenario with seeds seed … seed + R − 1, or, with --precision, as
 * many as it takes to bring one metric's 95% half-width under a target; every metric summarised
 * with its mean, standard deviation and confidence interval. See docs/cli.md and
 * docs/experiments.md.
 */
import { metricNames, replicate, type ReplicateSpec } from '../../experiments/index.js';
import { CliError } from '../CliError.js';
import type { CliContext } from '../context.js';
import type { ReplicateRequest } from '../experimentArgs.js';
import { checkExperiment } from '../checkEstimate.js';
import { runExperiment } from '../experimentRun.js';
import { defaultWorkers } from '../workerPool.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../loadScenario.js';
import { uncertainExperiment } from './uncertain.js';

/**
 * Runs `replicate` and returns the exit code.
 *
 * @example
 * await replicateCommand(io, parseCommandLine(['replicate', '--preset', 'baseline', '--replications', '20']) as ReplicateRequest, {});
 */
export async function replicateCommand(io: CliIo, request: ReplicateRequest, context: CliContext): Promise<number> {
  const scenario = loadScenario(io, request.source);
  const days = request.days ?? scenario.days;
  const problems: string[] = [];
  if (request.warmupDays >= days) problems.push(`--warmup-days must be less than the run's ${days} day${days === 1 ? '' : 's'}, got ${request.warmupDays}`);
  const p = request.precision;
  if (p && !metricNames(scenario).includes(p.metric)) problems.push(unknownMetric('--precision', p.metric, metricNames(scenario)));
  const runs = p ? p.maxReplications : (request.replications as number);
  if (request.seed + runs - 1 > Number.MAX_SAFE_INTEGER) problems.push(`--seed: seeds ${request.seed} to ${request.seed} + ${runs - 1} would pass ${Number.MAX_SAFE_INTEGER}`);
  if (problems.length > 0) throw new CliError(problems);
  const spec: ReplicateSpec = {
    scenario,
    seed: request.seed,
    days,
    warmupDays: request.warmupDays,
    replications: request.replications,
    precision: p,
  };
  if (request.uncertainty !== undefined) {
    return uncertainExperiment(io, context, {
      experiment: 'replicate', arms: [{ label: scenario.name, scenario }], seed: request.seed, inner: runs, days, warmupDays: request.warmupDays,
      outputs: { ...request, uncertainty: request.uncertainty }, workers: request.workers,
      inputs: request.source.kind === 'file' ? [request.source.path] : [], label: `replicate ${scenario.name}`,
    });
  }
  checkExperiment(Array.from({ length: runs }, () => ({ scenario, days })), request.workers ?? defaultWorkers());
  return runExperiment(io, context, {
    label: `replicate ${scenario.name}`,
    outputs: request,
    inputs: request.source.kind === 'file' ? [request.source.path] : [],
    workers: request.workers,
    run: (executor, control) => replicate(spec, executor, control),
  });
}

/**
 * "--precision: unknown metric 'x'; similar: a, b": names sharing the last part of the given one,
 * or a few examples when none do.
 *
 * @example
 * unknownMetric('--precision', 'screeningDelay', names); // "--precision: unknown metric 'screeningDelay'; similar: throughput.screeningDelayParcelHours"
 */
export function unknownMetric(option: string, metric: string, names: readonly string[]): string {
  const tail = metric.split('.').pop()?.toLowerCase() ?? '';
  const similar = names.filter((n) => tail !== '' && n.toLowerCase().includes(tail)).slice(0, 5);
  const shown = similar.length > 0 ? `similar: ${similar.join(', ')}` : `for example: contraband.interdictionRate, throughput.screeningDelayParcelHours, stations.exam.meanWaitSeconds (docs/experiments.md lists them all)`;
  return `${option}: unknown metric '${metric}'; ${shown}`;
}

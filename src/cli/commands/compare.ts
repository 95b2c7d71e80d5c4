/**
 * `compare A B`: scenario A against B, R runs of each on common random numbers (or independent
 * seeds with --independent), with the difference B − A of every metric, its 95% interval and
 * whether it is significant. A and B are preset names or scenario files. See docs/cli.md and
 * docs/experiments.md.
 */
import { INDEPENDENT_SEED_OFFSET, compare, compareJobs, type CompareSpec } from '../../experiments/index.js';
import { CliError } from '../CliError.js';
import type { CliContext } from '../context.js';
import type { CompareRequest, Source } from '../experimentArgs.js';
import { checkExperiment } from '../checkEstimate.js';
import { runExperiment } from '../experimentRun.js';
import { defaultWorkers } from '../workerPool.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../loadScenario.js';
import { uncertainExperiment } from './uncertain.js';

/**
 * Runs `compare` and returns the exit code. Both scenarios are read and checked before any run;
 * problems in either are reported together.
 *
 * @example
 * await compareCommand(io, { command: 'compare', a: { kind: 'preset', name: 'baseline' }, b: { kind: 'preset', name: 'short-staffed' }, ... }, context);
 */
export async function compareCommand(io: CliIo, request: CompareRequest, context: CliContext): Promise<number> {
  const problems: string[] = [];
  const load = (source: Source) => {
    try {
      return loadScenario(io, source);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      problems.push(...e.messages);
      return undefined;
    }
  };
  const a = load(request.a);
  const b = load(request.b);
  if (a === undefined || b === undefined) throw new CliError(problems);
  const days = request.days ?? Math.max(a.days, b.days);
  if (request.warmupDays >= days) problems.push(`--warmup-days must be less than the run's ${days} day${days === 1 ? '' : 's'}, got ${request.warmupDays}`);
  const offset = request.mode === 'independent' ? INDEPENDENT_SEED_OFFSET : 0;
  if (request.seed + request.replications - 1 + offset > Number.MAX_SAFE_INTEGER) problems.push(`--seed ${request.seed} is too large for ${request.replications} replications`);
  if (problems.length > 0) throw new CliError(problems);
  const spec: CompareSpec = {
    a: { label: label(request.a), scenario: a },
    b: { label: label(request.b), scenario: b },
    seed: request.seed,
    replications: request.replications,
    days,
    warmupDays: request.warmupDays,
    mode: request.mode,
  };
  if (request.uncertainty !== undefined) {
    return uncertainExperiment(io, context, {
      experiment: 'compare', arms: [spec.a, spec.b], seed: spec.seed, inner: spec.replications, days, warmupDays: spec.warmupDays,
      outputs: { ...request, uncertainty: request.uncertainty }, workers: request.workers,
      inputs: [request.a, request.b].flatMap((s) => (s.kind === 'file' ? [s.path] : [])), label: `compare ${spec.a.label} vs ${spec.b.label}`,
    });
  }
  checkExperiment(compareJobs(spec), request.workers ?? defaultWorkers());
  return runExperiment(io, context, {
    label: `compare ${spec.a.label} vs ${spec.b.label}`,
    outputs: request,
    inputs: [request.a, request.b].flatMap((s) => (s.kind === 'file' ? [s.path] : [])),
    workers: request.workers,
    run: (executor, control) => compare(spec, executor, control),
  });
}

function label(source: Source): string {
  return source.kind === 'preset' ? source.name : source.path;
}

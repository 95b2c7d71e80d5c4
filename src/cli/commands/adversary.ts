/**
 * `adversary`: smugglers who adapt, round after round, to where their contraband was caught, and
 * the defender's re-tune in turn (src/experiments/adversary, docs/adversary.md). Prints a line per
 * round on standard error as it is measured; writes the JSON (and --csv, --memo) at the end, or
 * the finished rounds marked incomplete on Ctrl-C.
 */
import { adversaryJobCount, DEFAULT_PRIOR_PARCELS, roundLabel, runAdversary, type AdversaryRound, type AdversarySpec } from '../../experiments/index.js';
import { CliError } from '../CliError.js';
import { checkExperiment } from '../checkEstimate.js';
import type { CliContext } from '../context.js';
import type { AdversaryRequest } from '../experimentArgs.js';
import { runExperiment } from '../experimentRun.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../loadScenario.js';
import { defaultWorkers } from '../workerPool.js';

/**
 * Runs `adversary` and returns the exit code.
 *
 * @example
 * await adversaryCommand(io, parseCommandLine(['adversary', '--preset', 'baseline', '--rounds', '11']) as AdversaryRequest, {});
 */
export async function adversaryCommand(io: CliIo, request: AdversaryRequest, context: CliContext): Promise<number> {
  const scenario = loadScenario(io, request.source);
  const problems: string[] = [];
  if (request.warmupDays >= request.days) problems.push(`--warmup-days must be less than the run's ${request.days} days, got ${request.warmupDays}`);
  if (request.seed + request.replications - 1 > Number.MAX_SAFE_INTEGER) problems.push(`--seed ${request.seed} is too large for ${request.replications} replications`);
  if (problems.length > 0) throw new CliError(problems);
  const spec: AdversarySpec = {
    scenario,
    seed: request.seed,
    replications: request.replications,
    days: request.days,
    warmupDays: request.warmupDays,
    rounds: request.rounds,
    retune: request.retune,
    roundsAfter: request.roundsAfter,
    rule: { kind: 'logit', rate: request.rate, priorParcels: DEFAULT_PRIOR_PARCELS },
  };
  const total = adversaryJobCount(spec);
  checkExperiment(Array.from({ length: total }, () => ({ scenario, days: request.days })), request.workers ?? defaultWorkers());
  const showRounds = request.progress ?? io.isTTY;
  return runExperiment(io, context, {
    label: `adversary ${scenario.name}`,
    outputs: request,
    inputs: request.source.kind === 'file' ? [request.source.path] : [],
    workers: request.workers,
    run: (executor, control) => runAdversary(spec, executor, { ...control, onRound: showRounds ? (r) => io.stderr(roundLine(r)) : undefined }),
  });
}

/**
 * One round in a line, for standard error.
 *
 * @example
 * roundLine(round); // "\rround 3 (adapting): interdiction 14.8% ± 2.0%; most contraband from CN (64%), 40% deeply concealed   …\n"
 */
export function roundLine(r: AdversaryRound): string {
  const s = r.interdiction;
  const top = [...r.routes.origin].sort((a, b) => b.share - a.share)[0];
  const deep = r.routes.concealment[1];
  const text = `round ${roundLabel(r)} (${r.stage}): interdiction ${(s.mean * 100).toFixed(1)}% ± ${(s.halfWidth * 100).toFixed(1)}%; ` +
    `most contraband from ${top.route} (${(top.share * 100).toFixed(0)}%), ${(deep.share * 100).toFixed(0)}% deeply concealed`;
  // Over the progress bar's line (which is redrawn below it).
  return `\r${text.padEnd(100)}\n`;
}

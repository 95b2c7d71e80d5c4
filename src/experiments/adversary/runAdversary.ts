/**
 * The adapting adversary, played in rounds. Each round runs R replications of D days of one
 * scenario on seeds seed … seed + R − 1 (the same seeds every round: common random numbers, so
 * rounds differ by the smugglers' split and the targeting, not by luck), measures the
 * interdiction rate with its 95% interval and each route's pooled outcome, and builds the next
 * round's scenario from where contraband was caught (`strategy.ts`, `responseRule.ts`). After
 * the adapting rounds the defender may re-tune its targeting (`retune.ts`), and the smugglers may
 * adapt again for some rounds.
 *
 * Work is a list of jobs run by any executor (this thread, worker threads, Web Workers); job
 * indexes are fixed before any run (round k's replication r is job k·R + r, then the re-tune's
 * candidates, then the rounds after it) and results are read by index, so the result's bytes do
 * not depend on the number of workers. Like the other experiments it never throws for a failed or
 * cancelled run: the result then says `complete: false` and keeps the rounds and runs finished.
 */
import { clopperPearson } from '../../sim/binomialInterval.js';
import type { Scenario } from '../../scenario/index.js';
import type { Executor } from '../executor.js';
import type { Job } from '../jobs.js';
import type { RunRecord } from '../replicate.js';
import { runJobs, type Outcome, type RunControl } from '../runJobs.js';
import { summarize, type MetricSummary } from '../summary.js';
import type { AdversaryResult, AdversaryRound, RetuneResult, RouteRow, Stage } from './adversaryResult.js';
import type { ResponseRule } from './responseRule.js';
import { retuneCandidates, DELAY_ALLOWANCE } from './retune.js';
import { DIMENSIONS, pooledCounts, routeNames, type Dimension } from './routeMetrics.js';
import { applyStrategy, initialStrategy, nextStrategy, strategyShares, type Strategy } from './strategy.js';

/** What to play. */
export interface AdversarySpec {
  scenario: Scenario;
  seed: number;
  replications: number;
  days: number;
  warmupDays: number;
  /** Rounds before the re-tune, the static round 0 included; at least 2. */
  rounds: number;
  /** Re-tune the targeting after the adapting rounds. */
  retune: boolean;
  /** Rounds after the re-tune, the smugglers adapting to it (0 without a re-tune). */
  roundsAfter: number;
  rule: ResponseRule;
}

/** Progress and cancellation, and each round as it is measured (the app draws it at once). */
export interface AdversaryControl extends RunControl {
  onRound?(round: AdversaryRound): void;
}

const INTERDICTION = 'contraband.interdictionRate';
const SEIZED = 'contraband.seized';
const DELAY = 'throughput.screeningDelayParcelHours';

/**
 * The number of runs the spec plans: every round's, and every re-tune candidate's but "no
 * change" (which is the last round, already run).
 *
 * @example
 * adversaryJobCount({ ...spec, rounds: 11, retune: true, roundsAfter: 0, replications: 10 }); // 110 + 10 × (candidates − 1)
 */
export function adversaryJobCount(spec: AdversarySpec): number {
  const candidates = spec.retune ? retuneCandidates(spec.scenario, initialStrategy(spec.scenario)).length - 1 : 0;
  return (spec.rounds + (spec.retune ? spec.roundsAfter : 0) + candidates) * spec.replications;
}

/**
 * Plays the rounds of `spec` through `executor`.
 *
 * @example
 * const { result } = await runAdversary({ scenario, seed: 1, replications: 10, days: 7, warmupDays: 0,
 *   rounds: 11, retune: true, roundsAfter: 0, rule: { kind: 'logit', rate: 10, priorParcels: 20 } }, inProcessExecutor());
 * result.played.map((r) => r.interdiction.mean); // falling from round 0, up again at the re-tune
 */
export async function runAdversary(spec: AdversarySpec, executor: Executor, control: AdversaryControl = {}): Promise<Outcome<AdversaryResult>> {
  checkSpec(spec);
  const R = spec.replications;
  const total = adversaryJobCount(spec);
  const played: AdversaryRound[] = [];
  const finished = new Map<number, Record<string, number>>();
  let next = 0; // index of the next job
  let strategy = initialStrategy(spec.scenario);
  let targeting = spec.scenario; // the scenario whose targeting is in force (its split is replaced each round)
  let targetingLabel = 'as in the scenario';
  let retune: RetuneResult | null = null;
  let adapted: Scenario | null = null;

  /** Runs one batch of R jobs of a scenario; `stop` says why and what is missing when the experiment stops. */
  const batch = async (scenario: Scenario): Promise<{ runs: Record<string, number>[]; stop?: { missing: number[]; error?: unknown } }> => {
    const jobs: Job[] = Array.from({ length: R }, (_, r) => ({
      index: next + r, scenario, seed: spec.seed + r, days: spec.days, warmupDays: spec.warmupDays, routes: true,
    }));
    next += R;
    const outcome = await runJobs(executor, jobs, { ...control, doneBefore: finished.size, totalPlanned: total });
    for (const [index, m] of outcome.metrics) finished.set(index, kept(m));
    if (outcome.missing.length > 0) return { runs: [], stop: { missing: [...outcome.missing, ...range(next, total)], error: outcome.error } };
    return { runs: jobs.map((j) => finished.get(j.index) as Record<string, number>) };
  };
  const round = (stage: Stage, scenario: Scenario, runs: Record<string, number>[]): AdversaryRound => {
    const r = roundOf(played.length, stage, targetingLabel, strategy, scenario, runs);
    played.push(r);
    control.onRound?.(r);
    return r;
  };
  const stopped = (stop: { missing: number[]; error?: unknown }): Outcome<AdversaryResult> =>
    ({ result: build(spec, played, retune, adapted, stop.missing, finished), error: stop.error });

  // The scenario and runs of the last round measured: the smugglers' next move answers them.
  let last = { scenario: spec.scenario, runs: [] as Record<string, number>[] };
  const adapt = async (count: number, stage: Stage, first: boolean): Promise<{ missing: number[]; error?: unknown } | undefined> => {
    for (let k = 0; k < count; k++) {
      const isStatic = first && k === 0;
      let scenario = spec.scenario;
      if (!isStatic) {
        strategy = nextStrategy(strategy, pooledCounts(last.scenario, last.runs), spec.rule);
        scenario = withTargeting(applyStrategy(spec.scenario, strategy), targeting);
      }
      const { runs, stop } = await batch(scenario);
      if (stop) return stop;
      round(isStatic ? 'static' : stage, scenario, runs);
      last = { scenario, runs };
      adapted = scenario;
    }
    return undefined;
  };

  const stop = await adapt(spec.rounds, 'adapting', true);
  if (stop) return stopped(stop);
  if (spec.retune) {
    // The defender answers the split of the last round, measured on the same seeds ("no change" is that round).
    const candidates = retuneCandidates(last.scenario, strategy);
    const measured: Record<string, number>[][] = [last.runs];
    for (const c of candidates.slice(1)) {
      const { runs, stop: halt } = await batch(c.scenario);
      if (halt) return stopped(halt);
      measured.push(runs);
    }
    retune = chooseRetune(candidates.map((c) => c.label), measured);
    const chosen = candidates[retune.chosen];
    targeting = chosen.scenario;
    targetingLabel = retune.chosen === 0 ? 'as in the scenario (the re-tune kept it)' : chosen.label;
    round('re-tuned', chosen.scenario, measured[retune.chosen]);
    last = { scenario: chosen.scenario, runs: measured[retune.chosen] };
    adapted = chosen.scenario;
    const after = await adapt(spec.roundsAfter, 'adapting again', false);
    if (after) return stopped(after);
  }
  return { result: build(spec, played, retune, adapted, [], finished) };
}

/** The smugglers' split of `split`, with the targeting of `targeting`. */
function withTargeting(split: Scenario, targeting: Scenario): Scenario {
  return split.targeting === targeting.targeting ? split : { ...split, targeting: targeting.targeting };
}

/** The metrics the adversary needs from a run (the rest would only swell partial results). */
function kept(metrics: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(metrics)) if (k === INTERDICTION || k === SEIZED || k === DELAY || k.startsWith('routes.')) out[k] = v;
  return out;
}

function column(runs: readonly Record<string, number>[], metric: string): number[] {
  return runs.map((m) => m[metric] ?? 0);
}

function roundOf(index: number, stage: Stage, targeting: string, strategy: Strategy, scenario: Scenario, runs: Record<string, number>[]): AdversaryRound {
  const counts = pooledCounts(scenario, runs);
  const names = routeNames(scenario);
  const shares = strategyShares(scenario, strategy);
  const rows = (d: Dimension): RouteRow[] => names[d].map((route, i) => {
    const { ended, seized } = counts[d][i];
    const [low, high] = ended > 0 ? clopperPearson(seized, ended) : [0, 1];
    return { route, share: shares[d][i], ended, seized, interdiction: ended > 0 ? seized / ended : 0, low, high };
  });
  return {
    round: index,
    stage,
    targeting,
    strategy,
    interdiction: summarize(column(runs, INTERDICTION)),
    seized: summarize(column(runs, SEIZED)),
    delay: summarize(column(runs, DELAY)),
    routes: Object.fromEntries(DIMENSIONS.map((d) => [d, rows(d)])) as Record<Dimension, RouteRow[]>,
  };
}

/**
 * The defender's choice (`retune.ts`): the highest mean interdiction among candidates whose mean
 * delay is within the allowance over "no change" (candidate 0); ties go to the earlier.
 */
export function chooseRetune(labels: readonly string[], measured: readonly (readonly Record<string, number>[])[]): RetuneResult {
  const candidates = labels.map((label, i) => ({
    label,
    interdiction: summarize(column(measured[i], INTERDICTION)),
    delay: summarize(column(measured[i], DELAY)),
    feasible: false,
  }));
  const limit = candidates[0].delay.mean * (1 + DELAY_ALLOWANCE);
  let chosen = 0;
  candidates.forEach((c, i) => {
    c.feasible = i === 0 || c.delay.mean <= limit;
    if (c.feasible && c.interdiction.mean > candidates[chosen].interdiction.mean) chosen = i;
  });
  const none = column(measured[0], INTERDICTION);
  const gain = summarize(column(measured[chosen], INTERDICTION).map((v, r) => v - none[r]));
  return { delayAllowance: DELAY_ALLOWANCE, candidates, chosen, gain };
}

function build(
  spec: AdversarySpec, played: AdversaryRound[], retune: RetuneResult | null, adapted: Scenario | null,
  missing: number[], finished: Map<number, Record<string, number>>,
): AdversaryResult {
  const result: AdversaryResult = {
    format: 'interdict-adversary',
    version: 1,
    complete: missing.length === 0,
    missing,
    scenario: spec.scenario,
    seeds: { first: spec.seed, last: spec.seed + spec.replications - 1 },
    days: spec.days,
    warmupDays: spec.warmupDays,
    replications: spec.replications,
    rounds: spec.rounds,
    roundsAfter: spec.retune ? spec.roundsAfter : 0,
    rule: spec.rule,
    played,
    retune,
    adaptedScenario: adapted,
  };
  if (missing.length > 0) {
    const runs: RunRecord[] = [...finished.keys()].sort((a, b) => a - b)
      .map((job) => ({ job, seed: spec.seed + (job % spec.replications), metrics: finished.get(job) as Record<string, number> }));
    result.runs = runs;
  }
  return result;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Programming errors only: the CLI and the app check user input with friendlier messages first. */
function checkSpec(spec: AdversarySpec): void {
  const bad = (what: string) => { throw new RangeError(`runAdversary: ${what}`); };
  if (!(Number.isInteger(spec.replications) && spec.replications >= 2)) bad(`replications must be an integer >= 2, got ${spec.replications}`);
  if (!(Number.isInteger(spec.rounds) && spec.rounds >= 2)) bad(`rounds must be an integer >= 2, got ${spec.rounds}`);
  if (!(Number.isInteger(spec.roundsAfter) && spec.roundsAfter >= 0)) bad(`roundsAfter must be an integer >= 0, got ${spec.roundsAfter}`);
  if (!(spec.rule.rate >= 0 && Number.isFinite(spec.rule.rate))) bad(`rule.rate must be a finite number >= 0, got ${spec.rule.rate}`);
  if (!(spec.rule.priorParcels >= 0 && Number.isFinite(spec.rule.priorParcels))) bad(`rule.priorParcels must be >= 0, got ${spec.rule.priorParcels}`);
  if (!(spec.warmupDays >= 0 && spec.warmupDays < spec.days)) bad(`warmupDays must be >= 0 and < days (${spec.days})`);
}

/**
 * The result of an optimization, as written to JSON (and read by the CSV, the memo, the text
 * table and the app): the checked problem, how the search went generation by generation, each
 * finalist with its objective and constraints (means, 95% intervals, whether each constraint is
 * met judged by its interval), the chosen candidate with the approximate probability that it is
 * the best of the finalists (OCBA's APCS-P, `ocba.ts`), and the check: the chosen candidate
 * against the base scenario on fresh seeds (paired differences, as `compare` gives).
 */
import { summarize, type MetricSummary } from '../summary.js';
import { constraintStatus, criterionValue, estimate, type CandidateEstimate, type ConstraintStatus, type Criteria } from './criteria.js';
import type { SearchOutcome } from './geneticSearch.js';
import type { OptimizeProblem } from './problem.js';
import type { SelectionOutcome } from './selection.js';
import type { OptimizeUncertainty } from './worldsTypes.js';

/** A constraint of one candidate: its estimate against the limit. */
export interface ConstraintReport {
  name: string;
  metric: string;
  bound: 'atMost' | 'atLeast';
  limit: number;
  estimate: MetricSummary;
  /** Judged by the 95% interval: met (all inside), violated (all outside) or uncertain. */
  status: ConstraintStatus;
}

/** One finalist (or a scenario of the check). */
export interface CandidateReport {
  /** The grid point (null for the base scenario). */
  point: number | null;
  parameters: Record<string, unknown>;
  runs: number;
  objective: MetricSummary;
  constraints: ConstraintReport[];
}

export interface FinalistReport extends CandidateReport {
  /** 1 for the chosen one, then by the feasibility rules on the means. */
  rank: number;
  /** P(feasible and better than the chosen one), normal approximation; 0 for the chosen. */
  probabilityBeatsChosen: number;
}

/** The chosen candidate minus the base scenario, run by run on the same seeds. */
export interface PairedDifference extends MetricSummary {
  low: number;
  high: number;
}

/** One run's criteria metrics, kept in incomplete results. */
export interface OptimizeRunRecord {
  job: number;
  /** Grid point, or −1 for the base scenario. */
  point: number;
  replication: number;
  seed: number;
  metrics: Record<string, number>;
}

export interface OptimizeResult {
  format: 'interdict-optimize';
  version: 1;
  complete: boolean;
  /** Jobs of the batch that was running when the optimization stopped, not finished. */
  missing: number[];
  problem: OptimizeProblem;
  method: { search: string; selection: string; probabilityBest: string };
  /** Runs made in all. */
  runsMade: number;
  search: {
    candidates: number;
    generations: { generation: number; newCandidates: number; best: CandidateReport }[];
  };
  /** Candidates the search drew that are not valid scenarios (skipped). */
  invalid: { point: number; parameters: Record<string, unknown>; message: string }[];
  selection: { runs: number; stages: number } | null;
  finalists: FinalistReport[];
  chosen: (CandidateReport & { probabilityBest: number }) | null;
  /**
   * The chosen candidate and the base scenario on fresh seeds (used by no earlier run), as many
   * runs as the chosen one had: figures free of the bias of having been picked as the best.
   */
  check: {
    seeds: { first: number; last: number };
    label: string;
    chosen: CandidateReport;
    base: CandidateReport;
    /** Chosen − base, run by run on the same seeds. */
    difference: { objective: PairedDifference; constraints: PairedDifference[] };
  } | null;
  /** Each run's criteria metrics: only in incomplete results. */
  runs?: OptimizeRunRecord[];
  /** With --uncertainty: the base and the finalists in the file's plausible worlds (`underUncertainty.ts`). */
  uncertainty?: OptimizeUncertainty;
}

/** The words the result uses for its methods (docs/optimize.md explains them). */
export const METHOD = {
  search: 'genetic algorithm: binary tournament, uniform crossover, step-or-jump mutation, elitist (μ + λ) replacement, Deb feasibility rules on the means; common random numbers',
  selection: 'OCBA-CO (Lee et al. 2012), in stages, on common random numbers',
  probabilityBest: 'approximate probability of correct selection among the finalists, product form APCS-P with normal means (Chen and Lee 2011; Lee et al. 2012)',
};

/** The check's runs: the chosen one's and the base's, replication by replication from `firstReplication`. */
export interface CheckRuns {
  firstReplication: number;
  chosen: Record<string, number>[];
  base: Record<string, number>[];
}

export interface ResultInputs {
  problem: OptimizeProblem;
  criteria: Criteria;
  search: SearchOutcome;
  selection: SelectionOutcome | null;
  finalists: number[];
  check: CheckRuns | null;
  complete: boolean;
  missing: number[];
  records: OptimizeRunRecord[];
  invalid: OptimizeResult['invalid'];
  parametersOf(point: number): Record<string, unknown>;
  estimateOf(point: number): CandidateEstimate;
}

/**
 * Assembles the result from what the optimization gathered.
 *
 * @example
 * const result = buildOptimizeResult({ problem, criteria, search, selection, ... });
 */
export function buildOptimizeResult(x: ResultInputs): OptimizeResult {
  const report = (point: number | null, e: CandidateEstimate, parameters: Record<string, unknown>): CandidateReport => ({
    point, parameters, runs: e.n, objective: e.objective,
    constraints: x.criteria.constraints.map((c, j) => ({
      name: c.name, metric: c.metric, bound: c.bound, limit: c.limit, estimate: e.constraints[j], status: constraintStatus(e.constraints[j], c),
    })),
  });
  const ofPoint = (p: number) => report(p, x.estimateOf(p), x.parametersOf(p));
  const s = x.selection;
  // The chosen one first, then the rest in the search's order (Deb's rules on the means when it ended).
  const order = s === null ? x.finalists.map((_, i) => i) : [s.chosen, ...x.finalists.map((_, i) => i).filter((i) => i !== s.chosen)];
  const finalists: FinalistReport[] = order.map((i, k) => ({ rank: k + 1, ...ofPoint(x.finalists[i]), probabilityBeatsChosen: s === null ? NaN : s.probabilityBeats[i] }));
  const chosenPoint = s === null ? null : x.finalists[s.chosen];
  const chosen = s === null || chosenPoint === null ? null : { ...ofPoint(chosenPoint), probabilityBest: s.probabilityBest };
  let check: OptimizeResult['check'] = null;
  if (chosenPoint !== null && x.check !== null && x.check.chosen.length > 0) {
    const { chosen: mine, base: theirs, firstReplication } = x.check;
    const diff = (c: { metric: string; perDay: boolean }): PairedDifference => {
      const d = summarize(mine.map((r, k) => criterionValue(r, c, x.criteria.measuredDays) - criterionValue(theirs[k], c, x.criteria.measuredDays)));
      return { ...d, low: d.mean - d.halfWidth, high: d.mean + d.halfWidth };
    };
    check = {
      seeds: { first: x.problem.seed + firstReplication, last: x.problem.seed + firstReplication + mine.length - 1 },
      label: x.problem.base.scenario.name,
      chosen: report(chosenPoint, estimate(mine, x.criteria), x.parametersOf(chosenPoint)),
      base: report(null, estimate(theirs, x.criteria), {}),
      difference: { objective: diff(x.criteria.objective), constraints: x.criteria.constraints.map(diff) },
    };
  }
  const result: OptimizeResult = {
    format: 'interdict-optimize',
    version: 1,
    complete: x.complete,
    missing: x.missing,
    problem: x.problem,
    method: METHOD,
    runsMade: x.records.length,
    search: {
      candidates: x.search.evaluated.length,
      generations: x.search.generations.map((g) => ({ generation: g.generation, newCandidates: g.newCandidates, best: report(g.best, g.bestEstimate, x.parametersOf(g.best)) })),
    },
    invalid: x.invalid,
    selection: s === null ? null : { runs: s.runs, stages: s.stages },
    finalists,
    chosen,
    check,
  };
  if (!x.complete) result.runs = x.records;
  return result;
}

/**
 * Optimization: which settings of a scenario are best for an objective under constraints, by a
 * genetic search on common random numbers followed by OCBA-CO ranking and selection among the
 * best candidates. docs/optimize.md explains the problem file and the methods.
 */
export { parseProblem, candidateScenario, searchGrid, problemCriteria, spaceSize, MAX_SPACE, type OptimizeProblem, type ProblemResult } from './problem.js';
export { problemSchema, LIMITS as OPTIMIZE_LIMITS, type ProblemInput } from './problemSchema.js';
export { optimize, plannedRuns, REFERENCE, type OptimizeControl } from './optimize.js';
export {
  buildOptimizeResult, METHOD,
  type OptimizeResult, type FinalistReport, type CandidateReport, type ConstraintReport, type PairedDifference, type OptimizeRunRecord,
} from './optimizeResult.js';
export {
  estimate, compareEstimates, constraintStatus, criterionValue, gain, totalViolation, violation,
  type Criteria, type Objective, type Constraint, type CandidateEstimate, type ConstraintStatus,
} from './criteria.js';
export { geneticSearch, rankPoints, pointGenes, genesPoint, type SearchSpace, type GeneticSettings, type GenerationRecord, type SearchOutcome } from './geneticSearch.js';
export { selectBest, type SelectionSettings, type SelectionOutcome } from './selection.js';
export { ocbaShares, stageAllocation, approximatePcs, probabilityBeats, bestIndex } from './ocba.js';
export { RunStore, type Sampler, type SampleRequest, type SampleBatch } from './runStore.js';
export { finalistsTable, chosenSentence, criterionLabel, probabilityText, valueText, STATUS_WORDS, type OptimizeTable } from './optimizeTable.js';
export { optimizeUnderUncertainty, uncertaintyRuns, type OptimizeUncertainty, type CandidateInWorlds, type WorldShare } from './underUncertainty.js';
export { worldsParagraphs } from './worldsText.js';

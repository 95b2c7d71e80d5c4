/**
 * The adapting adversary (docs/adversary.md): smugglers who shift contraband, round after round,
 * toward the routes where it was caught least, and a defender who re-tunes its targeting in turn.
 * Pure and DOM-free like the rest of `experiments/`: the CLI runs it on worker threads, the app
 * on Web Workers.
 */
export { DIMENSIONS, routeNames, routeMetrics, pooledCounts, type Dimension, type RouteCount } from './routeMetrics.js';
export { respond, judgedSurvival, DEFAULT_RATE, DEFAULT_PRIOR_PARCELS, type ResponseRule } from './responseRule.js';
export { initialStrategy, applyStrategy, nextStrategy, strategyShares, deepShare, type Strategy } from './strategy.js';
export { retuneCandidates, DELAY_ALLOWANCE, STEP, REPOINT_ID, type Candidate } from './retune.js';
export { runAdversary, adversaryJobCount, chooseRetune, type AdversarySpec, type AdversaryControl } from './runAdversary.js';
export type { AdversaryResult, AdversaryRound, RetuneResult, RetuneCandidate, RouteRow, Stage } from './adversaryResult.js';
export { roundsChartNodes, roundsSvg, roundLabel, ROUNDS_SIZE, STAGE_STYLE } from './roundsChart.js';
export { adversarySections, ruleWords } from './adversaryMemo.js';
export { adversaryRows } from './adversaryCsv.js';

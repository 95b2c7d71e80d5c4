/**
 * What the Optimize panel offers: a short list of decision variables (staffing, dogs, targeting,
 * the backlog policy), each with the values the search may try, and the objectives. Paths are the
 * experiments core's (`experiments/gridPaths.ts`, rules by id); labels become the problem's
 * variable names, so they are the words of the finalists table. Kept short on purpose: a person
 * ticks what may change; wider problems are for `npm run sim -- optimize` (docs/optimize.md).
 */
import { SWEEP_PARAMETERS } from './sweepParameters.js';

/** One decision variable on offer. */
export interface OptimizeVariableDef {
  id: string;
  label: string;
  path: string;
  /** The values the search may try. */
  values: number[];
  /** The values in words, for the checkbox's hint. */
  range: string;
}

const sweepLabel = (id: string): string => SWEEP_PARAMETERS.find((p) => p.id === id)?.label ?? id;
const integers = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The variables on offer, in the form's order.
 *
 * @example
 * OPTIMIZE_VARIABLES.map((v) => v.id); // ['xrayOfficers', 'examOfficers', 'dogTeams', 'riskThreshold', 'randomRate', 'maxWait', 'holdCapacity']
 */
export const OPTIMIZE_VARIABLES: readonly OptimizeVariableDef[] = [
  { id: 'xrayOfficers', label: sweepLabel('xrayOfficers'), path: 'stations.xray.officersByShift.*', values: integers(1, 6), range: '1 to 6' },
  { id: 'examOfficers', label: sweepLabel('examOfficers'), path: 'stations.exam.officersByShift.*', values: integers(4, 12), range: '4 to 12' },
  { id: 'dogTeams', label: 'Dog teams per shift', path: 'stations.canine.teamsByShift.*', values: integers(0, 3), range: '0 to 3' },
  { id: 'riskThreshold', label: sweepLabel('riskThreshold'), path: 'targeting.rules.aed-risk.when.atLeast', values: [0.995, 0.996, 0.997, 0.998, 0.999], range: '0.995 to 0.999' },
  { id: 'randomRate', label: sweepLabel('randomRate'), path: 'targeting.rules.random.when.rate', values: [0, 0.0001, 0.0002, 0.0004], range: '0, 1, 2 or 4 in 10,000' },
  { id: 'maxWait', label: 'Backlog wait limit (hours)', path: 'backlog.maxWaitHours', values: [6, 12, 24], range: '6, 12 or 24 h' },
  { id: 'holdCapacity', label: 'Hold area capacity (parcels)', path: 'backlog.holdCapacity', values: [150, 250, 400], range: '150, 250 or 400' },
];

/** One objective on offer. */
export interface OptimizeObjectiveDef {
  id: string;
  label: string;
  metric: string;
  goal: 'maximize' | 'minimize';
}

export const OPTIMIZE_OBJECTIVES: readonly OptimizeObjectiveDef[] = [
  { id: 'interdiction', label: 'Most contraband stopped (interdiction rate)', metric: 'contraband.interdictionRate', goal: 'maximize' },
  { id: 'seizures', label: 'Most seizures', metric: 'contraband.seized', goal: 'maximize' },
  { id: 'delay', label: 'Least screening delay', metric: 'throughput.screeningDelayParcelHours', goal: 'minimize' },
];

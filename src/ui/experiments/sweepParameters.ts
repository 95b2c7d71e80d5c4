/**
 * The parameters the Experiments panel offers to sweep: a curated list of the levers policy staff
 * ask about (staffing, targeting, holds) and the two unknowns a decision should be robust to
 * (contraband prevalence and the risk score's power). Each names the scenario field it sets, by
 * the dotted paths of the experiments core's grid (`experiments/gridPaths.ts`, rules by id), and
 * the bounds a value must keep, so the form can refuse a bad range at its input, in words, before
 * the core checks every point's scenario.
 *
 * The labels double as the grid's parameter names, so they become the CSV's column headings and
 * the memo's words; they carry no commas (a CSV heading would need quotes).
 */
import { resolvePath, type Range } from '../../experiments/index.js';
import type { Scenario } from '../../scenario/index.js';

/** The ids of the parameters on offer. */
export type SweepParameterId =
  | 'xrayOfficers' | 'examOfficers' | 'riskThreshold' | 'randomRate' | 'sweepRate' | 'holdPresent' | 'prevalence' | 'riskSeparation';

/** One parameter on offer. */
export interface SweepParameterDef {
  id: SweepParameterId;
  /** Short label: the form's choice, the grid's parameter name, the CSV heading. */
  label: string;
  /** The scenario field(s) it sets (`*`: every shift, every contraband type). */
  path: string;
  /** 'values' sets the field to each value; 'scale' multiplies the base scenario's numbers. */
  mode: 'values' | 'scale';
  /** Unit beside the inputs. */
  unit: string;
  /** True when only whole numbers make sense (officers). */
  integer: boolean;
  min: number;
  /** Largest value allowed, if any. */
  max?: number;
  /** A range to start from, for the base scenario. */
  suggest(base: Scenario): Range;
  /** One sentence for a person choosing it. */
  explain: string;
}

const officers = (station: 'xray' | 'exam', label: string, name: string): SweepParameterDef => ({
  id: station === 'xray' ? 'xrayOfficers' : 'examOfficers',
  label,
  path: `stations.${station}.officersByShift.*`,
  mode: 'values',
  unit: 'officers',
  integer: true,
  min: 0,
  max: 200,
  suggest: (base) => {
    const now = Math.max(...base.stations[station].officersByShift);
    return { from: Math.max(1, now - 1), to: Math.max(1, now - 1) + 3, step: 1 };
  },
  explain: `Officers at the ${name} on every shift (the same number on each). Officers beyond the lanes or tables wait for one.`,
});

/**
 * Every parameter on offer, in the order the form lists them.
 *
 * @example
 * SWEEP_PARAMETERS.find((p) => p.id === 'riskThreshold')?.path; // 'targeting.rules.aed-risk.when.atLeast'
 */
export const SWEEP_PARAMETERS: readonly SweepParameterDef[] = [
  officers('xray', 'X-ray officers per shift', 'X-ray lanes'),
  officers('exam', 'Exam officers per shift', 'exam tables'),
  {
    id: 'riskThreshold', label: 'Risk-score threshold (aed-risk rule)', path: 'targeting.rules.aed-risk.when.atLeast', mode: 'values',
    unit: 'score 0–1', integer: false, min: 0, max: 1, suggest: () => ({ from: 0.996, to: 0.999, step: 0.001 }),
    explain: 'The aed-risk rule holds and opens pieces whose risk score is at least this: a lower threshold opens more pieces.',
  },
  {
    id: 'randomRate', label: 'Random selection rate', path: 'targeting.rules.random.when.rate', mode: 'values',
    unit: 'share 0–1', integer: false, min: 0, max: 1, suggest: () => ({ from: 0.0001, to: 0.0004, step: 0.0001 }),
    explain: 'The share of all pieces the random rule sends to a full exam (0.0002 is 2 in 10,000).',
  },
  {
    id: 'sweepRate', label: 'Receptacle sweep rate', path: 'targeting.rules.hr-sweep.when.rate', mode: 'values',
    unit: 'share 0–1', integer: false, min: 0, max: 1, suggest: () => ({ from: 0.01, to: 0.05, step: 0.02 }),
    explain: 'The share of receptacles from high-risk origins whose every piece goes through X-ray.',
  },
  {
    id: 'holdPresent', label: 'Hold presentation probability', path: 'targeting.holds.presentProbability', mode: 'values',
    unit: 'probability 0–1', integer: false, min: 0, max: 1, suggest: () => ({ from: 0.8, to: 1, step: 0.1 }),
    explain: 'The chance that the postal service finds and presents a piece CBP asked to hold.',
  },
  {
    id: 'prevalence', label: 'Contraband prevalence (all types ×k)', path: 'contraband.*.perMillion', mode: 'scale',
    unit: '× the base', integer: false, min: 0, suggest: () => ({ from: 0.5, to: 2, step: 0.5 }),
    explain: 'Multiplies how common every kind of contraband is. Not known in reality: sweep it to see how robust a choice is.',
  },
  {
    id: 'riskSeparation', label: 'Risk-score separation d′', path: 'riskScore.separation', mode: 'values',
    unit: 'd′', integer: false, min: 0, max: 10, suggest: () => ({ from: 1.5, to: 3, step: 0.5 }),
    explain: 'How far contraband scores above clean mail (0: the score is useless). Not known in reality either.',
  },
];

/**
 * The parameter with this id; throws for an unknown id (a programming error, not user input).
 *
 * @example
 * sweepParameter('prevalence').mode; // 'scale'
 */
export function sweepParameter(id: string): SweepParameterDef {
  const def = SWEEP_PARAMETERS.find((p) => p.id === id);
  if (!def) throw new Error(`no sweep parameter '${id}'`);
  return def;
}

/**
 * Why a parameter cannot be swept over this base scenario (its field does not exist there), or
 * null when it can.
 *
 * @example
 * unavailableReason(sweepParameter('riskThreshold'), getPreset('single-queue').scenario);
 * // "not in this scenario: no rule with id 'aed-risk' in targeting.rules (ids: everything)"
 */
export function unavailableReason(def: SweepParameterDef, base: Scenario): string | null {
  const r = resolvePath(base, def.path);
  return r.ok ? null : `not in this scenario: ${r.message}`;
}

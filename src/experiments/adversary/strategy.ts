/**
 * The smugglers' strategy: how contraband is split across origins, mail types, declared
 * categories and concealment, and how a strategy becomes a scenario to run.
 *
 * The split is read from, and written back to, the scenario's own fields (src/model/contents.ts
 * draws contraband from them): an origin's share of contraband is share × prevalenceMultiplier
 * over the sum (likewise for mail types, and origin and mail type are chosen independently, as
 * the model draws them); the declared split is each category's `contrabandShare`; concealment is
 * each type's `deepConcealmentShare`. Only contraband moves: the mix of clean mail, and the
 * overall prevalence per type, stay as the scenario says (the model keeps the per-million totals).
 *
 * Smugglers choose each dimension on its own (assumption, docs/adversary.md): a route's survival
 * is pooled over the other dimensions, and every contraband type shifts its concealment by the
 * survival of deep and normal concealment pooled over types (too few parcels per type to judge
 * each alone).
 */
import { CONTRABAND_TYPES, parseScenario, type Scenario } from '../../scenario/index.js';
import { cloneJson } from '../gridPaths.js';
import { judgedSurvival, respond, type ResponseRule } from './responseRule.js';
import type { Dimension, RouteCount } from './routeMetrics.js';

/** Contraband's split: shares of contraband by origin, mail type and declared category (each summing to 1), and each type's deep share. */
export interface Strategy {
  origin: number[];
  mailType: number[];
  declared: number[];
  /** Deep-concealment share of each contraband type, in CONTRABAND_TYPES order. */
  deepByType: number[];
}

/** The scenario's prevalence multipliers cannot pass this (src/scenario/limits.ts). */
const MAX_MULTIPLIER = 1000;

const normalise = (w: readonly number[]): number[] => {
  const total = w.reduce((a, b) => a + b, 0);
  return total > 0 ? w.map((x) => x / total) : w.map(() => 1 / w.length);
};

/**
 * The strategy a scenario describes (round 0: smugglers as the scenario assumes them).
 *
 * @example
 * initialStrategy(getPreset('baseline').scenario).origin[0]; // 0.75 · 1.2 / 1.033 ≈ 0.871 of contraband comes from CN
 */
export function initialStrategy(scenario: Scenario): Strategy {
  const { origins, mailTypes, declared } = scenario.mix;
  return {
    origin: normalise(origins.map((o) => o.share * o.prevalenceMultiplier)),
    mailType: normalise(mailTypes.map((m) => m.share * m.prevalenceMultiplier)),
    declared: normalise(declared.map((d) => d.contrabandShare)),
    deepByType: CONTRABAND_TYPES.map((t) => scenario.contraband[t].deepConcealmentShare),
  };
}

/**
 * Contraband's share in deep concealment over all types, weighted by each type's prevalence.
 *
 * @example
 * deepShare(getPreset('baseline').scenario, initialStrategy(getPreset('baseline').scenario)); // ≈ 0.21
 */
export function deepShare(scenario: Scenario, strategy: Strategy): number {
  const perMillion = CONTRABAND_TYPES.map((t) => scenario.contraband[t].perMillion);
  const total = perMillion.reduce((a, b) => a + b, 0);
  return total > 0 ? perMillion.reduce((a, p, i) => a + p * strategy.deepByType[i], 0) / total : 0;
}

/** A strategy's shares by dimension, as reports show them (concealment as normal and deep). */
export function strategyShares(scenario: Scenario, strategy: Strategy): Record<Dimension, number[]> {
  const deep = deepShare(scenario, strategy);
  return { origin: strategy.origin, mailType: strategy.mailType, declared: strategy.declared, concealment: [1 - deep, deep] };
}

/**
 * The scenario with contraband split as `strategy` says; everything else unchanged. Checked like
 * a scenario file (a strategy that does not make a valid scenario is a bug, and throws).
 *
 * @example
 * applyStrategy(base, { ...initialStrategy(base), declared: [0, 0, 0, 1] }).mix.declared[3].contrabandShare; // 1
 */
export function applyStrategy(base: Scenario, strategy: Strategy): Scenario {
  const s = cloneJson(base) as Scenario;
  const multipliers = (shares: readonly number[], mix: readonly number[]) => {
    // Share × multiplier ∝ contraband share; the model rescales multipliers to keep the total rate.
    const raw = shares.map((x, i) => (mix[i] > 0 ? x / mix[i] : 0));
    const scale = Math.max(1, Math.max(...raw) / MAX_MULTIPLIER);
    return raw.map((m) => m / scale);
  };
  const o = multipliers(strategy.origin, s.mix.origins.map((x) => x.share));
  s.mix.origins.forEach((x, i) => { x.prevalenceMultiplier = o[i]; });
  const m = multipliers(strategy.mailType, s.mix.mailTypes.map((x) => x.share));
  s.mix.mailTypes.forEach((x, i) => { x.prevalenceMultiplier = m[i]; });
  s.mix.declared.forEach((x, i) => { x.contrabandShare = strategy.declared[i]; });
  CONTRABAND_TYPES.forEach((t, i) => { s.contraband[t].deepConcealmentShare = strategy.deepByType[i]; });
  const parsed = parseScenario(s);
  if (!parsed.ok) throw new Error(`adversary: the strategy makes an invalid scenario: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.scenario;
}

/**
 * The next round's strategy: each dimension's shares re-weighted by the survival of its routes
 * (`responseRule.ts`); each type's deep share by the pooled survival of deep and normal.
 *
 * @example
 * nextStrategy(strategy, pooledCounts(scenario, runs), { kind: 'logit', rate: 10, priorParcels: 20 });
 */
export function nextStrategy(strategy: Strategy, counts: Record<Dimension, RouteCount[]>, rule: ResponseRule): Strategy {
  const step = (shares: readonly number[], c: readonly RouteCount[]) => respond(shares, judgedSurvival(c, rule.priorParcels), rule.rate);
  const [normal, deep] = judgedSurvival(counts.concealment, rule.priorParcels);
  return {
    origin: step(strategy.origin, counts.origin),
    mailType: step(strategy.mailType, counts.mailType),
    declared: step(strategy.declared, counts.declared),
    deepByType: strategy.deepByType.map((x) => respond([1 - x, x], [normal, deep], rule.rate)[1]),
  };
}

/**
 * Calibration to a facility's own data: fits each contraband type's prevalence and the risk
 * score's separation d′ to daily seizures (and the compliance sample), by maximum likelihood on
 * a simulated surrogate (surrogate.ts, likelihood.ts), and returns the estimates with 95%
 * intervals, the day-by-day fit, and the calibrated scenario. docs/fit.md explains the method and
 * why it is maximum likelihood rather than approximate Bayesian computation.
 *
 * Intervals carry two sources of error: the data's (profile likelihood), and the simulation's,
 * since P(seized | contraband) comes from a finite number of simulated parcels. The second is
 * measured by a bootstrap over the grid's runs (resampling run seeds, which keeps the common
 * random numbers across grid points) and added in quadrature to each side of the interval.
 *
 * Why the grid may run more than once: contraband loads the stations it is found at (a find is
 * opened, field-tested and seized, which takes officer time), so P(seized | contraband) falls as
 * contraband grows common (`npm run fit:load`). The first grid runs at the scenario's prevalence;
 * while the fit is not consistent with its grid's (`settled`), the grid runs again at the fitted
 * prevalence and the fit is redone on that grid alone. Without this the parameter-recovery study
 * (recovery.ts) found prevalence about 5% low from a start at less than half the truth (docs/fit.md,
 * "Parameter recovery").
 */
import { Contents } from '../../model/index.js';
import { CONTRABAND_TYPES, parseScenario, type ContrabandType, type Scenario } from '../../scenario/index.js';
import { createStream } from '../../sim/random.js';
import type { Executor } from '../executor.js';
import { cloneJson } from '../gridPaths.js';
import { runJobs, type Outcome, type RunControl } from '../runJobs.js';
import type { FitData } from './fitData.js';
import { interpolate, profileFit, maximise, type Interval, type Sufficient } from './likelihood.js';
import { buildSurrogate, cellProbabilities, surrogateJobs, surrogateScenario, surrogateTotals, type Surrogate, type SurrogateSpec } from './surrogate.js';

export interface FitSpec {
  /** The scenario to calibrate: everything but volume, mix, prevalence and d′ is taken as known. */
  scenario: Scenario;
  data: FitData;
  /** The data file's name, for the calibrated scenario's description. */
  source: string;
  /** Seed of the grid's first run. */
  seed: number;
  /** One-day runs per grid point. */
  replications: number;
  /** d′ grid, ascending; default: the scenario's d′ ± 1.5 in steps of 0.5 (within 0 to 10). */
  separations?: number[];
  /** Bootstrap resamples for the simulation's error; default 200. */
  bootstrap?: number;
}

/** One type's day: seizures observed and expected under the fit. */
export interface FitDay {
  date: string;
  observed: number[];
  expected: number[];
}

export interface FitResult {
  format: 'interdict-fit';
  version: 1;
  complete: boolean;
  data: { source: string; days: number; first: string; last: string; types: ContrabandType[]; rules: string[][]; compliance: boolean; piecesByOrigin: boolean };
  method: {
    separations: number[];
    replications: number;
    seed: number;
    bootstrap: number;
    /** Simulated contraband parcels of each type per grid point, and of them seized: the surrogate's precision. */
    simulated: { arrived: number; seized: number }[];
    /** Grids run (at most MAX_PASSES): the first at the scenario's prevalence, each later one at the previous fit's. */
    passes: number;
    /** Each grid's prevalence of the fitted types in all, per million, in the order run. */
    gridTotals: number[];
    /** Whether the first grid ran at a stand-in prevalence, the scenario having none of the fitted types. */
    standIn: boolean;
    /** Whether the fit is consistent with the prevalence of the grid its estimates come from (see `settled`). */
    settled: boolean;
    /**
     * Why not, when not: the grids ran out; the next grid was refused (`refusal` says why); or the
     * next fit ran away beyond any prevalence a scenario can have (the estimates then come from the grid before).
     */
    unsettled: Unsettled | null;
    /** The refused grid's reason, in words, when `unsettled` is 'refused'. */
    refusal: string | null;
    /** Each fitted type's prevalence (per million) in the grid the estimates come from. */
    simulatedPerMillion: number[];
  };
  /** Null when the grid's runs did not all finish. */
  estimates: {
    separation: Interval;
    perMillion: Interval[];
    /** Standard deviations of the estimates from the simulation's error alone (bootstrap). */
    simulationSd: { separation: number; perMillion: number[] };
  } | null;
  /** Each type's seizures by cell over all days, observed and fitted (cells: the rules, then "other"). */
  cells: { cell: string; observed: number; fitted: number }[][];
  /** Pearson χ² / (days − 1) for each type's daily seizures: near 1 if the days vary as Poisson counts would. */
  dispersion: number[];
  days: FitDay[];
  calibrated: Scenario | null;
}

/** Why a fit's estimates come from a grid whose prevalence the fit is not consistent with. */
export type Unsettled = 'most grids' | 'refused' | 'runaway';

export const DEFAULT_BOOTSTRAP = 200;
/**
 * One-day runs per grid point by default. At 20 the baseline example's grid simulates fewer than 20
 * counterfeit seizures per grid point, against 104 in the data's 60 days, and
 * the intervals span most of what is possible; at 100 they hold every true value (docs/fit.md, "The example").
 */
export const DEFAULT_FIT_REPLICATIONS = 100;
/**
 * How far (relative) the fitted types' total prevalence may land from the grid's and still count as
 * where the grid ran. An assumption, sized from `npm run fit:load`: where the load bites hardest,
 * doubling contraband cost P(seized | contraband) 15 to 22%, so within 10% its effect is 2 to 3%.
 */
export const RECENTRE_TOLERANCE = 0.1;
/** Grids at most: each costs a whole grid of runs; a fit not consistent with its grid by then is said to be unsettled. */
export const MAX_PASSES = 4;

/**
 * Whether a fit is consistent with the prevalence its grid ran at (`gridTotal`, per million in all):
 * the fitted total is within RECENTRE_TOLERANCE of it, or it lies inside the data's 95% interval for
 * the total (the sum of the types' profile-likelihood lows to the sum of their highs, which is wider
 * than the sum's own interval), so the data cannot tell the two apart and a grid at the fitted value
 * would chase noise; or the fit found no contraband at all, which has no load to move to. `fitted`
 * are the profile intervals, not widened for the simulation's error: a grid far from the answer
 * simulates the wrong load and, when the answer is higher, too few seizures, which is the error a new
 * grid mends. An end the data leave open (≤, ≥) bounds nothing, so it counts as the estimate itself.
 *
 * @example
 * consistentWithGrid([{ value: 2900, low: 2400, high: 3500, lowOpen: false, highOpen: false }], 3000); // true
 */
export function consistentWithGrid(fitted: readonly Interval[], gridTotal: number): boolean {
  const total = fitted.reduce((a, iv) => a + iv.value, 0);
  if (total === 0) return true;
  if (!Number.isFinite(total)) return false;
  if (nearGrid(total, gridTotal)) return true;
  const low = fitted.reduce((a, iv) => a + (iv.lowOpen ? iv.value : iv.low), 0);
  const high = fitted.reduce((a, iv) => a + (iv.highOpen ? iv.value : iv.high), 0);
  return low <= gridTotal && gridTotal <= high;
}

/** Whether a fitted total lies within RECENTRE_TOLERANCE of the grid's (the words say which test held). */
export function nearGrid(fittedTotal: number, gridTotal: number): boolean {
  return Math.abs(fittedTotal / gridTotal - 1) <= RECENTRE_TOLERANCE;
}

const settled = (p: Done): boolean => consistentWithGrid(p.fit.perMillion, sumOf(p.simulatedPerMillion));

/** The default d′ grid around the scenario's value. */
export function defaultSeparations(scenario: Scenario): number[] {
  const s0 = Math.round(scenario.riskScore.separation * 2) / 2;
  const lo = Math.max(0, s0 - 1.5);
  const hi = Math.min(10, s0 + 1.5);
  return Array.from({ length: Math.round((hi - lo) / 0.5) + 1 }, (_, i) => lo + i * 0.5);
}

/**
 * The scenario with the data's volume and origin mix: mean pieces a day, each origin's share of
 * all pieces (only when the data gives pieces by origin).
 */
export function withDataVolume(scenario: Scenario, data: FitData): Scenario {
  const s = cloneJson(scenario) as Scenario;
  const totals = s.mix.origins.map((_, o) => data.pieces.reduce((a, day) => a + day[o], 0));
  const all = totals.reduce((a, b) => a + b, 0);
  const perDay = all / data.dates.length;
  if (s.arrivals.kind === 'flights') s.arrivals.piecesPerDay = Math.max(1, Math.round(perDay));
  else s.arrivals.perHour = Math.max(1e-6, perDay / 24);
  if (data.piecesByOrigin && all > 0) s.mix.origins.forEach((o, i) => { o.share = totals[i] / all; });
  return s;
}

/** Each origin's contraband rate relative to the scenario's overall rate (1 on average over its mix). */
function originWeights(scenario: Scenario): number[] {
  const contents = new Contents(scenario);
  const total = CONTRABAND_TYPES.reduce((a, t) => a + scenario.contraband[t].perMillion, 0) / 1e6;
  return scenario.mix.origins.map((_, o) => (total > 0
    ? scenario.mix.mailTypes.reduce((a, m, j) => a + m.share * contents.rateOf(o, j), 0) / total
    : 1));
}

/** The data's sums, and each day's origin-weighted pieces. */
function sufficient(scenario: Scenario, data: FitData): { suff: Sufficient; weighted: number[] } {
  const w = originWeights(scenario);
  const weighted = data.pieces.map((day) => day.reduce((a, n, o) => a + n * w[o], 0));
  const raw = data.pieces.map((day) => day.reduce((a, b) => a + b, 0));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const c = data.compliance;
  const q = scenario.targeting.compliance.detectProbability;
  return {
    weighted,
    suff: {
      cells: data.types.map((_, t) => {
        const rules = data.byRule[t].map((r) => sum(r.counts));
        return [...rules, sum(data.seized[t]) - sum(rules)];
      }),
      found: data.types.map((_, t) => (c ? sum(c.found[t]) : 0)),
      exposure: sum(weighted) / 1e6,
      // The sample is random over all pieces: its contraband rate is the day's origin-weighted rate.
      sampleExposure: c ? (q * c.examined.reduce((a, e, d) => a + (raw[d] > 0 ? (e * weighted[d]) / raw[d] : 0), 0)) / 1e6 : 0,
    },
  };
}

/** The data cannot be fitted from these runs (refused with the reason, in words for the person who gave the data). */
export class FitRefusal extends Error {
  override readonly name = 'FitRefusal';
}

/**
 * Cells where the data have seizures but the simulation saw none at any separation on the grid:
 * there the likelihood is zero everywhere, and a "maximum" would be meaningless.
 */
function impossibleCells(suff: Sufficient, probs: number[][][], types: readonly string[], rules: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  suff.cells.forEach((row, t) => row.forEach((x, c) => {
    if (x > 0 && probs.every((grid) => grid[t][c] === 0)) {
      const where = c < rules[t].length ? `rule ${rules[t][c]}` : 'the rules the data do not name';
      out.push(`the data have ${x} ${types[t]} seizures by ${where}, but the simulation seized none there`);
    }
  }));
  return out;
}

/**
 * Fits the data; never throws for a failed or cancelled run (the result then says
 * `complete: false` and has no estimates).
 *
 * @example
 * const { result } = await fitToData({ scenario, data, source: 'facility.csv', seed: 1, replications: 20 }, inProcessExecutor());
 * result.estimates?.separation; // { value: 2.04, low: 1.71, high: 2.42, ... }
 */
export async function fitToData(spec: FitSpec, executor: Executor, control: RunControl = {}): Promise<Outcome<FitResult>> {
  const { data } = spec;
  const scenario = withDataVolume(spec.scenario, data);
  const separations = spec.separations ?? defaultSeparations(scenario);
  const bootstrap = spec.bootstrap ?? DEFAULT_BOOTSTRAP;
  const rules = data.byRule.map((list) => list.map((r) => r.rule));
  const gridSpec = (at: Scenario): SurrogateSpec => ({ scenario: at, types: data.types, rules, separations, replications: spec.replications, seed: spec.seed });
  const size = separations.length * spec.replications;
  const base: FitResult = {
    format: 'interdict-fit',
    version: 1,
    complete: false,
    data: {
      source: spec.source, days: data.dates.length, first: data.dates[0], last: data.dates[data.dates.length - 1],
      types: [...data.types], rules, compliance: data.compliance !== null, piecesByOrigin: data.piecesByOrigin,
    },
    method: {
      separations: [...separations], replications: spec.replications, seed: spec.seed, bootstrap, simulated: [],
      passes: 0, gridTotals: [], standIn: false, settled: false, unsettled: null, refusal: null, simulatedPerMillion: [],
    },
    estimates: null,
    cells: [],
    dispersion: [],
    days: [],
    calibrated: null,
  };
  const { suff, weighted } = sufficient(scenario, data);

  // One pass: the grid's runs at `at`, then the maximum-likelihood fit on them with its intervals.
  const pass = async (at: Scenario, doneBefore: number, totalPlanned: number): Promise<Pass> => {
    const sSpec = gridSpec(at);
    const outcome = await runJobs(executor, surrogateJobs(sSpec), { ...control, doneBefore, totalPlanned });
    if (outcome.missing.length > 0) return { ok: false, error: outcome.error };
    const surrogate = buildSurrogate(sSpec, outcome.metrics);
    const probs = cellProbabilities(surrogate);
    const never = impossibleCells(suff, probs, data.types, rules);
    if (never.length > 0) {
      return { ok: false, error: new FitRefusal(`no fit: ${never.join('; ')}. The likelihood is zero at every separation on the grid; raise the runs per grid point (now ${spec.replications}), or check that the scenario has these rules and contraband types`) };
    }
    const fit = profileFit(suff, separations, probs);
    const sd = simulationSd(suff, surrogate, spec.seed, bootstrap);
    const gridAt = surrogateScenario(sSpec, separations[0]).contraband;
    return {
      ok: true, surrogate, probs, fit, sd,
      separation: widen(fit.separation, sd.separation, separations[0], separations[separations.length - 1]),
      perMillion: fit.perMillion.map((iv, t) => widen(iv, sd.perMillion[t], 0, 1e6)),
      simulatedPerMillion: data.types.map((t) => gridAt[t].perMillion),
    };
  };

  // Grid after grid, each at the previous fit's prevalence, until the fit is consistent with its grid.
  const first = await pass(scenario, 0, size);
  if (!first.ok) return { result: base, error: first.error };
  let done = first;
  let previous: Done | null = null;
  const gridTotals = [sumOf(first.simulatedPerMillion)];
  let unsettled: Unsettled | null = null;
  let refusal: string | null = null;
  while (!settled(done)) {
    if (gridTotals.length === MAX_PASSES) {
      unsettled = 'most grids';
      break;
    }
    const at = recentred(scenario, data.types, done.fit.mle.perMillion);
    if (at === null) {
      // The first fit already lies beyond any scenario: the data and the scenario disagree. A later
      // one ran away from a fit that was a prevalence: keep that one, said to be unsettled.
      if (previous === null) return { result: base, error: unsimulable(data.types, done.fit.mle.perMillion) };
      unsettled = 'runaway';
      done = previous;
      break;
    }
    const again = await pass(at, gridTotals.length * size, (gridTotals.length + 1) * size);
    gridTotals.push(sumOf(done.fit.mle.perMillion));
    // A grid at another prevalence simulates other seizures and may miss a kind the data have: the
    // fit then keeps the grid before, said to be unsettled. A cancel or a failed run ends the fit.
    if (!again.ok && again.error instanceof FitRefusal) {
      unsettled = 'refused';
      refusal = again.error.message.replace(/^no fit: /, '');
      break;
    }
    if (!again.ok) return { result: base, error: again.error };
    previous = done;
    done = again;
  }
  const { surrogate, probs, fit, sd, separation, perMillion } = done;
  // The answer must itself be a prevalence a scenario can have (the grid's was; the fit on it need not be).
  if (recentred(scenario, data.types, fit.mle.perMillion) === null) return { result: base, error: unsimulable(data.types, fit.mle.perMillion) };
  const calibrated = calibratedScenario(spec, scenario, separation.value, perMillion.map((iv) => iv.value));
  const pi = interpolate(separations, probs, fit.mle.separation);
  const piTotal = pi.map((row) => row.reduce((a, b) => a + b, 0));
  const days = data.dates.map((date, d) => ({
    date,
    observed: data.types.map((_, t) => data.seized[t][d]),
    expected: data.types.map((_, t) => (fit.mle.perMillion[t] * weighted[d] * piTotal[t]) / 1e6),
  }));
  return {
    result: {
      ...base,
      complete: true,
      method: {
        ...base.method, simulated: surrogateTotals(surrogate), passes: gridTotals.length, gridTotals,
        standIn: data.types.every((t) => scenario.contraband[t].perMillion === 0),
        settled: unsettled === null, unsettled, refusal, simulatedPerMillion: done.simulatedPerMillion,
      },
      estimates: { separation, perMillion, simulationSd: sd },
      cells: data.types.map((_, t) => suff.cells[t].map((x, c) => ({
        cell: c < rules[t].length ? rules[t][c] : 'other',
        observed: x,
        fitted: fit.mle.perMillion[t] * suff.exposure * pi[t][c],
      }))),
      dispersion: data.types.map((_, t) => dispersion(days.map((d) => d.observed[t]), days.map((d) => d.expected[t]))),
      days,
      calibrated,
    },
  };
}

/** One pass of the grid and its fit, with the fit's widened intervals. */
interface Done {
  ok: true;
  surrogate: Surrogate;
  probs: number[][][];
  fit: ReturnType<typeof profileFit>;
  sd: { separation: number; perMillion: number[] };
  separation: Interval;
  perMillion: Interval[];
  simulatedPerMillion: number[];
}
/** A pass, or why it stopped (a cancel, a failed run, a refusal). */
type Pass = Done | { ok: false; error: unknown };

const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The scenario with the fitted types at the fitted prevalence, for the next grid; null when that
 * cannot be simulated (an unbounded estimate, or one the scenario's limits refuse).
 */
function recentred(scenario: Scenario, types: readonly ContrabandType[], fitted: readonly number[]): Scenario | null {
  if (!fitted.every((x) => Number.isFinite(x) && x >= 0)) return null;
  const at = cloneJson(scenario) as Scenario;
  types.forEach((t, i) => { at.contraband[t].perMillion = fitted[i]; });
  return parseScenario(at).ok ? at : null;
}

/** Standard deviations of the estimates over bootstrap resamples of the grid's runs. */
function simulationSd(suff: Sufficient, surrogate: Surrogate, seed: number, draws: number): { separation: number; perMillion: number[] } {
  const rng = createStream(seed, 'fit/bootstrap');
  const R = surrogate.replications;
  const fits = Array.from({ length: draws }, () => {
    const weights = new Array<number>(R).fill(0);
    for (let i = 0; i < R; i++) weights[Math.floor(rng() * R)]++;
    return maximise(suff, surrogate.separations, cellProbabilities(surrogate, weights));
  });
  const sdOf = (xs: number[]) => {
    if (xs.length < 2) return 0;
    // A resample whose fit is unbounded says the simulation cannot bound it: the error is unbounded too.
    if (xs.some((x) => !Number.isFinite(x))) return Infinity;
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
  };
  return {
    separation: sdOf(fits.map((f) => f.separation)),
    perMillion: suff.cells.map((_, t) => sdOf(fits.map((f) => f.perMillion[t]))),
  };
}

/** The interval with the simulation's error (1.96 sd) added in quadrature to each side, within [min, max]. */
function widen(iv: Interval, sd: number, min: number, max: number): Interval {
  const z = 1.959963984540054 * sd;
  const low = iv.value - Math.hypot(iv.value - iv.low, z);
  const high = iv.value + Math.hypot(iv.high - iv.value, z);
  return { ...iv, low: Math.max(min, low), high: Math.min(max, high), lowOpen: iv.lowOpen || low <= min && min > 0, highOpen: iv.highOpen || high >= max };
}

function dispersion(observed: number[], expected: number[]): number {
  if (observed.length < 2) return NaN;
  const chi = observed.reduce((a, o, d) => a + (expected[d] > 0 ? (o - expected[d]) ** 2 / expected[d] : 0), 0);
  return chi / (observed.length - 1);
}

/** 4 significant digits: the data never pin a prevalence closer. */
function round4(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(4));
}

/**
 * The refusal when the fitted prevalence is no prevalence (unbounded, or more than a scenario
 * allows): the data and the scenario disagree beyond what any prevalence explains.
 */
function unsimulable(types: readonly string[], perMillion: readonly number[]): FitRefusal {
  const values = types.map((t, i) => `${t} ${Number.isFinite(perMillion[i]) ? Math.round(perMillion[i]).toLocaleString('en-US') : 'unbounded'}`).join(', ');
  return new FitRefusal(`no fit: the fitted prevalence (${values} per million) is not one a scenario can have (at most 1,000,000 per million in all): the data hold far more seizures than the scenario can make at any prevalence. Check the scenario's detection rates and staffing, and that the data count parcels, not items`);
}

/** The scenario with the data's volume and mix and the fitted prevalences and d′, checked as a scenario file. */
function calibratedScenario(spec: FitSpec, volume: Scenario, separation: number, perMillion: number[]): Scenario {
  const s = cloneJson(volume) as Scenario;
  spec.data.types.forEach((t, i) => {
    s.contraband[t].perMillion = round4(perMillion[i]);
    delete s.riskScore.separationByType[t];
  });
  s.riskScore.separation = Math.round(separation * 1000) / 1000;
  s.name = `${spec.scenario.name}-calibrated`.slice(0, 60);
  const note = `Calibrated by fit to ${spec.source} (${spec.data.dates.length} days, ${spec.data.dates[0]} to ${spec.data.dates[spec.data.dates.length - 1]}): volume, origin mix, prevalence of ${spec.data.types.join(', ')} and risk-score separation.`;
  s.description = `${note} ${spec.scenario.description}`.slice(0, 2000);
  const checked = parseScenario(s);
  if (checked.ok) return checked.scenario;
  // The prevalence was checked as a scenario's (`recentred`) before: any problem here is this code's.
  throw new Error(`fit: the calibrated scenario does not validate: ${checked.errors.map((e) => e.message).join('; ')}`);
}

/**
 * Every numeric result of a run, by dotted path: the common currency of replications, sweeps and
 * comparisons. A run's `RunResults` nests counts, shares and times in objects (and targeting rules
 * in an array); experiments need a flat `Record<string, number>` they can average, difference and
 * write as CSV columns, with names a person can type on the command line (`--precision
 * contraband.interdictionRate=0.01`).
 *
 * Rules are keyed by their id, not their position (`interdiction.rules.aed-risk.hits`), so a
 * metric keeps its name when rules are reordered and two scenarios with the same rules in another
 * order still compare metric by metric. Left out: the hourly table (a time series, not a result
 * of the run as a whole), the seed, the kernel's event count (a measure of work, not of the
 * facility), and the run's own settings (`days`, `warmupDays`, `simulatedHours`,
 * `throughput.serviceStandardHours`), which are inputs, constant across replications.
 */
import type { RunResults } from '../model/index.js';
import { CONTRABAND_TYPES, QUEUE_STATIONS, type Scenario } from '../scenario/index.js';

/** Top-level and nested fields that are not metrics (see the file comment for why). */
const EXCLUDED = new Set(['scenario', 'seed', 'days', 'warmupDays', 'simulatedHours', 'hourly', 'events', 'throughput.serviceStandardHours']);

/**
 * The numeric metrics of a run, by dotted path, in the order the fields are declared in
 * `RunResults` (src/model/results.ts), whatever order the model happens to build them in: the key
 * order is the same for every run of the same scenario, and the same as `metricNames` gives.
 *
 * @example
 * const m = flattenMetrics(runScenario(getPreset('baseline').scenario, { seed: 1 }));
 * m['contraband.interdictionRate']; // 0.0909...
 * m['interdiction.rules.aed-risk.hits']; // 2
 * m['stations.exam.meanWaitSeconds']; // 1112.98...
 */
export function flattenMetrics(results: RunResults): Record<string, number> {
  const out: Record<string, number> = {};
  walk(zeroResults(results.scenario, results.interdiction.rules.map((r) => r.id), Object.keys(results.parcels.arrivedByOrigin)), results, '', out);
  return out;
}

/**
 * Copies the numbers of `value` into `out` by path, visiting fields in the order of `shape` (an
 * all-zero RunResults laid out as the type declares it).
 */
function walk(shape: unknown, value: unknown, path: string, out: Record<string, number>): void {
  if (EXCLUDED.has(path)) return;
  if (typeof shape === 'number') {
    if (typeof value === 'number') out[path] = value;
    return;
  }
  if (typeof shape !== 'object' || shape === null || typeof value !== 'object' || value === null) return; // strings (names, ids) are not metrics
  if (path === 'interdiction.rules') {
    const rules = value as RunResults['interdiction']['rules'];
    (shape as RunResults['interdiction']['rules']).forEach((rule, i) => walk(rule, rules[i], `${path}.${rule.id}`, out));
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(shape)) walk(child, record[key], path === '' ? key : `${path}.${key}`, out);
}

/**
 * The metric names a run of `scenario` will have, in `flattenMetrics` order, known before any run:
 * the CLI checks `--precision METRIC=...` against them before starting. Built by flattening an
 * all-zero `RunResults`; a test checks the names agree with real runs of every preset.
 *
 * @example
 * metricNames(getPreset('baseline').scenario).includes('interdiction.rules.random.pulled'); // true
 */
export function metricNames(scenario: Scenario): string[] {
  return Object.keys(flattenMetrics(zeroResults(scenario.name, scenario.targeting.rules.map((r) => r.id), scenario.mix.origins.map((o) => o.code))));
}

/**
 * A `RunResults` with every number 0, its fields in the order results.ts declares them: typed in
 * full, so a new results field fails to compile here (add it where the type has it).
 */
function zeroResults(name: string, ruleIds: readonly string[], originCodes: readonly string[]): RunResults {
  const byType = () => Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, 0])) as RunResults['contraband']['arrivedByType'];
  const hours = () => ({ meanHours: 0, p50Hours: 0, p95Hours: 0 });
  const station = { served: 0, entered: 0, meanWaitSeconds: 0, meanServiceSeconds: 0, meanQueueLength: 0, meanInStation: 0, utilization: 0, queueAtEnd: 0, officerHours: 0, releasedUnscreened: 0 };
  return {
    scenario: name,
    seed: 0,
    days: 0,
    warmupDays: 0,
    simulatedHours: 0,
    parcels: { insideAtStart: 0, arrived: 0, arrivedByOrigin: Object.fromEntries(originCodes.map((c) => [c, 0])), released: 0, seized: 0, detained: 0, inside: 0, releasedUnscreened: 0 },
    contraband: {
      insideAtStart: 0, arrived: 0, seized: 0, missed: 0, detained: 0, inside: 0, interdictionRate: 0, missedUnscreened: 0,
      arrivedByType: byType(), seizedByType: byType(), missedByType: byType(), seizedGramsByType: byType(),
    },
    interdiction: {
      cleanInspected: 0, canineAlerts: 0, canineScreened: 0, holdsNotPresented: 0, holdsNotExamined: 0, canineSeizures: 0,
      holdsRefused: 0, waitLimitReleases: 0,
      compliance: { sampled: 0, examined: 0, withContraband: 0, prevalencePerMillion: 0, low: 0, high: 0 },
      complianceFoundByType: byType(), complianceSeizedByType: byType(),
      seizuresPerOfficerHour: 0, officerHours: 0,
      rules: ruleIds.map((id) => ({ id, pulled: 0, screened: 0, contrabandPulled: 0, hits: 0, hitRate: 0, hitsPerThousandPulled: 0, hitsByType: byType() })),
    },
    throughput: {
      releasedPerHour: 0, landingToRelease: hours(), pulledDwell: hours(), withinStandardShare: 0, serviceStandardHours: 0,
      screeningDelayParcelHours: 0, backlogAtEnd: 0,
    },
    cost: { officerHours: 0, overtimeHours: 0, dollars: 0, dollarsPerSeizure: 0 },
    stations: Object.fromEntries(QUEUE_STATIONS.map((n) => [n, { ...station }])) as RunResults['stations'],
    hourly: [],
    events: 0,
  };
}

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
 * The numeric metrics of a run, by dotted path, in the order the fields appear in `RunResults`
 * (so the key order is the same for every run of the same scenario).
 *
 * @example
 * const m = flattenMetrics(runScenario(getPreset('baseline').scenario, { seed: 1 }));
 * m['contraband.interdictionRate']; // 0.0909...
 * m['interdiction.rules.aed-risk.hits']; // 2
 * m['stations.exam.meanWaitSeconds']; // 1112.98...
 */
export function flattenMetrics(results: RunResults): Record<string, number> {
  const out: Record<string, number> = {};
  walk(results, '', out);
  return out;
}

function walk(value: unknown, path: string, out: Record<string, number>): void {
  if (EXCLUDED.has(path)) return;
  if (typeof value === 'number') {
    out[path] = value;
    return;
  }
  if (typeof value !== 'object' || value === null) return; // strings (names, ids) are not metrics
  if (path === 'interdiction.rules') {
    for (const rule of value as RunResults['interdiction']['rules']) walk(rule, `${path}.${rule.id}`, out);
    return;
  }
  for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`, out);
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
  return Object.keys(flattenMetrics(zeroResults(scenario)));
}

/** A `RunResults` with every number 0: typed in full, so a new results field fails to compile here. */
function zeroResults(scenario: Scenario): RunResults {
  const byType = () => Object.fromEntries(CONTRABAND_TYPES.map((t) => [t, 0])) as RunResults['contraband']['arrivedByType'];
  const hours = () => ({ meanHours: 0, p50Hours: 0, p95Hours: 0 });
  const station = { served: 0, entered: 0, meanWaitSeconds: 0, meanServiceSeconds: 0, meanQueueLength: 0, meanInStation: 0, utilization: 0, queueAtEnd: 0, officerHours: 0, releasedUnscreened: 0 };
  return {
    scenario: scenario.name,
    seed: 0,
    days: 0,
    warmupDays: 0,
    simulatedHours: 0,
    parcels: { insideAtStart: 0, arrived: 0, released: 0, seized: 0, detained: 0, inside: 0, releasedUnscreened: 0 },
    contraband: {
      insideAtStart: 0, arrived: 0, seized: 0, missed: 0, detained: 0, inside: 0, interdictionRate: 0, missedUnscreened: 0,
      arrivedByType: byType(), seizedByType: byType(), missedByType: byType(), seizedGramsByType: byType(),
    },
    interdiction: {
      cleanInspected: 0, canineAlerts: 0, canineScreened: 0, holdsNotPresented: 0, holdsNotExamined: 0, canineSeizures: 0,
      holdsRefused: 0, waitLimitReleases: 0, seizuresPerOfficerHour: 0, officerHours: 0,
      compliance: { sampled: 0, examined: 0, withContraband: 0, prevalencePerMillion: 0, low: 0, high: 0 },
      rules: scenario.targeting.rules.map((r) => ({ id: r.id, pulled: 0, screened: 0, contrabandPulled: 0, hits: 0, hitRate: 0, hitsPerThousandPulled: 0 })),
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

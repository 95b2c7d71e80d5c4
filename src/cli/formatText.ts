/**
 * The `--format text` summary of a run: the numbers a person looks at first, each with its unit,
 * in aligned columns. Everything in it comes from `RunResults` (docs/cli.md describes each
 * field); the JSON output remains the complete, exact record. Like the JSON, the text depends only
 * on (scenario, seed, days): no dates, timings or locale.
 */
import { CONTRABAND_TYPES, QUEUE_STATIONS } from '../scenario/index.js';
import type { RunResults, StationResults } from '../model/index.js';
import { NONE, formatNumber as num, formatPercent as pct, formatTable } from './textTable.js';

/** A label, a right-aligned value, its unit, and optionally a note. */
type Line = readonly string[];

/**
 * The text summary of a run, ending in a newline.
 *
 * @example
 * io.stdout(formatText(runScenario(getPreset('single-queue').scenario, { seed: 1 })));
 * // Interdict run: single-queue, seed 1, 1 day (24 simulated hours), 4,265 kernel events
 * //
 * // Parcels
 * //   arrived         2,125   parcels
 * // ...
 */
export function formatText(r: RunResults): string {
  const sections = [
    `Interdict run: ${r.scenario}, seed ${r.seed}, ${r.days} day${r.days === 1 ? '' : 's'} ` +
      `(${flexible(r.simulatedHours)} simulated hours), ${num(r.events)} kernel events`,
    section('Parcels', lines(parcelLines(r))),
    section('Contraband', lines(contrabandLines(r)) + contrabandByType(r)),
    section('Targeting rules', rulesTable(r)),
    section('Inspection', lines(inspectionLines(r))),
    section('Throughput', lines(throughputLines(r))),
    section('Stations', stationsTable(r)),
    section('Staffing', lines(staffingLines(r))),
  ];
  return `${sections.join('\n\n')}\n`;
}

function section(title: string, body: string): string {
  return `${title}\n${body}`;
}

function lines(rows: readonly Line[]): string {
  return formatTable(rows, ['left', 'right', 'left', 'left']);
}

/** Whole numbers without decimals, others with one: "24 h", "7.5 h". */
const flexible = (n: number): string => num(n, Number.isInteger(n) ? 0 : 1);

const parcels = (n: number): string => (n === 1 ? 'parcel' : 'parcels');

function parcelLines(r: RunResults): Line[] {
  const p = r.parcels;
  return [
    ['arrived', num(p.arrived), parcels(p.arrived)],
    ['released', num(p.released), parcels(p.released), 'to the postal service'],
    ['seized', num(p.seized), parcels(p.seized)],
    ['detained', num(p.detained), parcels(p.detained), 'for off-site confirmation'],
    ['inside at end', num(p.inside), parcels(p.inside), 'not yet released, seized or detained'],
  ];
}

function contrabandLines(r: RunResults): Line[] {
  const c = r.contraband;
  return [
    ['arrived', num(c.arrived), parcels(c.arrived)],
    ['seized', num(c.seized), parcels(c.seized)],
    ['missed', num(c.missed), parcels(c.missed), 'released to the postal service'],
    ['detained', num(c.detained), parcels(c.detained), 'for off-site confirmation'],
    ['inside at end', num(c.inside), parcels(c.inside)],
    // The rate is undefined, not 0 %, when no contraband has left the facility.
    ['interdiction rate', c.arrived - c.inside > 0 ? pct(c.interdictionRate) : NONE, '%', 'seized / contraband that left the facility'],
  ];
}

/** Contraband by type, for the types that appeared at all. */
function contrabandByType(r: RunResults): string {
  const c = r.contraband;
  const types = CONTRABAND_TYPES.filter((t) => c.arrivedByType[t] + c.seizedByType[t] + c.missedByType[t] > 0);
  if (types.length === 0) return '';
  const header = ['type (parcels)', 'arrived', 'seized', 'missed'];
  const rows = types.map((t) => [t, num(c.arrivedByType[t]), num(c.seizedByType[t]), num(c.missedByType[t])]);
  return `\n\n${formatTable([header, ...rows], ['left', 'right', 'right', 'right'])}`;
}

function rulesTable(r: RunResults): string {
  const rules = r.interdiction.rules;
  if (rules.length === 0) return '  (no targeting rules)';
  const header = ['rule', 'pulled', 'screened', 'with contraband', 'hits', 'hit rate (%)'];
  const rows = rules.map((rule) => [
    rule.id,
    num(rule.pulled),
    num(rule.screened),
    num(rule.contrabandPulled),
    num(rule.hits),
    rule.pulled > 0 ? pct(rule.hitRate, 2) : NONE,
  ]);
  return `${formatTable([header, ...rows], ['left', 'right', 'right', 'right', 'right', 'right'])}\n  (counts are parcels; a parcel counts for the first rule that selects it)`;
}

function inspectionLines(r: RunResults): Line[] {
  const i = r.interdiction;
  return [
    ['clean parcels inspected', num(i.cleanInspected), parcels(i.cleanInspected), 'at X-ray, CT or exam'],
    ['sniffed by dogs', num(i.canineScreened), parcels(i.canineScreened)],
    ['canine alerts', num(i.canineAlerts), parcels(i.canineAlerts)],
    ['holds not presented', num(i.holdsNotPresented), parcels(i.holdsNotPresented), 'by the postal service'],
  ];
}

function throughputLines(r: RunResults): Line[] {
  const t = r.throughput;
  return [
    ['released', num(t.releasedPerHour, 1), 'parcels/h'],
    ['dwell mean', num(t.dwellMeanHours, 2), 'h', 'arrival to release'],
    ['dwell median', num(t.dwellMedianHours, 2), 'h'],
    ['dwell 95th percentile', num(t.dwellP95Hours, 2), 'h'],
    ['within standard', pct(t.withinStandardShare), '%', `of released parcels, released within ${flexible(t.serviceStandardHours)} h`],
    ['backlog at end', num(t.backlogAtEnd), parcels(t.backlogAtEnd), 'inside the facility'],
  ];
}

function stationsTable(r: RunResults): string {
  const header = ['station', 'served', 'mean wait (min)', 'mean service (min)', 'mean queue', 'utilization (%)', 'queue at end', 'officer-hours (h)'];
  const rows = QUEUE_STATIONS.map((name) => stationRow(name, r.stations[name]));
  return `${formatTable([header, ...rows], ['left', ...Array<'right'>(7).fill('right')])}\n  (served, queues: parcels; utilization: busy officers / officers on duty, ${NONE} when never staffed)`;
}

function stationRow(name: string, s: StationResults): string[] {
  const staffed = s.officerHours > 0;
  const used = s.entered > 0;
  return [
    name,
    num(s.served),
    used ? num(s.meanWaitSeconds / 60, 1) : NONE,
    s.served > 0 ? num(s.meanServiceSeconds / 60, 1) : NONE,
    num(s.meanQueueLength, 1),
    staffed ? pct(s.utilization) : NONE,
    num(s.queueAtEnd),
    num(s.officerHours, 1),
  ];
}

function staffingLines(r: RunResults): Line[] {
  const i = r.interdiction;
  return [
    ['officer-hours on duty', num(i.officerHours, 1), 'h', 'all stations, canine handlers included'],
    ['seizures per officer-hour', num(i.seizuresPerOfficerHour, 4), 'parcels/h'],
  ];
}

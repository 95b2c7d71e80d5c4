/**
 * The `--format text` summary of a run: the numbers a person looks at first, each with its unit,
 * in aligned columns. Everything in it comes from `RunResults` (docs/cli.md describes each
 * field); the JSON output remains the complete, exact record. Like the JSON, the text depends only
 * on (scenario, seed, days): no dates, timings or locale.
 *
 * A number that rests on few events (a handful of seizures, a compliance sample that found almost
 * nothing) gets one short line saying so: a reader should not take one day's 7 seizures for a rate.
 */
import { CONTRABAND_TYPES, QUEUE_STATIONS } from '../scenario/index.js';
import type { HoursSummary, RunResults, StationResults } from '../model/index.js';
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
    section('Contraband', lines(contrabandLines(r)) + notes(fewSeizures(r)) + contrabandByType(r)),
    section('Targeting rules', rulesTable(r)),
    section('Inspection', lines(inspectionLines(r))),
    section('Compliance sample', complianceText(r)),
    section('Throughput', lines(throughputLines(r))),
    section('Stations', stationsTable(r)),
    section('Staffing', lines(staffingLines(r))),
    section('Cost', lines(costLines(r))),
  ];
  return `${sections.join('\n\n')}\n`;
}

function section(title: string, body: string): string {
  return `${title}\n${body}`;
}

function lines(rows: readonly Line[]): string {
  return formatTable(rows, ['left', 'right', 'left', 'left']);
}

/** Indented lines under a table, each on its own line; '' for none. */
function notes(texts: readonly string[]): string {
  return texts.map((t) => `\n  ${t}`).join('');
}

/** Fewer seizures than this make the interdiction rate one day's luck more than a rate. */
export const FEW_SEIZURES = 10;
/** Fewer compliance finds than this make the prevalence interval very wide. */
export const FEW_COMPLIANCE_FINDS = 5;

/** Grams in a pound: public seizure figures (CBP, DEA) are in pounds. */
const GRAMS_PER_POUND = 453.59237;

/** Whole numbers without decimals, others with one: "24 h", "7.5 h". */
const flexible = (n: number): string => num(n, Number.isInteger(n) ? 0 : 1);

const parcels = (n: number): string => (n === 1 ? 'parcel' : 'parcels');

function parcelLines(r: RunResults): Line[] {
  const p = r.parcels;
  return [
    ['arrived', num(p.arrived), parcels(p.arrived)],
    ['released', num(p.released), parcels(p.released), 'to the postal service'],
    ['released unscreened', num(p.releasedUnscreened), parcels(p.releasedUnscreened), 'of those: pulled, but let go unscreened because of a backlog limit'],
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
    ['missed unscreened', num(c.missedUnscreened), parcels(c.missedUnscreened), 'of those: pulled, but released unscreened'],
    ['detained', num(c.detained), parcels(c.detained), 'for off-site confirmation'],
    ['inside at end', num(c.inside), parcels(c.inside)],
    // The rate is undefined, not 0 %, when no contraband has left the facility.
    ['interdiction rate', c.arrived - c.inside > 0 ? pct(c.interdictionRate) : NONE, '%', 'seized / contraband that left the facility'],
  ];
}

/**
 * The warning under the interdiction rate when it rests on few seizures; none when no contraband
 * left the facility (there is no rate to doubt).
 */
function fewSeizures(r: RunResults): string[] {
  const c = r.contraband;
  const left = c.seized + c.missed + c.detained;
  return left > 0 && c.seized < FEW_SEIZURES ? [`few seizures (${num(c.seized)}): run replications for an interval`] : [];
}

/** Contraband by type, for the types that appeared at all, with the weight seized. */
function contrabandByType(r: RunResults): string {
  const c = r.contraband;
  const types = CONTRABAND_TYPES.filter((t) => c.arrivedByType[t] + c.seizedByType[t] + c.missedByType[t] > 0);
  if (types.length === 0) return '';
  const header = ['type (parcels)', 'arrived', 'seized', 'missed', 'seized (lb)', 'seized (kg)'];
  const rows = types.map((t) => [
    t, num(c.arrivedByType[t]), num(c.seizedByType[t]), num(c.missedByType[t]),
    num(c.seizedGramsByType[t] / GRAMS_PER_POUND, 2), num(c.seizedGramsByType[t] / 1000, 2),
  ]);
  return `\n\n${formatTable([header, ...rows], ['left', ...Array<'right'>(5).fill('right')])}`;
}

function rulesTable(r: RunResults): string {
  const rules = r.interdiction.rules;
  if (rules.length === 0) return '  (no targeting rules)';
  // Hits per 1,000 pulled rather than a percentage: rule hit rates are a few per thousand.
  const header = ['rule', 'pulled', 'screened', 'with contraband', 'hits', 'hits per 1,000 pulled'];
  const rows = rules.map((rule) => [
    rule.id,
    num(rule.pulled),
    num(rule.screened),
    num(rule.contrabandPulled),
    num(rule.hits),
    rule.pulled > 0 ? num(rule.hitsPerThousandPulled, 1) : NONE,
  ]);
  return `${formatTable([header, ...rows], ['left', ...Array<'right'>(5).fill('right')])}\n  (counts are parcels; a parcel counts for the first rule that selects it; hits are seizures)`;
}

function inspectionLines(r: RunResults): Line[] {
  const i = r.interdiction;
  return [
    ['clean parcels inspected', num(i.cleanInspected), parcels(i.cleanInspected), 'at X-ray, CT or exam'],
    ['sniffed by dogs', num(i.canineScreened), parcels(i.canineScreened)],
    ['canine alerts', num(i.canineAlerts), parcels(i.canineAlerts)],
    ['holds not presented', num(i.holdsNotPresented), parcels(i.holdsNotPresented), 'by the postal service'],
    ['holds not examined', num(i.holdsNotExamined), parcels(i.holdsNotExamined), 'presented, but not screened (released)'],
    ['holds refused', num(i.holdsRefused), parcels(i.holdsRefused), 'the postal hold area was full: released at the belt'],
    ['wait-limit releases', num(i.waitLimitReleases), parcels(i.waitLimitReleases), 'waited too long for screening: released unscreened'],
  ];
}

/** Prevalence per million with as many decimals as a small number needs. */
const perMillion = (v: number): string => num(v, v > 0 && v < 10 ? 1 : 0);

/**
 * The compliance sample: random parcels fully examined, and the prevalence they estimate with its
 * 95% interval. When the sample found nothing, the upper bound is the result worth reading.
 */
function complianceText(r: RunResults): string {
  const c = r.interdiction.compliance;
  const rows: Line[] = [
    ['examined', num(c.examined), parcels(c.examined), 'drawn at random from all mail, fully examined'],
    ['with contraband', num(c.withContraband), parcels(c.withContraband)],
  ];
  if (c.examined === 0) return `${lines(rows)}\n  (no compliance sample: no prevalence estimate)`;
  rows.push(c.withContraband === 0
    ? ['prevalence', 'none found', '', `at most ${perMillion(c.high)} per million (95% upper bound)`]
    : ['prevalence', perMillion(c.prevalencePerMillion), 'per million', `95% interval ${perMillion(c.low)}–${perMillion(c.high)}`]);
  const few = c.withContraband > 0 && c.withContraband < FEW_COMPLIANCE_FINDS
    ? [`few finds (${num(c.withContraband)}): a wide interval; run replications or longer runs to narrow it`]
    : [];
  return lines(rows) + notes(few);
}

/** Mean, median and 95th percentile of a time, hours. */
function hoursLines(name: string, h: HoursSummary, note: string): Line[] {
  return [
    [`${name}, mean`, num(h.meanHours, 2), 'h', note],
    [`${name}, median`, num(h.p50Hours, 2), 'h'],
    [`${name}, 95th percentile`, num(h.p95Hours, 2), 'h'],
  ];
}

function throughputLines(r: RunResults): Line[] {
  const t = r.throughput;
  return [
    ['released', num(t.releasedPerHour, 1), 'parcels/h'],
    ...hoursLines('landing to release', t.landingToRelease, "every released parcel, from its flight's landing"),
    ...hoursLines('pulled parcels\' time', t.pulledDwell, 'from the pull to leaving; those still inside count their time so far'),
    ['within standard', pct(t.withinStandardShare), '%', `released within ${flexible(t.serviceStandardHours)} h of tender; parcels still inside past it count as late`],
    ['screening delay', num(t.screeningDelayParcelHours, 1), 'parcel-hours', 'time screening added beyond release at the belt'],
    ['backlog at end', num(t.backlogAtEnd), parcels(t.backlogAtEnd), 'inside the facility'],
  ];
}

function stationsTable(r: RunResults): string {
  const header = ['station', 'served', 'mean wait (min)', 'mean service (min)', 'mean queue', 'utilization (%)', 'queue at end', 'released unscreened', 'officer-hours (h)'];
  const rows = QUEUE_STATIONS.map((name) => stationRow(name, r.stations[name]));
  return `${formatTable([header, ...rows], ['left', ...Array<'right'>(8).fill('right')])}\n  (served, queues, released unscreened: parcels; utilization: busy officers / officers on duty, ${NONE} when never staffed)`;
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
    num(s.releasedUnscreened),
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

function costLines(r: RunResults): Line[] {
  const c = r.cost;
  return [
    ['officer-hours', num(c.officerHours, 1), 'h', 'on duty, overtime and dog handlers included'],
    ['overtime', num(c.overtimeHours, 1), 'h', 'of those, worked past the end of a shift'],
    ['cost', num(c.dollars), 'US dollars', 'regular hours, and overtime at its higher rate'],
    ['cost per seizure', r.parcels.seized > 0 ? num(c.dollarsPerSeizure) : NONE, 'US dollars', r.parcels.seized > 0 ? '' : 'nothing was seized'],
  ];
}

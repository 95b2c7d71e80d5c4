/**
 * Every number the app shows, with its label, unit and a plain explanation for a student, and the
 * words of the domain (receptacle, hold, targeting rule...). Panels, charts and tooltips read
 * labels from here so one number is called one thing everywhere; the words agree with the glossary
 * in docs/model.md (a test checks that every term there is here).
 *
 * Keys are the dotted paths of RunResults ('parcels.arrived', 'stations.xray.utilization'), with
 * 'hourly.' for HourRow fields and no array indices ('interdiction.rules.hitRate'); a few keys name
 * numbers that exist only while a run is live ('stations.xray.queueNow'). `format` takes the value
 * in the unit it is stored in (a share 0-1, seconds for `...Seconds`, hours for `...Hours`).
 */
import { CONTRABAND_TYPES, QUEUE_STATIONS, type ContrabandType, type QueueStationName } from '../scenario/index.js';
import { NOT_AVAILABLE, formatCount, formatDecimal, formatHours, formatPercent, isKnown, withNoun } from './metrics/formatNumber.js';

/** The units the app writes after numbers. '' only for identifiers (the seed). */
export type MetricUnit =
  | 'parcels' | 'parcels/h' | 'h' | 'min' | 's' | '%' | 'officer-h' | 'seizures/officer-h' | 'officers' | 'days' | 'events'
  | 'parcel-hours' | '$' | 'per million' | 'per 1,000 pulled' | 'lb' | '';

/** What the app knows about one number it shows. */
export interface MetricInfo {
  /** A label that reads on its own: "X-ray utilization". */
  label: string;
  /** A label for places where the row already names the station or type: "Utilization". */
  short: string;
  /** The unit for axis titles and column headings. Durations may be written in s or min when short. */
  unit: MetricUnit;
  /** One or two plain sentences for a student. */
  explain: string;
  /** The stored value as text with its unit; '—' when the value is null or not a number. */
  format(value: number | null): string;
}

/** Readable names of the queue stations. */
export const STATION_LABELS: Readonly<Record<QueueStationName, string>> = {
  xray: 'X-ray', ct: 'CT', exam: 'Exam', fieldTest: 'Field test', seizure: 'Seizure processing',
};

/** Readable names of the contraband types. */
export const CONTRABAND_LABELS: Readonly<Record<ContrabandType, string>> = {
  counterfeit: 'Counterfeit goods', pills: 'Pills', marijuana: 'Marijuana', meth: 'Methamphetamine',
  precursors: 'Precursor chemicals', fentanyl: 'Fentanyl', pillPress: 'Pill presses', other: 'Other contraband',
};

type Entry = Omit<MetricInfo, 'format' | 'short'> & { short?: string; fmt: (v: number) => string };

const known = (fmt: (v: number) => string) => (v: number | null): string => (isKnown(v) ? fmt(v) : NOT_AVAILABLE);
const parcels = (v: number): string => withNoun(v, 'parcel', 'parcels');
const perHour = (v: number): string => `${formatDecimal(v)} parcels/h`;
const hoursLong = (v: number): string => `${formatDecimal(v)} h`;

const count = (label: string, explain: string, short?: string): Entry => ({ label, short, unit: 'parcels', explain, fmt: parcels });
const share = (label: string, explain: string, short?: string): Entry => ({ label, short, unit: '%', explain, fmt: formatPercent });
const hours = (label: string, explain: string, short?: string): Entry => ({ label, short, unit: 'h', explain, fmt: formatHours });
const seconds = (label: string, explain: string, short?: string): Entry => ({ label, short, unit: 'min', explain, fmt: (v) => formatHours(v / 3600) });
const officerHours = (label: string, explain: string, short?: string): Entry => ({ label, short, unit: 'officer-h', explain, fmt: (v) => `${formatDecimal(v)} officer-h` });
const perMillion = (label: string, explain: string, short?: string): Entry => ({ label, short, unit: 'per million', explain, fmt: (v) => `${formatDecimal(v)} per million` });
const dollars = (label: string, explain: string, short?: string, per = ''): Entry => ({ label, short, unit: '$', explain, fmt: (v) => `$${formatDecimal(v)}${per}` });

/** Grams in a pound: public seizure figures (CBP, DEA) are in pounds. */
const GRAMS_PER_POUND = 453.59237;
/** A weight stored in grams, in pounds with kilograms after it: "2.20 lb (1 kg)". */
const weight = (grams: number): string => `${formatDecimal(grams / GRAMS_PER_POUND)} lb (${formatDecimal(grams / 1000)} kg)`;

const RUN: Record<string, Entry> = {
  seed: { label: 'Seed', unit: '', explain: 'The number that starts the random streams. The same scenario and seed always give the same results; another seed gives another, equally likely day.', fmt: (v) => String(v) },
  days: { label: 'Run length', unit: 'days', explain: 'How many simulated days the run covers.', fmt: (v) => (v === 1 ? '1 day' : `${formatCount(v)} days`) },
  warmupDays: { label: 'Warm-up', unit: 'days', explain: 'Days at the start of the run left out of the statistics, so the numbers describe a facility in its everyday state rather than one starting empty.', fmt: (v) => (v === 1 ? '1 day' : `${formatCount(v)} days`) },
  simulatedHours: { label: 'Hours measured', unit: 'h', explain: 'Simulated hours covered by the statistics: the run after its warm-up.', fmt: hoursLong },
  events: { label: 'Kernel events', unit: 'events', explain: 'How many events the simulation processed (hand-overs, services, shift changes...). It measures the work the computer did, not the facility.', fmt: (v) => `${formatCount(v)} events` },

  'parcels.arrived': count('Parcels arrived', 'Pieces of mail handed over to the facility so far, from the moment the airline tenders their receptacle.', 'Arrived'),
  'parcels.released': count('Parcels released', 'Pieces handed back to the postal service for delivery, screened or not. Released contraband has been missed.', 'Released'),
  'parcels.seized': count('Parcels seized', 'Pieces whose contraband CBP found, confirmed and took.', 'Seized'),
  'parcels.detained': count('Parcels detained', 'Pieces kept while an off-site lab confirms what they contain; they leave the simulation without a final outcome.', 'Detained'),
  'parcels.insideAtStart': count('Inside when measuring began', 'Pieces already in the facility when the warm-up ended and the statistics started: the opening balance (0 without a warm-up).', 'Inside at start'),
  'parcels.inside': count('Parcels inside', 'Pieces in the facility now: waiting for induction, held, queued or being screened.', 'Inside'),
  'parcels.releasedUnscreened': count('Released unscreened', 'Pieces pulled for screening but handed to the postal service without it, because of a backlog limit: they reached the wait limit, or the hold area was full.', 'Released unscreened'),

  'contraband.arrived': count('Contraband arrived', 'Pieces carrying contraband that arrived so far. The simulation knows; the officers do not.', 'Arrived'),
  'contraband.seized': count('Contraband seized', 'Contraband pieces found and seized.', 'Seized'),
  'contraband.missed': count('Contraband missed', 'Contraband pieces released to the postal service for delivery because nobody found them.', 'Missed'),
  'contraband.detained': count('Contraband detained', 'Contraband pieces waiting for an off-site lab result.', 'Detained'),
  'contraband.insideAtStart': count('Contraband inside when measuring began', 'Contraband pieces already in the facility when the statistics started (0 without a warm-up).', 'Inside at start'),
  'contraband.inside': count('Contraband inside', 'Contraband pieces still in the facility.', 'Inside'),
  'contraband.missedUnscreened': count('Contraband released unscreened', 'Contraband pieces that were pulled for screening but released without it because of a backlog limit.', 'Missed unscreened'),
  'contraband.interdictionRate': share('Interdiction rate', 'Of the contraband pieces that left the facility, the share that was seized. The rest were missed or detained.'),

  'interdiction.cleanInspected': count('Clean parcels inspected', 'Pieces without contraband that officers still screened at X-ray, CT or exam: the cost of looking.'),
  'interdiction.canineAlerts': count('Canine alerts', 'Pieces a dog alerted on, sending them to a hand exam.'),
  'interdiction.canineScreened': count('Sniffed by dogs', 'Pieces a working dog screened on the belt.'),
  'interdiction.holdsNotPresented': count('Holds not presented', 'Targeted pieces the postal service was asked to find and present, but did not.'),
  'interdiction.holdsNotExamined': count('Holds not examined', 'Held pieces the postal service did present, but that were released without being screened (no officer got to them).'),
  'interdiction.canineSeizures': count('Seizures after a dog alert', 'Seizures of pieces a detector dog alerted on during a belt run.'),
  'interdiction.holdsRefused': count('Holds refused', 'Holds the postal service could not take because its hold area was full (the hold capacity). Those pieces went on from the belt unscreened.'),
  'interdiction.waitLimitReleases': count('Wait-limit releases', 'Pulled pieces released unscreened because they had waited for screening as long as the wait limit allows.'),
  'interdiction.compliance.sampled': count('Compliance sample: drawn', 'Pieces drawn at random from all mail for the compliance sample, taken straight to an exam; some may still be waiting at the end.', 'Sample drawn'),
  'interdiction.compliance.examined': count('Compliance sample: examined', 'Pieces drawn at random from all mail and fully examined, whatever their risk.', 'Sample examined'),
  'interdiction.compliance.withContraband': count('Compliance sample: with contraband', 'Pieces of the compliance sample in which the exam found contraband.', 'Sample with contraband'),
  'interdiction.compliance.prevalencePerMillion': perMillion('Estimated prevalence', 'How many pieces in a million carry contraband, estimated from the compliance sample (allowing for what its exam misses), with a 95% interval. Few finds make a wide interval.', 'Prevalence'),
  'interdiction.compliance.low': perMillion('Prevalence, low end of the 95% interval', 'The lowest prevalence the compliance sample is consistent with, at 95% confidence.', 'Interval low'),
  'interdiction.compliance.high': perMillion('Prevalence, high end of the 95% interval', 'The highest prevalence the compliance sample is consistent with, at 95% confidence; when it found nothing, this is what to read.', 'Interval high'),
  'interdiction.seizuresPerOfficerHour': { label: 'Seizures per officer-hour', short: 'Seizures per officer-h', unit: 'seizures/officer-h', explain: 'Seizures divided by the hours officers and dog handlers were on duty: how much one hour of staff time finds.', fmt: (v) => `${formatDecimal(v)} seizures/officer-h` },
  'interdiction.officerHours': officerHours('Officer-hours on duty', 'Hours worked by all officers and dog handlers together: 10 officers for 8 hours make 80 officer-hours.', 'Officer-hours'),
  'parcels.arrivedByOrigin': count('Arrived from this origin', 'Pieces that arrived from one origin (country or group of countries), as a facility records its volumes.', 'Arrived'),
  'interdiction.rules.pulled': count('Pulled by rule', 'Pieces this targeting rule selected (a piece counts for the first rule that matches it).', 'Pulled'),
  'interdiction.rules.screened': count('Screened for rule', 'Pieces selected by this rule that officers actually screened.', 'Screened'),
  'interdiction.rules.contrabandPulled': count('Contraband pulled by rule', 'Pieces selected by this rule that carried contraband.', 'With contraband'),
  'interdiction.rules.hits': count('Rule hits', 'Pieces selected by this rule that were seized.', 'Hits'),
  'interdiction.rules.hitRate': share('Rule hit rate', 'Of the pieces this rule selected, the share that were seized. A high hit rate sends officers few clean pieces.', 'Hit rate'),
  'interdiction.rules.hitsPerThousandPulled': { label: 'Rule seizures per 1,000 pulled', short: 'Per 1,000 pulled', unit: 'per 1,000 pulled', explain: 'Seizures for every 1,000 pieces this rule selected: its hit rate, in the way targeting results are usually quoted.', fmt: (v) => `${formatDecimal(v)} per 1,000 pulled` },

  'throughput.releasedPerHour': { label: 'Released per hour', short: 'Released per hour', unit: 'parcels/h', explain: 'Pieces released to the postal service per simulated hour, on average: how fast mail gets through.', fmt: perHour },
  'throughput.landingToRelease.meanHours': hours('Landing to release, mean', "The average time from a flight's landing to a piece's release to the postal service, over every released piece.", 'Landing to release'),
  'throughput.landingToRelease.p50Hours': hours('Landing to release, median', 'Half of the released pieces were released sooner than this after their flight landed, half later.', 'Landing to release, median'),
  'throughput.landingToRelease.p95Hours': hours('Landing to release, 95th percentile', '95 of every 100 released pieces were released within this time of their flight landing.', '95% released within'),
  'throughput.pulledDwell.meanHours': hours("Pulled pieces' time, mean", 'The average time from being pulled off the belt to leaving (released, seized or detained). Pieces still inside count with their time so far.', 'Pulled pieces, mean'),
  'throughput.pulledDwell.p50Hours': hours("Pulled pieces' time, median", 'Half of the pieces pulled off the belt left sooner than this after the pull, half later.', 'Pulled pieces, median'),
  'throughput.pulledDwell.p95Hours': hours("Pulled pieces' time, 95th percentile", '95 of every 100 pieces pulled off the belt left within this time of the pull. Known when the run ends.', 'Pulled, 95% within'),
  'throughput.screeningDelayParcelHours': { label: 'Screening delay', unit: 'parcel-hours', explain: 'The hours screening added to the mail, summed over the pieces pulled off the belt: 10 pieces held 3 hours each make 30 parcel-hours. It is the delay cost of looking; known when the run ends.', fmt: (v) => `${formatDecimal(v)} parcel-hours` },
  'throughput.withinStandardShare': share('Within service standard', 'The share of pieces released within the service standard after arrival. Pieces still inside past the standard count as late.'),
  'throughput.serviceStandardHours': { label: 'Service standard', unit: 'h', explain: 'The time within which a piece should be released after it arrives.', fmt: hoursLong },
  'throughput.backlogAtEnd': count('Backlog', 'Pieces still inside the facility. A backlog that grows day after day means the facility cannot keep up.'),

  'cost.officerHours': officerHours('Officer-hours paid', 'Hours worked by all officers and dog handlers, overtime included.', 'Officer-hours'),
  'cost.overtimeHours': officerHours('Overtime', 'Officer-hours worked past the end of a shift to work down a queue. They cost more than regular hours.', 'Overtime'),
  'cost.dollars': dollars('Cost', 'What the officer time cost: regular hours at the hourly rate, overtime at its higher rate, in US dollars.', 'Cost'),
  'cost.dollarsPerSeizure': dollars('Cost per seizure', 'The cost of officer time divided by the seizures: what one seizure cost. None when nothing was seized.', 'Per seizure', ' per seizure'),

  'hourly.hour': { label: 'Hour of the run', unit: 'h', explain: 'Which hour of the run a row describes; 0 is the first hour.', fmt: (v) => `${formatCount(v)} h after the start` },
  'hourly.arrived': count('Arrived in the hour', 'Pieces that arrived during the hour.', 'Arrived'),
  'hourly.released': { label: 'Released per hour', unit: 'parcels/h', explain: 'Pieces released to the postal service during the hour.', short: 'Released', fmt: perHour },
  'hourly.seized': { label: 'Seizures per hour', unit: 'parcels/h', explain: 'Pieces seized during the hour.', short: 'Seized', fmt: perHour },
  'hourly.detained': count('Detained in the hour', 'Pieces detained for an off-site lab during the hour.', 'Detained'),
  'hourly.contrabandArrived': count('Contraband arrived in the hour', 'Contraband pieces that arrived during the hour.', 'Contraband arrived'),
  'hourly.contrabandSeized': count('Contraband seized in the hour', 'Contraband pieces seized during the hour.', 'Contraband seized'),
  'hourly.screeningDelayParcelHours': { label: 'Screening delay in the hour', unit: 'parcel-hours', explain: 'Parcel-hours that pulled parcels spent inside during the hour: the screening delay as it accrues.', short: 'Screening delay', fmt: (v) => `${formatDecimal(v)} parcel-hours` },
  'hourly.releasedUnscreened': count('Released unscreened in the hour', 'Pieces released without their screening during the hour because of a backlog limit.', 'Released unscreened'),
  'hourly.inside': count('Parcels inside (backlog)', 'Pieces inside the facility at the end of the hour: waiting, held, queued or being screened.', 'Inside'),
  'hourly.meanDwellHours': hours('Landing to release, mean of the hour', "The average time from their flight's landing to release of the pieces released during the hour; none when nothing was released.", 'Landing to release'),
  'hourly.contrabandSeizedShare': share('Contraband seized so far', 'Of the contraband that has arrived so far, the share already seized. It trails the interdiction rate, because contraband still inside counts as not seized yet.', 'Seized so far'),
};

/**
 * Numbers kept for each queue station, as RunResults.stations[name] and the live view name them.
 * `'*'` gives the same entries for "any station" (keys 'stations.*.utilization'...), for column
 * headings where the row names the station.
 */
function stationEntries(name: QueueStationName | '*'): Record<string, Entry> {
  const s = name === '*' ? 'Station' : STATION_LABELS[name];
  const at = name === '*' ? 'at the station' : name === 'seizure' ? 'at seizure processing' : `at the ${name === 'ct' ? 'CT' : s.toLowerCase()} station`;
  return {
    [`stations.${name}.served`]: count(`${s}: served`, `Pieces whose screening or processing finished ${at}.`, 'Served'),
    [`stations.${name}.entered`]: count(`${s}: entered`, `Pieces that joined the queue ${at}.`, 'Entered'),
    [`stations.${name}.meanWaitSeconds`]: seconds(`${s}: mean wait`, `The average time a piece waited in the queue ${at} before an officer took it.`, 'Mean wait'),
    [`stations.${name}.meanServiceSeconds`]: seconds(`${s}: mean service time`, `The average time an officer spent on one piece ${at}.`, 'Mean service'),
    [`stations.${name}.meanQueueLength`]: count(`${s}: mean queue`, `The average number of pieces waiting ${at}, over the run.`, 'Mean queue'),
    [`stations.${name}.meanInStation`]: count(`${s}: mean in station`, `The average number of pieces ${at}, waiting or being served.`, 'Mean in station'),
    [`stations.${name}.utilization`]: share(`${s} utilization`, `The share of time the officers ${at} were busy, over the run. Near 100% means long queues.`, 'Utilization'),
    [`stations.${name}.queueAtEnd`]: count(`${s}: queue at end`, `Pieces waiting ${at} when the run ended.`, 'Queue at end'),
    [`stations.${name}.officerHours`]: officerHours(`${s}: officer-hours`, `Hours officers were on duty ${at}.`, 'Officer-hours'),
    [`stations.${name}.releasedUnscreened`]: count(`${s}: released unscreened`, `Pieces that left the queue ${at} unscreened because they reached the wait limit.`, 'Released unscreened'),
    [`stations.${name}.queueNow`]: count(`${s}: queue now`, `Pieces waiting ${at} right now.`, 'Queue now'),
    [`stations.${name}.onDuty`]: { label: `${s}: officers on duty`, short: 'On duty', unit: 'officers', explain: `Officers on shift ${at} right now, busy, free or on a break.`, fmt: (v) => withNoun(v, 'officer', 'officers') },
    [`hourly.utilization.${name}`]: share(`${s} utilization, per hour`, `The share of the hour the officers ${at} were busy; none when nobody was on duty.`, 'Busy last hour'),
    [`hourly.queue.${name}`]: count(`${s}: queue at end of hour`, `Pieces waiting ${at} at the end of the hour.`, 'Queue'),
  };
}

/** Contraband counts by type. */
function typeEntries(t: ContrabandType): Record<string, Entry> {
  const c = CONTRABAND_LABELS[t];
  return {
    [`contraband.arrivedByType.${t}`]: count(`${c}: arrived`, `Pieces carrying ${c.toLowerCase()} that arrived.`, 'Arrived'),
    [`contraband.seizedByType.${t}`]: count(`${c}: seized`, `Pieces carrying ${c.toLowerCase()} that were seized.`, 'Seized'),
    [`contraband.missedByType.${t}`]: count(`${c}: missed`, `Pieces carrying ${c.toLowerCase()} released for delivery.`, 'Missed'),
    [`interdiction.complianceFoundByType.${t}`]: count(`Compliance sample: ${c.toLowerCase()} found`, `Pieces of the compliance sample in which the exam found ${c.toLowerCase()}.`, 'Found in sample'),
    [`interdiction.complianceSeizedByType.${t}`]: count(`Compliance sample: ${c.toLowerCase()} seized`, `Pieces of the compliance sample carrying ${c.toLowerCase()} that were seized.`, 'Seized from sample'),
    [`interdiction.rules.hitsByType.${t}`]: count(`Rule seizures of ${c.toLowerCase()}`, `Pieces carrying ${c.toLowerCase()} that this rule selected and that were seized.`, `${c} seized`),
    [`contraband.seizedGramsByType.${t}`]: { label: `${c}: weight seized`, short: 'Weight seized', unit: 'lb', explain: `The weight of ${c.toLowerCase()} seized, in pounds as public seizure figures give it (kilograms in brackets).`, fmt: weight },
  };
}

function finish(entries: Record<string, Entry>): Readonly<Record<string, MetricInfo>> {
  const out: Record<string, MetricInfo> = {};
  for (const [key, { fmt, short, ...rest }] of Object.entries(entries)) {
    out[key] = Object.freeze({ ...rest, short: short ?? rest.label, format: known(fmt) });
  }
  return Object.freeze(out);
}

/**
 * Every number the app shows, by metric key.
 *
 * @example
 * METRICS['contraband.interdictionRate'].format(0.0909); // '9.1%'
 * METRICS['throughput.landingToRelease.meanHours'].format(0.0586); // '3.5 min'
 * METRICS['stations.xray.utilization'].label;            // 'X-ray utilization'
 */
export const METRICS: Readonly<Record<string, MetricInfo>> = finish({
  ...RUN,
  ...Object.assign({}, ...[...QUEUE_STATIONS, '*' as const].map(stationEntries)),
  ...Object.assign({}, ...CONTRABAND_TYPES.map(typeEntries)),
});

/**
 * The metric key of a path into RunResults: array indices are dropped, since every rule and every
 * hourly row shares one entry.
 *
 * @example
 * metricKeyForPath(['interdiction', 'rules', '2', 'hitRate']); // 'interdiction.rules.hitRate'
 * metricKeyForPath(['hourly', '5', 'utilization', 'xray']);    // 'hourly.utilization.xray'
 */
export function metricKeyForPath(path: readonly (string | number)[]): string {
  return sharedKey(path.filter((p) => !/^\d+$/.test(String(p))).join('.'));
}

/** The fields of a targeting rule's results: what follows the rule's id in an experiment's metric path. */
const RULE_FIELDS = 'pulled|screened|contrabandPulled|hits|hitRate|hitsPerThousandPulled|hitsByType';
const RULE_ID = new RegExp(`^interdiction\\.rules\\.(?!(?:${RULE_FIELDS})(?:\\.|$))[^.]+\\.`);

/** The entry a key shares: every rule one entry ('interdiction.rules.aed-risk.hits' → '…rules.hits'), every origin one. */
function sharedKey(key: string): string {
  return key.replace(RULE_ID, 'interdiction.rules.').replace(/^parcels\.arrivedByOrigin\..+$/, 'parcels.arrivedByOrigin');
}

/**
 * The entry for `key`; throws for an unknown key, so a typo fails in tests, not silently on screen.
 *
 * Rule metrics keyed by rule id, as experiments/metricPaths names them, resolve to the shared
 * rule entry.
 *
 * @example
 * metricInfo('parcels.seized').format(2); // '2 parcels'
 * metricInfo('interdiction.rules.aed-risk.hitRate').label; // 'Rule hit rate'
 */
export function metricInfo(key: string): MetricInfo {
  // Experiments name rules by id ('interdiction.rules.aed-risk.hits'); every rule shares one entry.
  const k = sharedKey(key);
  const info = Object.hasOwn(METRICS, k) ? METRICS[k] : undefined;
  if (!info) throw new Error(`no METRICS entry for '${key}'`);
  return info;
}


/** A word of the domain, explained for a student. */
export interface GlossaryTerm {
  /** The word as the app writes it. */
  term: string;
  /** Plain words, a sentence or three; consistent with docs/model.md. */
  definition: string;
}

const term = (t: string, definition: string): GlossaryTerm => Object.freeze({ term: t, definition });

/**
 * The words of the domain, keyed by a stable slug, in alphabetical order of the term. Every term
 * of the glossary in docs/model.md is here (a test checks), plus a few words only the app uses.
 *
 * @example
 * GLOSSARY_TERMS.hold.definition; // "CBP's electronic request that the postal service find..."
 */
export const GLOSSARY_TERMS: Readonly<Record<string, GlossaryTerm>> = Object.freeze({
  aed: term('AED (advance electronic data)', 'Information about a piece (sender, addressee, contents, value) sent electronically before it arrives. Targeting by risk score needs it; many countries still send little.'),
  backlog: term('Backlog', 'Pieces still inside the facility: waiting for induction, held, queued or being screened. A backlog that grows day after day means the facility cannot keep up.'),
  canineRun: term('Canine run', 'A dog and its handler (a canine team) screen pieces moving on a belt. A dog works about 20 minutes, then rests; it can only smell some kinds of contraband, and sometimes alerts on a clean piece.'),
  commonRandomNumbers: term('Common random numbers', 'Separate streams of random numbers for separate purposes, so two scenarios run with the same seed see the same parcels. A difference in their results then comes from the change you made, not from luck.'),
  complianceSample: term('Compliance sample', 'Pieces drawn at random from all mail and fully examined, whatever their risk. What it finds estimates how much contraband arrives in all, with a 95% interval; few finds give a wide interval.'),
  cost: term('Cost', 'What the officer time of a run cost: regular hours at the hourly rate plus overtime at its higher rate, in US dollars.'),
  ct: term('CT', 'A computed-tomography scanner: a 3-D X-ray that is faster and sees better than a 2-D X-ray.'),
  detention: term('Detention', 'A piece kept by CBP while it waits for an off-site lab result. That takes weeks, so a detained piece leaves the simulation without a final outcome.'),
  dwell: term('Dwell', 'The time a piece spends in the facility, from its arrival to its release.'),
  exam: term('Exam', 'An officer opens the piece at an exam table and looks inside. Contraband hidden deep inside goods is found less often.'),
  fieldTest: term('Field test', 'A handheld device identifies a chemical in a minute or two. It works well on pure substances and poorly on diluted ones; what it cannot identify goes to the lab.'),
  hitRate: term('Hit rate', 'Of the pieces a targeting rule selected, the share that were seized. A rule with a high hit rate sends officers few clean pieces.'),
  hold: term('Hold', "CBP's electronic request that the postal service find a targeted piece and present it. It takes time and sometimes fails; without a hold, officers pull the piece straight off the belt."),
  holdCapacity: term('Hold capacity', 'The most held pieces the postal service can keep at once. A hold beyond it is refused, and the piece goes on from the belt unscreened.'),
  induction: term('Induction', 'The postal step that opens receptacles and puts their pieces on the belt, where CBP can see them.'),
  interdictionRate: term('Interdiction rate', 'Of the contraband pieces that left the facility, the share that were seized. The rest were released (missed) or detained.'),
  lab: term('Lab', 'Confirms what a substance is. An on-site lab answers within hours; otherwise samples go to a distant lab and the piece is detained.'),
  landingToRelease: term('Landing to release', "The time from a flight's landing to a piece's release to the postal service. It includes waiting to be tendered and inducted, not only screening."),
  missed: term('Missed', 'Contraband released to the postal service for delivery because no screening found it.'),
  officerHour: term('Officer-hour', 'One officer on duty for one hour. Ten officers on an 8-hour shift make 80 officer-hours: the measure of staff time spent.'),
  overtime: term('Overtime', 'Officers staying past the end of their shift, in blocks, while a queue is long. It works the backlog down but costs more per hour than regular time.'),
  presentation: term('Presentation', 'The postal service producing a held piece for CBP. Not every presented piece is actually screened.'),
  pulledTime: term("Pulled parcels' time", 'For each piece pulled off the belt, the hours from the pull until it leaves (released, seized or detained). Pieces still inside at the end count with their time so far, so a backlog shows in the 95th percentile.'),
  receptacle: term('Receptacle', 'A sack, tray or container of mail as it comes off a plane, about 115 pieces. Receptacles are the unit the airline hands over and the unit of a receptacle sweep.'),
  releasedUnscreened: term('Released unscreened', 'A piece pulled for screening but handed to the postal service without it, because of a backlog limit: it reached the wait limit, or the hold area was full. Contraband in it is missed.'),
  riskScore: term("Risk score and its separation d′ (d-prime)", "A score between 0 and 1 that CBP's targeting gives every piece with AED. The separation d′ says how much higher contraband scores than clean mail: 0 means the score is useless, 2 means a strict threshold catches many times more contraband than clean pieces."),
  screening: term('Screening', 'Any inspection that can find contraband in a piece: X-ray, CT, canine run or exam.'),
  screeningDelay: term('Screening delay', 'The hours screening adds to the mail, summed over every piece pulled off the belt, in parcel-hours: 10 pieces held 3 hours each make 30 parcel-hours. Pieces not pulled go straight on and add nothing.'),
  seed: term('Seed', 'The number that starts the random streams. The same scenario and seed always give the same results; different seeds give different, equally likely days.'),
  seizure: term('Seizure', 'CBP takes the contraband. Processing a seizure (photos, paperwork, evidence bags) takes an officer a while at the seizure station.'),
  serviceStandard: term('Service standard', 'The time within which a piece should be released after it arrives; the results report the share that made it.'),
  shift: term('Shift', 'A period during which officers and dog teams are on duty, with a break each. Hours outside every shift have no officers, and queues wait.'),
  shiftEndRule: term('Shift-end rule', 'What an officer does with the piece in hand when the shift ends: finish it before leaving, or hand it over to the next officer, who starts it again.'),
  signatureRule: term('Signature rule', "A targeting rule that looks for one contraband type's profile (its shippers, consignees, weights and descriptions), with a score of its own, separate from the main risk score."),
  station: term('Station', 'A place where pieces queue for service: X-ray, CT, exam, field test and seizure processing. Each has lanes (machines or tables) and officers per shift.'),
  targetingRule: term('Targeting rule', 'A condition that selects pieces for screening (by risk score, origin, missing AED, declared contents, at random or whole receptacles) and what to order for them: X-ray, CT or exam, with or without a hold.'),
  tender: term('Tender', "The airline's hand-over of a receptacle to the postal service after landing; the standard is within 1-2 hours, but many take more than 12."),
  throughput: term('Throughput', 'How many pieces the facility releases per hour. Screening more pieces finds more contraband but can slow everything down.'),
  timeOnTask: term('Time on task', 'How long an X-ray officer has been reading images since coming on duty or back from a break. Rare targets are missed more often by a tired reader: past a set time, the chance of spotting contraband drops.'),
  utilization: term('Utilization', "The share of time a station's officers are busy (never counting more officers than lanes). Near 100% means long queues."),
  waitLimit: term('Wait limit', 'The longest a pulled piece may wait for its screening, counted from when it left the belt. After that it is released unscreened, so a backlog cannot hold mail forever.'),
  warmUp: term('Warm-up', 'Days at the start of a run left out of the statistics, so the numbers describe a facility already in its everyday state.'),
  xray: term('X-ray', 'A 2-D X-ray image read by an officer, a few seconds per piece. It alarms on most contraband and on a few clean pieces.'),
});

/**
 * What a run will cost before it starts: kernel events, pieces through the belt, parcels that may
 * be inside at once, and from these the time and memory it needs on a machine like ours. The CLI
 * and the app refuse a run whose estimate is past their limits, naming the scenario fields that
 * drive it, rather than hanging or running out of memory (issue: "every accepted scenario runs").
 *
 * The estimate is an upper bound built from the scenario's own numbers: every piece crosses the
 * belt; every rule's selection share is added as if no two rules overlapped; a pulled parcel costs
 * a handful of events; and, in the worst case, nothing pulled ever leaves. The per-piece and
 * per-event costs are measured on this kind of machine (2 cores, Node 20: about 0.15-0.2 µs a
 * piece and 1-4 µs an event including the pieces' share) and doubled for safety.
 *
 * Changes during the run count as if made at the start, each at its most costly (a rule on if it
 * is ever on, its lowest threshold, a station's most officers), so the bound holds for them too.
 *
 * @example
 * const e = estimateRun(getPreset('baseline').scenario, 7);
 * e.seconds;  // about 1
 * e.drivers;  // ['arrivals.piecesPerDay', ...] the fields that matter most
 */
import type { Scenario } from '../scenario/index.js';

/** Seconds a piece costs on the belt, and an event in the kernel (measured, doubled). */
const SECONDS_PER_PIECE = 0.4e-6;
const SECONDS_PER_EVENT = 4e-6;
/** Events a pulled parcel costs: a hold search, a wait limit, a service or two, an outcome. */
const EVENTS_PER_PULLED = 6;
/** Bytes a parcel inside holds (its slot in every typed array, queue entries, pending events). */
const BYTES_PER_PARCEL_INSIDE = 400;
/** Bytes of a run whatever its size (the histograms, the code, the kernel's arrays). */
const BASE_BYTES = 150e6;

export interface RunEstimate {
  /** Pieces that cross the belt over the run. */
  pieces: number;
  /** Parcels pulled off the belt, at most (rules' shares added up, compliance and dogs). */
  pulled: number;
  /** Kernel events, at most. */
  events: number;
  /** Parcels that can be inside at once in the worst case (nothing pulled ever leaves). */
  peakInside: number;
  /** Wall-clock seconds on a machine like ours, at most. */
  seconds: number;
  /** Memory, bytes, at most. */
  bytes: number;
  /** The fields that drive the estimate, most important first, for a message. */
  drivers: string[];
}

/** Share of arriving pieces each enabled rule selects, as if rules never overlapped. */
function ruleShares(s: Scenario): { path: string; share: number }[] {
  const origins = s.mix.origins;
  const aed = origins.reduce((a, o) => a + o.share * o.aedRate, 0);
  const highRisk = origins.reduce((a, o) => a + (o.highRisk ? o.share : 0), 0);
  const declaredShare = (names: readonly string[]) => s.mix.declared.reduce((a, d) => a + (names.includes(d.name) ? d.cleanShare : 0), 0);
  return s.targeting.rules.flatMap((r, i) => {
    if (!r.enabled) return [];
    const w = r.when;
    let share: number;
    switch (w.kind) {
      case 'riskScore': share = (1 - w.atLeast) * aed * (w.declared ? declaredShare(w.declared) : 1); break;
      case 'signature': share = (1 - w.atLeast) * aed; break;
      case 'origin': share = origins.reduce((a, o) => a + (w.in.includes(o.code) ? o.share : 0), 0); break;
      case 'noAedHighRisk': share = origins.reduce((a, o) => a + (o.highRisk ? o.share * (1 - o.aedRate) : 0), 0); break;
      case 'declared': share = declaredShare(w.in); break;
      case 'random': share = w.rate; break;
      case 'receptacleSweep': share = w.rate * (w.highRiskOnly ? highRisk : 1); break;
      default: share = 1;
    }
    return [{ path: `targeting.rules.${i}`, share }];
  });
}

/**
 * The estimate for running `scenario` for `days` days.
 *
 * @example
 * estimateRun(scenario, 366).seconds > 1800; // too long for the CLI's default limit
 */
export function estimateRun(given: Scenario, days: number): RunEstimate {
  const scenario = costliest(given);
  const a = scenario.arrivals;
  const piecesPerDay = a.kind === 'flights' ? a.piecesPerDay : a.perHour * 24;
  const receptaclesPerDay = a.kind === 'flights' ? piecesPerDay / a.piecesPerReceptacle : 0;
  const rules = ruleShares(scenario);
  const ruleShare = Math.min(1, rules.reduce((x, r) => x + r.share, 0));
  const c = scenario.stations.canine;
  const teams = c.enabled ? c.teamsByShift.reduce((x, n) => x + n, 0) : 0;
  const sniffedPerDay = Math.min(piecesPerDay, teams * c.itemsPerHour * 24);
  const canineShare = piecesPerDay > 0 ? (sniffedPerDay * c.falseAlert) / piecesPerDay : 0;
  const pulledShare = Math.min(1, ruleShare + scenario.targeting.compliance.rate + canineShare);
  const pieces = piecesPerDay * days;
  const pulled = pieces * pulledShare;
  const officers = (['xray', 'ct', 'exam', 'fieldTest', 'seizure'] as const)
    .reduce((x, n) => x + scenario.stations[n].officersByShift.reduce((y, k) => y + k, 0), 0);
  const canineCycles = teams * ((24 * 60) / (c.workMinutes + c.restMinutes)) * 2;
  const perDay = receptaclesPerDay * 2 + (a.kind === 'poisson' ? piecesPerDay : 0) + officers * 6 + canineCycles + 26;
  const events = perDay * days + pulled * EVENTS_PER_PULLED;
  // With a wait limit, unscreened parcels leave within it; parcels that alarmed at X-ray or CT wait for exam however
  // long it takes, so they may pile up over the whole run. Without a limit anything pulled may stay.
  const limit = scenario.backlog.maxWaitHours;
  const pulledPerDay = piecesPerDay * pulledShare;
  const alarmsPerDay = pulledPerDay * Math.max(scenario.stations.xray.falseAlarm, scenario.stations.ct.falseAlarm);
  const pulledInside = limit === null ? pulled : Math.min(pulled, pulledPerDay * (limit / 24 + 1) + alarmsPerDay * days);
  const peakInside = pulledInside + receptaclesPerDay * (a.kind === 'flights' ? a.piecesPerReceptacle : 0);
  const seconds = pieces * SECONDS_PER_PIECE + events * SECONDS_PER_EVENT;
  const bytes = BASE_BYTES + peakInside * BYTES_PER_PARCEL_INSIDE;
  const drivers = [
    { path: a.kind === 'flights' ? 'arrivals.piecesPerDay' : 'arrivals.perHour', weight: pieces * SECONDS_PER_PIECE },
    { path: 'days', weight: 0 }, // pieces and days always drive a run; the rest when they weigh
    ...rules.map((r) => ({ path: r.path, weight: pieces * r.share * EVENTS_PER_PULLED * SECONDS_PER_EVENT })),
    { path: 'targeting.compliance.rate', weight: pieces * scenario.targeting.compliance.rate * EVENTS_PER_PULLED * SECONDS_PER_EVENT },
    { path: 'stations.canine', weight: pieces * canineShare * EVENTS_PER_PULLED * SECONDS_PER_EVENT + canineCycles * days * SECONDS_PER_EVENT },
  ].filter((d, i) => i < 2 || d.weight > seconds * 0.1).sort((x, y) => y.weight - x.weight).map((d) => d.path);
  return { pieces, pulled, events, peakInside, seconds, bytes, drivers };
}

/** The scenario with every change during the run applied from the start, at its most costly. */
function costliest(s: Scenario): Scenario {
  const changes = s.changesDuringRun ?? [];
  if (changes.length === 0) return s;
  const out = JSON.parse(JSON.stringify(s)) as Scenario;
  for (const c of changes) {
    if (c.kind === 'officers') {
      const staff = out.stations[c.station].officersByShift;
      staff[c.shift] = Math.max(staff[c.shift] ?? 0, c.officers);
      continue;
    }
    const rule = out.targeting.rules.find((r) => r.id === c.rule);
    if (rule === undefined) continue;
    if (c.enabled === true) rule.enabled = true;
    if (c.atLeast !== undefined && (rule.when.kind === 'riskScore' || rule.when.kind === 'signature')) rule.when.atLeast = Math.min(rule.when.atLeast, c.atLeast);
  }
  return out;
}

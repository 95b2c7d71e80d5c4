/**
 * Turns a facility's counters into RunResults, and checks conservation: every parcel that
 * arrived is released, seized, detained or still inside, and likewise every contraband parcel
 * of every type. A violation is a bug and throws; it is never reported as a warning.
 *
 * With a warm-up, statistics cover only the time after it, and the parcels already inside when
 * it ended enter the accounts as an opening balance: insideAtStart + arrived = released + seized
 * + detained + inside.
 */
import { CONTRABAND_TYPES, QUEUE_STATIONS, type QueueStationName } from '../scenario/schema.js';
import type { Facility } from './Facility.js';
import type { ByType, ComplianceResults, HoursSummary, RunResults, StationResults } from './results.js';
import type { Histogram } from '../sim/Histogram.js';
import { clopperPearson } from '../sim/binomialInterval.js';

/** Thrown when the end-of-run accounting does not balance. */
export class ConservationError extends Error {}

const byType = (a: Float64Array): ByType => Object.fromEntries(CONTRABAND_TYPES.map((t, i) => [t, a[i]])) as ByType;
const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

export function checkConservation(f: Facility): void {
  const m = f.metrics;
  const inside = f.inside;
  const opening = f.insideAtStart > 0 ? `inside at the start ${f.insideAtStart} + ` : '';
  if (f.insideAtStart + m.arrived !== m.released + m.seized + m.detained + inside) {
    throw new ConservationError(`parcels: ${opening}arrived ${m.arrived} != released ${m.released} + seized ${m.seized} + detained ${m.detained} + inside ${inside}`);
  }
  const cin = f.contrabandInside();
  CONTRABAND_TYPES.forEach((t, i) => {
    const out = m.contrabandSeized[i] + m.contrabandMissed[i] + m.contrabandDetained[i] + cin[i];
    if (f.contrabandInsideAtStart[i] + m.contrabandArrived[i] !== out) {
      throw new ConservationError(`contraband ${t}: ${opening ? 'inside at the start + ' : ''}arrived ${f.contrabandInsideAtStart[i] + m.contrabandArrived[i]} != seized + missed + detained + inside = ${out}`);
    }
  });
}

function station(f: Facility, name: QueueStationName, now: number): StationResults {
  const st = f.stations[name];
  const servers = st.servers.integral(now);
  const span = now - f.statsStart;
  return {
    served: st.served,
    entered: st.entered,
    meanWaitSeconds: ratio(st.waitSumSeconds, st.started),
    meanServiceSeconds: ratio(st.serviceSumSeconds, st.served),
    meanQueueLength: span > 0 ? st.queueLength.integral(now) / span : 0,
    meanInStation: span > 0 ? (st.queueLength.integral(now) + st.busy.integral(now)) / span : 0,
    utilization: ratio(st.busy.integral(now), servers),
    queueAtEnd: st.queue.size,
    officerHours: f.staffing.officerSeconds(st, now) / 3600,
    releasedUnscreened: st.releasedUnscreened,
  };
}

/** Mean, median and 95th percentile of a histogram of seconds, in hours (zeros when empty). */
function hoursSummary(h: Histogram): HoursSummary {
  if (h.count === 0) return { meanHours: 0, p50Hours: 0, p95Hours: 0 };
  return { meanHours: h.mean / 3600, p50Hours: h.percentile(0.5) / 3600, p95Hours: h.percentile(0.95) / 3600 };
}

/** The compliance sample's finds and the prevalence they imply, with an exact 95% interval. */
function compliance(f: Facility): ComplianceResults {
  const m = f.metrics;
  const n = m.complianceExamined;
  const k = m.complianceFound;
  const perMillion = 1e6 / f.scenario.targeting.compliance.detectProbability;
  const [low, high] = clopperPearson(k, n);
  return {
    sampled: m.complianceSampled,
    examined: n,
    withContraband: k,
    prevalencePerMillion: n > 0 ? (k / n) * perMillion : 0,
    low: n > 0 ? Math.min(1e6, low * perMillion) : 0,
    high: n > 0 ? Math.min(1e6, high * perMillion) : 0,
  };
}

export function buildResults(f: Facility): RunResults {
  checkConservation(f);
  const m = f.metrics;
  const now = f.kernel.now;
  const hours = (now - f.statsStart) / 3600;
  const cin = f.contrabandInside();
  const arrivedC = sum(m.contrabandArrived);
  const insideC = sum(cin);
  const seizedC = sum(m.contrabandSeized);
  const stations = Object.fromEntries(QUEUE_STATIONS.map((n) => [n, station(f, n, now)])) as Record<QueueStationName, StationResults>;
  const officerHours = QUEUE_STATIONS.reduce((a, n) => a + stations[n].officerHours, 0) + f.canine.dutySeconds(now) / 3600;
  // Pulled parcels still inside count with their time so far: the delay of a backlog is not hidden by its not having ended.
  const pulledDwell = m.pulledDwell.clone();
  let screeningDelaySeconds = m.screeningDelaySeconds;
  for (const slot of f.pulledInside()) {
    const pulledAt = f.parcels.pulledAt[slot];
    pulledDwell.add(now - pulledAt);
    screeningDelaySeconds += now - Math.max(pulledAt, f.statsStart);
  }
  const late = f.insideTenderedBefore(now - f.scenario.serviceStandardHours * 3600);
  const overtimeHours = f.staffing.overtimeSeconds(now) / 3600;
  const costs = f.scenario.costs;
  const dollars = costs.officerHourUsd * (officerHours - overtimeHours + overtimeHours * costs.overtimePayMultiplier);
  return {
    scenario: f.scenario.name,
    seed: f.seed,
    days: f.days,
    warmupDays: f.statsStart / 86_400,
    simulatedHours: hours,
    parcels: {
      insideAtStart: f.insideAtStart,
      arrived: m.arrived,
      arrivedByOrigin: Object.fromEntries(f.scenario.mix.origins.map((o, i) => [o.code, m.arrivedByOrigin[i]])),
      released: m.released, seized: m.seized, detained: m.detained, inside: f.inside, releasedUnscreened: m.releasedUnscreened },
    contraband: {
      insideAtStart: sum(f.contrabandInsideAtStart),
      arrived: arrivedC,
      seized: seizedC,
      missed: sum(m.contrabandMissed),
      detained: sum(m.contrabandDetained),
      inside: insideC,
      interdictionRate: ratio(seizedC, seizedC + sum(m.contrabandMissed) + sum(m.contrabandDetained)),
      arrivedByType: byType(m.contrabandArrived),
      seizedByType: byType(m.contrabandSeized),
      missedByType: byType(m.contrabandMissed),
      missedUnscreened: sum(m.contrabandMissedUnscreened),
      seizedGramsByType: byType(m.seizedGrams),
    },
    interdiction: {
      cleanInspected: m.cleanInspected,
      canineAlerts: m.canineAlerts,
      canineScreened: m.canineScreened,
      holdsNotPresented: m.holdsNotPresented,
      holdsNotExamined: m.holdsNotExamined,
      canineSeizures: m.canineSeizures,
      holdsRefused: m.holdsRefused,
      waitLimitReleases: m.waitLimitReleases,
      compliance: compliance(f),
      complianceFoundByType: byType(m.complianceFoundByType),
      complianceSeizedByType: byType(m.complianceSeizedByType),
      seizuresPerOfficerHour: ratio(m.seized, officerHours),
      officerHours,
      rules: f.scenario.targeting.rules.map((r, i) => ({
        id: r.id,
        pulled: m.rulePulled[i],
        screened: m.ruleScreened[i],
        contrabandPulled: m.ruleContraband[i],
        hits: m.ruleHits[i],
        hitRate: ratio(m.ruleHits[i], m.rulePulled[i]),
        hitsPerThousandPulled: 1000 * ratio(m.ruleHits[i], m.rulePulled[i]),
        hitsByType: byType(m.ruleHitsByType.subarray(i * CONTRABAND_TYPES.length, (i + 1) * CONTRABAND_TYPES.length)),
      })),
    },
    throughput: {
      releasedPerHour: ratio(m.released, hours),
      landingToRelease: hoursSummary(m.dwell),
      pulledDwell: hoursSummary(pulledDwell),
      withinStandardShare: ratio(m.withinStandard, m.released + late),
      serviceStandardHours: f.scenario.serviceStandardHours,
      screeningDelayParcelHours: screeningDelaySeconds / 3600,
      backlogAtEnd: f.inside,
    },
    cost: { officerHours, overtimeHours, dollars, dollarsPerSeizure: ratio(dollars, m.seized) },
    stations,
    hourly: f.hourly.rows,
    events: f.kernel.fired,
  };
}

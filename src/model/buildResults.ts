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
import type { ByType, RunResults, StationResults } from './results.js';

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
    releasedUnscreened: 0,
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
  const dwell = m.dwell;
  return {
    scenario: f.scenario.name,
    seed: f.seed,
    days: f.days,
    warmupDays: f.statsStart / 86_400,
    simulatedHours: hours,
    parcels: { insideAtStart: f.insideAtStart, arrived: m.arrived, released: m.released, seized: m.seized, detained: m.detained, inside: f.inside, releasedUnscreened: 0 },
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
      missedUnscreened: 0,
      seizedGramsByType: byType(new Float64Array(CONTRABAND_TYPES.length)),
    },
    interdiction: {
      cleanInspected: m.cleanInspected,
      canineAlerts: m.canineAlerts,
      canineScreened: m.canineScreened,
      holdsNotPresented: m.holdsNotPresented,
      holdsNotExamined: m.holdsNotExamined,
      canineSeizures: m.canineSeizures,
      holdsRefused: 0,
      waitLimitReleases: 0,
      compliance: { examined: 0, withContraband: 0, prevalencePerMillion: 0, low: 0, high: 0 },
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
      })),
    },
    throughput: {
      releasedPerHour: ratio(m.released, hours),
      landingToRelease: { meanHours: dwell.count > 0 ? dwell.mean / 3600 : 0, p50Hours: dwell.count > 0 ? dwell.percentile(0.5) / 3600 : 0, p95Hours: dwell.count > 0 ? dwell.percentile(0.95) / 3600 : 0 },
      pulledDwell: { meanHours: 0, p50Hours: 0, p95Hours: 0 },
      withinStandardShare: ratio(m.withinStandard, m.released),
      serviceStandardHours: f.scenario.serviceStandardHours,
      screeningDelayParcelHours: 0,
      backlogAtEnd: f.inside,
    },
    cost: { officerHours, overtimeHours: 0, dollars: 0, dollarsPerSeizure: 0 },
    stations,
    hourly: f.hourly.rows,
    events: f.kernel.fired,
  };
}

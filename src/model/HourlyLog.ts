/**
 * The per-hour rows of a run (RunResults.hourly): an event at every hour mark records what
 * happened during the hour and the state at its end, for the charts. It runs after every other
 * event scheduled at the same instant (lowest priority), so a row sees the hour complete.
 */
import type { Kernel } from '../sim/Kernel.js';
import type { HourRow } from './results.js';
import { QUEUE_STATIONS, type QueueStationName } from '../scenario/schema.js';
import type { Metrics } from './Metrics.js';
import type { QueueStation } from './QueueStation.js';

/** What the log reads at each hour mark (the facility, seen from here). */
export interface HourlySource {
  readonly endTime: number;
  readonly inside: number;
  readonly metrics: Metrics;
  readonly stations: Record<QueueStationName, QueueStation>;
}

const LAST = 1_000_000; // priority: after everything else at the same time

export class HourlyLog {
  readonly rows: HourRow[] = [];
  private readonly ev: number;
  // Each station's busy and server integrals at the last hour mark, by QUEUE_STATIONS index.
  private readonly busyMark = new Float64Array(QUEUE_STATIONS.length);
  private readonly serversMark = new Float64Array(QUEUE_STATIONS.length);
  private delayMark = 0; // integral of pulled parcels inside at the last hour mark, parcel-seconds

  constructor(private readonly facility: HourlySource, private readonly kernel: Kernel) {
    this.ev = kernel.register('hour mark', (h) => this.mark(h));
    if (facility.endTime >= 3600) kernel.schedule(3600, this.ev, 1, LAST);
  }

  /** The stations' integrals restarted from zero (warm-up deletion): so do the marks. */
  restartMarks(): void {
    this.busyMark.fill(0);
    this.serversMark.fill(0);
  }

  private mark(hour: number): void {
    const f = this.facility;
    const now = this.kernel.now;
    const h = f.metrics.nextHour();
    const delay = f.metrics.pulledInside.integral(now);
    const utilization = {} as Record<QueueStationName, number | null>;
    const queue = {} as Record<QueueStationName, number>;
    QUEUE_STATIONS.forEach((name, i) => {
      const st = f.stations[name];
      const busy = st.busy.integral(now);
      const servers = st.servers.integral(now);
      utilization[name] = servers - this.serversMark[i] > 1e-9 ? (busy - this.busyMark[i]) / (servers - this.serversMark[i]) : null;
      this.busyMark[i] = busy;
      this.serversMark[i] = servers;
      queue[name] = st.queue.size;
    });
    this.rows.push({
      hour: hour - 1,
      arrived: h.arrived,
      released: h.released,
      seized: h.seized,
      detained: h.detained,
      contrabandArrived: h.contrabandArrived,
      contrabandSeized: h.contrabandSeized,
      inside: f.inside,
      releasedUnscreened: h.releasedUnscreened,
      screeningDelayParcelHours: (delay - this.delayMark) / 3600,
      meanDwellHours: h.released > 0 ? h.dwellSumSeconds / h.released / 3600 : null,
      utilization,
      queue,
    });
    this.delayMark = delay;
    if (now + 3600 <= f.endTime) this.kernel.schedule(now + 3600, this.ev, hour + 1, LAST);
  }
}

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

  constructor(private readonly facility: HourlySource, private readonly kernel: Kernel) {
    this.ev = kernel.register('hour mark', (h) => this.mark(h));
    if (facility.endTime >= 3600) kernel.schedule(3600, this.ev, 1, LAST);
  }

  private mark(hour: number): void {
    const f = this.facility;
    const now = this.kernel.now;
    const h = f.metrics.nextHour();
    const utilization = {} as Record<QueueStationName, number | null>;
    const queue = {} as Record<QueueStationName, number>;
    for (const name of QUEUE_STATIONS) {
      const st = f.stations[name];
      const busy = st.busy.integral(now);
      const servers = st.servers.integral(now);
      utilization[name] = servers - st.serversMark > 1e-9 ? (busy - st.busyMark) / (servers - st.serversMark) : null;
      st.busyMark = busy;
      st.serversMark = servers;
      queue[name] = st.queue.size;
    }
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
      meanDwellHours: h.released > 0 ? h.dwellSumSeconds / h.released / 3600 : null,
      utilization,
      queue,
    });
    if (now + 3600 <= f.endTime) this.kernel.schedule(now + 3600, this.ev, hour + 1, LAST);
  }
}

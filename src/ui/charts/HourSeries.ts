/**
 * The charts' data: one growing array per plotted quantity, filled from HourRows as they arrive.
 * Appending only pushes onto the arrays (and keeps the two running sums the cumulative share
 * needs), so feeding a week of rows an hour at a time costs nothing; uPlot then reads the same
 * arrays on its next setData.
 *
 * Time is the x column, in simulated hours from the start of the statistics (the opening, after
 * any warm-up; rows of the warm-up are left out) at the *end* of each row's hour: the first row is
 * plotted at 1, when it was recorded. Index 0 is the opening (x = 0) with every value null:
 * nothing has been measured yet, and it gives bar charts a width for a single hour. `setSpan`
 * tells the series where the run opens and how long it is, so x reads as a clock time.
 * Values are in the units METRICS formats (shares 0-1, hours), not pre-scaled for display.
 */
import type { HourRow } from '../../model/index.js';
import { QUEUE_STATIONS, type QueueStationName } from '../../scenario/index.js';
import { calendarOrigin, formatSimClock } from '../format/simClock.js';

/** The quantities the charts plot, each with the METRICS key that labels and formats it. */
export const COLUMN_KEYS = {
  seized: 'hourly.seized',
  seizedShare: 'hourly.contrabandSeizedShare',
  released: 'hourly.released',
  arrived: 'hourly.arrived',
  inside: 'hourly.inside',
  meanDwell: 'hourly.meanDwellHours',
  ...(Object.fromEntries(QUEUE_STATIONS.map((s) => [`util.${s}`, `hourly.utilization.${s}`])) as Record<`util.${QueueStationName}`, string>),
} as const;

/** A plotted quantity. */
export type ColumnId = keyof typeof COLUMN_KEYS;

export class HourSeries {
  /** Simulated hours (end of each row's hour); x[0] = 0 is the start of the run. */
  readonly x: number[] = [0];
  readonly columns: Record<ColumnId, (number | null)[]>;
  private contrabandArrived = 0;
  private contrabandSeized = 0;
  /** The run's hour at x = 0 (statistics start), the hour of day there, and the run's length in hours. */
  private firstHour = 0;
  private clockHour = 0;
  private hours = 24;

  constructor() {
    this.columns = Object.fromEntries(Object.keys(COLUMN_KEYS).map((id) => [id, [null]])) as Record<ColumnId, (number | null)[]>;
  }

  /** Rows recorded so far (not counting the start point). */
  get length(): number {
    return this.x.length - 1;
  }

  /** The last x, hours (0 before any row). */
  get lastHour(): number {
    return this.x[this.x.length - 1];
  }

  /** The run's length, hours from the opening to the end. */
  get lengthHours(): number {
    return this.hours;
  }

  /**
   * Where the run sits on its clock: when statistics start and when it ends, seconds (a
   * snapshot's `statsStart` and `endTime`). Returns true when that changed (a new run).
   *
   * @example
   * series.setSpan(108_000, 194_400); // a one-day live run opening at 06:00: x 0 reads "Day 1, 06:00"
   */
  setSpan(statsStart: number, endTime: number): boolean {
    const first = statsStart / 3600;
    const clock = (statsStart - calendarOrigin(statsStart)) / 3600;
    const hours = (endTime - statsStart) / 3600;
    if (first === this.firstHour && clock === this.clockHour && hours === this.hours) return false;
    this.firstHour = first;
    this.clockHour = clock;
    this.hours = hours;
    this.clear();
    return true;
  }

  /**
   * The clock time of an x value, as the header writes it.
   *
   * @example
   * series.clockText(2); // 'Day 1, 08:00' in a run that opens at 06:00
   */
  clockText(x: number): string {
    return formatSimClock((x + this.clockHour) * 3600);
  }

  /**
   * The x of an hour on the run's clock (hours from the start of any warm-up), such as a change's.
   *
   * @example
   * series.xOfRunHour(31); // 1 in a run that opens after 30 hours of warm-up
   */
  xOfRunHour(hour: number): number {
    return hour - this.firstHour;
  }

  /** The hour of day at x = 0 (0 for a run that starts at midnight, 6 for the app's live runs). */
  get openingHour(): number {
    return this.clockHour;
  }

  /**
   * Appends rows in order. A row for an hour already recorded is skipped (rows sent twice), except
   * the first hour of a run, which starts the series again (a new run fed without a reset), so a
   * line never runs back in time.
   *
   * @example
   * const s = new HourSeries();
   * s.append(results.hourly.slice(0, 6));
   * s.columns.released; // [null, 8385, 9243, ...]
   */
  append(rows: readonly HourRow[]): void {
    for (const row of rows) {
      const x = row.hour + 1 - this.firstHour;
      if (x < 1) continue; // an hour of the warm-up
      if (x === 1 && this.length > 0) this.clear();
      else if (x <= this.lastHour) continue;
      this.contrabandArrived += row.contrabandArrived;
      this.contrabandSeized += row.contrabandSeized;
      const c = this.columns;
      this.x.push(x);
      c.seized.push(row.seized);
      c.seizedShare.push(this.contrabandArrived > 0 ? this.contrabandSeized / this.contrabandArrived : null);
      c.released.push(row.released);
      c.arrived.push(row.arrived);
      c.inside.push(row.inside);
      c.meanDwell.push(row.meanDwellHours);
      for (const s of QUEUE_STATIONS) c[`util.${s}`].push(row.utilization[s]);
    }
  }

  /** Empties every column back to the start point, keeping the same array objects. */
  clear(): void {
    this.x.length = 1;
    for (const col of Object.values(this.columns)) col.length = 1;
    this.contrabandArrived = 0;
    this.contrabandSeized = 0;
  }

  /** A copy that later appends and clears leave alone (the previous run, kept for comparison). */
  copy(): HourSeries {
    const out = new HourSeries();
    out.x.push(...this.x.slice(1));
    for (const id of Object.keys(this.columns) as ColumnId[]) out.columns[id].push(...this.columns[id].slice(1));
    out.contrabandArrived = this.contrabandArrived;
    out.contrabandSeized = this.contrabandSeized;
    [out.firstHour, out.clockHour, out.hours] = [this.firstHour, this.clockHour, this.hours];
    return out;
  }

  /**
   * The latest non-null value of a column and its x, or null if it has none.
   *
   * @example
   * series.latest('meanDwell'); // { x: 14, value: 0.061 }
   */
  latest(id: ColumnId): { x: number; value: number } | null {
    const col = this.columns[id];
    for (let i = col.length - 1; i > 0; i--) {
      const v = col[i];
      if (v !== null) return { x: this.x[i], value: v };
    }
    return null;
  }

  /** The largest value of a column so far and its x, or null if it has none. */
  peak(id: ColumnId): { x: number; value: number } | null {
    const col = this.columns[id];
    let best: { x: number; value: number } | null = null;
    for (let i = 1; i < col.length; i++) {
      const v = col[i];
      if (v !== null && (best === null || v > best.value)) best = { x: this.x[i], value: v };
    }
    return best;
  }
}

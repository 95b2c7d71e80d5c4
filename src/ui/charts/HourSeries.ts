/**
 * The charts' data: one growing array per plotted quantity, filled from HourRows as they arrive.
 * Appending only pushes onto the arrays (and keeps the two running sums the cumulative share
 * needs), so feeding a week of rows an hour at a time costs nothing; uPlot then reads the same
 * arrays on its next setData.
 *
 * Time is the x column, in simulated hours at the *end* of each row's hour: the row for hour 0 is
 * plotted at 1, when it was recorded. Index 0 is the start of the run (x = 0) with every value
 * null: nothing has been measured yet, and it gives bar charts a width for a single hour.
 * Values are in the units METRICS formats (shares 0-1, hours), not pre-scaled for display.
 */
import type { HourRow } from '../../model/index.js';
import { QUEUE_STATIONS, type QueueStationName } from '../../scenario/index.js';

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
      if (row.hour === 0 && this.length > 0) this.clear();
      else if (row.hour + 1 <= this.lastHour) continue;
      this.contrabandArrived += row.contrabandArrived;
      this.contrabandSeized += row.contrabandSeized;
      const c = this.columns;
      this.x.push(row.hour + 1);
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

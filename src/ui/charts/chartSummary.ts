/**
 * The text alternative of a time chart: for each series, its latest value and its highest so
 * far, with the simulated time of each. A screen reader gets the numbers the picture shows, and
 * the table stays a few rows long however long the run is.
 */
import { metricInfo } from '../glossary.js';
import { NOT_AVAILABLE } from '../metrics/formatNumber.js';
import type { ChartDef } from './chartDefs.js';
import { COLUMN_KEYS, type HourSeries } from './HourSeries.js';

export interface ChartSummaryRow {
  label: string;
  /** "9.1% at Day 1, 14:00", or '—'. */
  latest: string;
  highest: string;
}

export interface ChartSummary {
  /** One sentence: which chart, and how far it goes. */
  caption: string;
  rows: ChartSummaryRow[];
}

const at = (series: HourSeries, p: { x: number; value: number } | null, key: string): string =>
  p === null ? NOT_AVAILABLE : `${metricInfo(key).format(p.value)} at ${series.clockText(p.x)}`;

/**
 * The summary of one chart's data so far.
 *
 * @example
 * chartSummary(CHART_DEFS[0], series).rows[0];
 * // { label: 'Seized (parcels/h)', latest: '0 parcels/h at Day 1, 14:00', highest: '2 parcels/h at Day 1, 09:00' }
 */
export function chartSummary(def: ChartDef, series: HourSeries): ChartSummary {
  const caption = series.length === 0
    ? `${def.title}: no hours recorded yet.`
    : `${def.title}: ${series.length} hour${series.length === 1 ? '' : 's'} recorded, up to ${series.clockText(series.lastHour)}. ${def.description}`;
  const rows = def.series.map((s) => {
    const key = COLUMN_KEYS[s.column];
    return { label: s.label, latest: at(series, series.latest(s.column), key), highest: at(series, series.peak(s.column), key) };
  });
  return { caption, rows };
}

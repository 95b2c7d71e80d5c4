/**
 * What each time chart shows, as plain data: title, axes with units, and series with their
 * colours. `TimeChart` turns a definition into uPlot options; `chartSummary` turns it into the
 * text alternative. Keeping them as data keeps the four charts alike and lets tests read them.
 */
import { LINE_COLOURS, LINE_DASHES, OKABE_ITO } from '../../palette/index.js';
import { QUEUE_STATIONS } from '../../scenario/index.js';
import { STATION_LABELS } from '../glossary.js';
import type { ColumnId } from './HourSeries.js';

/** How an axis writes its values. */
export type AxisKind = 'count' | 'share' | 'hours';

export interface AxisDef {
  /** Axis title, with its unit in brackets. */
  label: string;
  kind: AxisKind;
  /** Fixed upper end (shares: 1 = 100 %); otherwise the data decide, from 0. */
  max?: number;
}

export interface SeriesDef {
  column: ColumnId;
  /** Legend label. */
  label: string;
  /** Bars cover the hour that ends at their x; lines join the end-of-hour values. */
  kind: 'bars' | 'line';
  axis: 'left' | 'right';
  colour: string;
  dash?: readonly number[];
  /** Fill under a line (a paler copy of its colour). */
  fill?: boolean;
}

export interface ChartDef {
  id: 'interdiction' | 'released' | 'backlog' | 'utilization';
  title: string;
  /** One sentence on how to read the chart, shown under the title. */
  description: string;
  left: AxisDef;
  right?: AxisDef;
  series: readonly SeriesDef[];
}

/**
 * The four charts of the run, in page order.
 *
 * @example
 * CHART_DEFS.map((d) => d.title); // ['Seizures and contraband seized', 'Parcels released per hour', ...]
 */
export const CHART_DEFS: readonly ChartDef[] = [
  {
    id: 'interdiction',
    title: 'Seizures and contraband seized',
    description: 'Bars: parcels seized in each hour. Line: of the contraband that has arrived so far, the share already seized.',
    left: { label: 'Seized (parcels/h)', kind: 'count' },
    right: { label: 'Seized so far (%)', kind: 'share' },
    series: [
      { column: 'seized', label: 'Seized (parcels/h)', kind: 'bars', axis: 'left', colour: OKABE_ITO.vermillion },
      { column: 'seizedShare', label: 'Contraband seized so far (%)', kind: 'line', axis: 'right', colour: OKABE_ITO.blue },
    ],
  },
  {
    id: 'released',
    title: 'Parcels released per hour',
    description: 'Parcels handed back to the postal service in each hour, against parcels arriving: when arrivals run above releases, the backlog grows.',
    left: { label: 'Rate (parcels/h)', kind: 'count' },
    series: [
      { column: 'released', label: 'Released (parcels/h)', kind: 'line', axis: 'left', colour: OKABE_ITO.bluishGreen, fill: true },
      { column: 'arrived', label: 'Arrived (parcels/h)', kind: 'line', axis: 'left', colour: OKABE_ITO.black, dash: [6, 4] },
    ],
  },
  {
    id: 'backlog',
    title: 'Backlog and time to release',
    description: 'Parcels inside the facility at the end of each hour, and how long after their flight landed the parcels released in that hour were released, on average.',
    left: { label: 'Inside (parcels)', kind: 'count' },
    right: { label: 'Landing to release, mean (h)', kind: 'hours' },
    series: [
      { column: 'inside', label: 'Inside (parcels)', kind: 'line', axis: 'left', colour: OKABE_ITO.reddishPurple, fill: true },
      { column: 'meanDwell', label: 'Landing to release, mean (h)', kind: 'line', axis: 'right', colour: OKABE_ITO.blue, dash: [10, 5] },
    ],
  },
  {
    id: 'utilization',
    title: 'Station utilization',
    description: 'The share of each hour that a station’s officers were busy. A gap means nobody was on duty there.',
    left: { label: 'Busy (%)', kind: 'share', max: 1 },
    series: QUEUE_STATIONS.map((s, i): SeriesDef => ({
      column: `util.${s}`, label: STATION_LABELS[s], kind: 'line', axis: 'left', colour: LINE_COLOURS[i % LINE_COLOURS.length], dash: LINE_DASHES[i % LINE_DASHES.length],
    })),
  },
];

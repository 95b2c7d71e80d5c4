/** Public exports of the charts: the time charts panel, the yield–throughput plot, and their pure parts. */
export { ChartsPanel } from './ChartsPanel.js';
export { FrontierPlot } from './FrontierPlot.js';
export { HourSeries, COLUMN_KEYS, type ColumnId } from './HourSeries.js';
export { CHART_DEFS, type ChartDef, type SeriesDef, type AxisDef } from './chartDefs.js';
export { chartSummary, type ChartSummary, type ChartSummaryRow } from './chartSummary.js';
export { frontierLayout, DEFAULT_SIZE, CURRENT, type FrontierLayout } from './frontierLayout.js';
export { hourTickLabel, timeAxisRange, HOUR_INCRS } from './hourTicks.js';


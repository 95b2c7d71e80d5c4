/** Public exports of the metrics panel: the DOM panel and the pure functions behind it. */
export { MetricsPanel } from './MetricsPanel.js';
export {
  liveView, finishedView, livePoint, valueOf, tickOfficerClock, officersOnDuty, stationOnDuty, meanDwellFromRows, liveInterdictionRate,
  releasedUnscreenedFromRows, KNOWN_AT_END,
  type HeadlineView, type MetricGroup, type MetricReading, type StationRow, type OfficerClock,
} from './liveMetrics.js';
export { summaryText } from './summaryText.js';
export { readingText } from './readingText.js';
export { NOT_AVAILABLE, formatCount, formatDecimal, formatPercent, formatHours, withNoun, isKnown } from './formatNumber.js';

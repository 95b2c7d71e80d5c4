/**
 * What the page shows of a running simulation: each frame from the worker goes to the clock, the
 * facility, the charts and the parcel story at once, and, at a readable pace, to the numbers panel
 * and the live point of the yield–throughput plot; at the end, the results. It holds the rows
 * received so far and the pacing clocks, and nothing else; `load` empties everything for a new run.
 */
import type { HourRow, RunResults } from '../../model/index.js';
import { pointFromResults } from '../../experiments/presetPoints.js';
import type { ChartsPanel, FrontierPlot } from '../charts/index.js';
import type { FacilityPanel } from '../facility/FacilityPanel.js';
import type { MetricsPanel } from '../metrics/index.js';
import { elapsedSeconds } from '../metrics/liveMetrics.js';
import type { KpiStrip } from '../metrics/KpiStrip.js';
import type { ClockDisplay } from '../run/ClockDisplay.js';
import type { Frame } from '../run/SimClient.js';
import type { ResultsExport } from '../run/ResultsExport.js';
import type { StoryPanel } from '../story/StoryPanel.js';
import type { StepStatus } from '../run/StepStatus.js';

/** Real time between moves of the live point on the yield–throughput plot, ms. */
const LIVE_POINT_MS = 500;
/**
 * Real time between refreshes of the numbers panel while running, ms: numbers changing 30 times a
 * second cannot be read, and every change costs the browser a repaint of the panel.
 */
const PANEL_MS = 250;
const CURRENT_LABEL = 'This run';

export interface LiveParts {
  clock: ClockDisplay;
  facility: FacilityPanel;
  charts: ChartsPanel;
  story: StoryPanel;
  metrics: MetricsPanel;
  frontier: FrontierPlot;
  results: ResultsExport;
  kpis: KpiStrip;
  /** The status line that says what a step ran. */
  status: Pick<StepStatus, 'show' | 'clear'>;
  now(): number;
}

export class LiveRunView {
  private rows: HourRow[] = [];
  private lastPoint = 0;
  private lastPanel = 0;

  constructor(private readonly parts: LiveParts) {}

  /** Empties every part for a new run. */
  load(): void {
    const p = this.parts;
    this.rows = [];
    p.metrics.reset();
    p.results.clear();
    p.charts.reset();
    p.story.reset();
    p.frontier.setCurrent(null);
    p.kpis.show(null, []);
    p.status.clear();
  }

  frame(f: Frame): void {
    const p = this.parts;
    if (f.newRows.length > 0) this.rows = this.rows.concat(f.newRows);
    p.clock.show(f.snapshot, f.running);
    p.charts.setSpan(f.snapshot.statsStart, f.snapshot.endTime);
    p.facility.update(f.snapshot, !f.running);
    p.charts.append(f.newRows);
    p.story.update(f.snapshot, !f.running);
    if (f.stepped !== undefined) p.status.show(f.stepped, f.snapshot);
    else if (f.running) p.status.clear();
    const now = p.now();
    if (now - this.lastPanel > PANEL_MS || !f.running) {
      this.lastPanel = now;
      p.metrics.update(f.snapshot, this.rows, f.running);
      p.kpis.show(p.metrics.point(CURRENT_LABEL), this.rows);
    }
    if (now - this.lastPoint > LIVE_POINT_MS || !f.running) {
      this.lastPoint = now;
      // Per day, each figure over the time it covers: the delay over the completed hours it sums.
      p.frontier.setCurrent(p.metrics.point(CURRENT_LABEL), elapsedSeconds(f.snapshot) / 86_400, { delayDays: this.rows.length / 24, finished: false });
    }
  }

  finished(results: RunResults): void {
    const p = this.parts;
    p.metrics.finish(results);
    p.results.show(results);
    // The rows since the opening (results.hourly also holds the warm-up's).
    p.kpis.show(pointFromResults(CURRENT_LABEL, results), this.rows);
    p.frontier.setCurrent(pointFromResults(CURRENT_LABEL, results), results.simulatedHours / 24, { finished: true });
  }
}

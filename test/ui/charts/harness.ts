/**
 * Throwaway visual harness: runs a preset in the page, hour by hour in quarter-hour snapshots,
 * and feeds MetricsPanel, ChartsPanel and FrontierPlot the way the app's worker messages would.
 * Query: ?preset=baseline&hour=12&x=releasedPerHour&days=1 (hour < days*24 stops mid-run).
 */
import { Facility, buildResults, takeSnapshot, type HourRow } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { computePresetPoints, pointFromResults } from '../../../src/experiments/presetPoints.js';
import { MetricsPanel } from '../../../src/ui/metrics/index.js';
import type { FrontierX } from '../../../src/experiments/index.js';
import { ChartsPanel, FrontierPlot } from '../../../src/ui/charts/index.js';

const q = new URLSearchParams(location.search);
const preset = q.get('preset') ?? 'baseline';
const days = Number(q.get('days') ?? 1);
const stopAt = Number(q.get('hour') ?? days * 24);
const byId = (id: string): HTMLElement => document.getElementById(id)!;

const metrics = new MetricsPanel(byId('metrics'));
const charts = new ChartsPanel(byId('charts'));
charts.resize(byId('charts').clientWidth);
const frontier = new FrontierPlot(byId('frontier'));
frontier.setXMetric((q.get('x') ?? 'releasedPerHour') as FrontierX);
const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

async function main(): Promise<void> {
  await nextFrame();
  frontier.setPresetPoints(computePresetPoints(undefined, 1, days));
  const f = new Facility(getPreset(preset).scenario, { seed: 1, days });
  const rows: HourRow[] = [];
  for (let quarter = 1; quarter <= stopAt * 4; quarter++) {
    f.advance(quarter * 900);
    const fresh = f.hourly.rows.slice(rows.length);
    rows.push(...fresh);
    charts.append(fresh);
    metrics.update(takeSnapshot(f), rows);
    frontier.setCurrent(metrics.point('this run (so far)'));
    if (quarter % 8 === 0) await nextFrame();
  }
  if (f.finished) {
    const results = buildResults(f);
    metrics.finish(results);
    frontier.setCurrent(pointFromResults('this run', results));
  }
  byId('summary').textContent = metrics.summaryText();
  await new Promise((r) => setTimeout(r, 600)); // the charts redraw at most every 250 ms
  document.body.dataset.ready = '1';
}

main().catch((e) => {
  byId('summary').textContent = `harness failed: ${e instanceof Error ? e.stack : e}`;
  document.body.dataset.ready = 'error';
});

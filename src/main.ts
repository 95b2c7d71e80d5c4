/**
 * The browser app's composition root (docs/architecture.md rule 8): it creates the workers, the Pixi
 * canvas and the panels, and wires them together. The simulation runs in a Web Worker; the page
 * keeps only view state (rows received so far, the selection, the run's settings) and draws the
 * snapshots the worker sends.
 *
 * Flow: the link (or the default) gives the run's settings → the worker loads the run →
 * RunControls (an XState actor) turns clicks into play/pause/step commands → each frame updates
 * the clock, canvas, numbers, charts and parcel story → at the end the results go to the
 * numbers panel, the yield–throughput plot and the JSON export.
 */
import 'pixi.js/unsafe-eval';
import { z } from 'zod';
import type { HourRow } from './model/index.js';
import { pointFromResults } from './experiments/presetPoints.js';
import { ChartsPanel, FrontierPlot } from './ui/charts/index.js';
import {
  Announcer, ClockDisplay, encodeShareLink, FacilityPanel, Notice, PresetPointsClient, ResultsExport, RunControls, runFromLink,
  ScenarioPanel, SharePanel, SimClient, StoryPanel, Tabs, byId, type RunSpec,
} from './ui/index.js';
import { MetricsPanel } from './ui/metrics/index.js';
import { mountExperimentsPanel } from './ui/experiments/index.js';
import { presetNames } from './scenario/index.js';
import './ui/styles/app.css';

/** Preset points are computed for runs up to this long (8 presets × days of simulation). */
const POINTS_MAX_DAYS = 14;
/** Real time between moves of the live point on the yield–throughput plot, ms. */
const LIVE_POINT_MS = 500;
/**
 * Real time between refreshes of the numbers panel while running, ms: numbers changing 30 times a
 * second cannot be read, and every change costs the browser a repaint of the panel.
 */
const PANEL_MS = 250;
const CURRENT_LABEL = 'This run';

// The page's Content-Security-Policy forbids eval; zod would otherwise probe for it (and log a violation).
z.config({ jitless: true });

async function main(): Promise<void> {
  const notice = new Notice(byId('notice'));
  const opened = runFromLink(location.hash);
  if (opened.message !== null) notice.show(opened.message);
  let spec: RunSpec = opened.spec;
  let rows: HourRow[] = [];
  let lastPoint = 0;
  let lastPanel = 0;

  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  document.documentElement.classList.toggle('ix-reduced-motion', reducedMotion);
  const tabs = new Tabs(byId('side-tabs'));
  const clock = new ClockDisplay(byId('clock'));
  const metrics = new MetricsPanel(byId('metrics'));
  const results = new ResultsExport(byId('results'));
  const chartsRoot = byId('charts');
  const charts = new ChartsPanel(chartsRoot);
  new ResizeObserver(() => charts.resize(chartsRoot.clientWidth)).observe(chartsRoot);
  const frontier = new FrontierPlot(byId('frontier'));
  const share = new SharePanel(byId('share'));
  const announcer = new Announcer(byId('announcer'), () => metrics.summaryText());
  const pointsStatus = byId('points-status');
  const facility = await FacilityPanel.create(byId('facility'), byId('legend'), byId('scale-note'), reducedMotion);

  const points = new PresetPointsClient(() => new Worker(new URL('./ui/pointsWorker.ts', import.meta.url), { type: 'module' }), {
    progress: (fraction, preset) => (pointsStatus.textContent = `Running the presets for comparison: ${Math.round(fraction * 100)}% (${preset} done)…`),
    points: (list) => {
      frontier.setPresetPoints(list);
      pointsStatus.textContent = `Each preset was run once with seed ${spec.seed} for ${spec.days} ${spec.days === 1 ? 'day' : 'days'}, like this run.`;
    },
    error: (message) => (pointsStatus.textContent = `The presets could not be run for comparison: ${message}`),
  });

  const sim = new SimClient(new Worker(new URL('./ui/simWorker.ts', import.meta.url), { type: 'module' }), {
    frame: (f) => {
      if (f.newRows.length > 0) rows = rows.concat(f.newRows);
      clock.show(f.snapshot.time, f.snapshot.endTime, f.snapshot.events, f.running);
      facility.update(f.snapshot, !f.running);
      charts.append(f.newRows);
      story.update(f.snapshot, !f.running);
      const now = performance.now();
      if (now - lastPanel > PANEL_MS || !f.running) {
        lastPanel = now;
        metrics.update(f.snapshot, rows, f.running);
      }
      if (now - lastPoint > LIVE_POINT_MS || !f.running) {
        lastPoint = now;
        frontier.setCurrent(metrics.point(CURRENT_LABEL));
      }
    },
    finished: (r) => {
      metrics.finish(r);
      results.show(r);
      frontier.setCurrent(pointFromResults(CURRENT_LABEL, r));
      controls.finish();
    },
    error: (message) => {
      notice.show(`The simulation stopped with an error: ${message}`, 'error');
      if (controls.state === 'running') controls.actor.send({ type: 'PAUSE' });
    },
  });

  const story = new StoryPanel(byId('panel-story'), {
    story: (id) => sim.story(id),
    reveal: (on) => facility.view.setReveal(on),
    highlight: (id) => facility.view.setHighlight(id),
  });
  facility.view.onSelect((sel) => {
    tabs.select('tab-story');
    if (sel.kind === 'parcel') story.showParcel(sel.id);
    else story.showArea(sel);
  });

  /** Loads `spec` into the worker, paused at time 0, and empties every panel. */
  const start = (next: RunSpec): void => {
    spec = next;
    rows = [];
    metrics.reset();
    results.clear();
    charts.reset();
    story.reset();
    frontier.setCurrent(null);
    sim.load(spec.scenario, spec.seed, spec.days);
    share.show(encodeShareLink(spec));
    byId('run-name').textContent = `· ${spec.preset}${encodeShareLink(spec).includes('changes=') ? ' (changed)' : ''}, seed ${spec.seed}`;
    if (spec.days <= POINTS_MAX_DAYS) points.request(spec.seed, spec.days);
    else pointsStatus.textContent = `Preset points are computed for runs of up to ${POINTS_MAX_DAYS} days.`;
  };

  const controls = new RunControls(byId('run-controls'), {
    play: (speed) => {
      facility.setSpeed(speed);
      sim.play(speed);
    },
    pause: () => sim.pause(),
    step: (unit) => sim.step(unit),
    reset: () => start(spec),
  });
  controls.onChange((state) => announcer.runState(state));

  const scenario = new ScenarioPanel(byId('scenario'), (next) => {
    spec = next;
    notice.clear();
    controls.restart();
  });
  scenario.load(spec);

  // Experiments run in their own pool of Web Workers (one per core, or `?workers=N` in the address, which
  // the end-to-end tests use); a point of a sweep opens as a live run.
  const workersParam = new URLSearchParams(location.search).get('workers');
  const workers = workersParam !== null && /^[1-9]\d?$/.test(workersParam) ? Number(workersParam) : undefined;
  mountExperimentsPanel(byId('experiments'), {
    currentScenario: () => ({ scenario: spec.scenario, seed: spec.seed }),
    openRun: (s, seed) => {
      spec = { preset: presetNames().includes(s.name) ? s.name : spec.preset, scenario: s, seed, days: s.days };
      scenario.load(spec);
      notice.clear();
      controls.restart();
      byId('facility-section').focus();
    },
  }, { workers });

  // A link pasted into the address bar of an open page: load it like a fresh page would.
  addEventListener('hashchange', () => {
    if (location.hash.slice(1) === encodeShareLink(spec)) return;
    const linked = runFromLink(location.hash);
    if (linked.message !== null) notice.show(linked.message);
    else notice.clear();
    scenario.load(linked.spec);
    spec = linked.spec;
    controls.restart();
  });

  start(spec);
  document.body.dataset.ready = 'true';
}

main().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  const box = document.getElementById('notice');
  if (box) {
    box.hidden = false;
    box.textContent = `Interdict could not start: ${message}`;
  }
  console.error(e);
});

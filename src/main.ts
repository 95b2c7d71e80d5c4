/**
 * The browser app's composition root (docs/architecture.md rule 8): it creates the workers, the Pixi
 * canvas and the panels, in the order they depend on each other, and wires them together. The
 * simulation runs in a Web Worker; the page keeps only view state and draws the snapshots the
 * worker sends.
 *
 * Flow: the link (or the default) gives the run (`CurrentRun`) → the worker loads it → RunControls
 * (an XState actor whose effects are supplied here) turns clicks into play/pause/step → each frame
 * goes to the parts of the page through `LiveRunView` → at the end the results go to the numbers
 * panel, the yield–throughput plot and the JSON export. Whatever replaces the run (the scenario
 * form, a sweep point, a pasted link) replaces it in `CurrentRun`, and the run restarts.
 */
import 'pixi.js/unsafe-eval';
import { z } from 'zod';
import { ChartsPanel, FrontierPlot } from './ui/charts/index.js';
import {
  Announcer, ClockDisplay, encodeShareLink, FacilityPanel, Notice, ResultsExport, RunControls, runFromLink,
  ScenarioPanel, SharePanel, SimClient, StoryPanel, Tabs, byId, type RunSpec,
} from './ui/index.js';
import { CurrentRun } from './ui/app/CurrentRun.js';
import { runTitle } from './ui/app/runTitle.js';
import { LiveRunView } from './ui/app/LiveRunView.js';
import { shippedPresetPoints } from './ui/points/presetFigures.js';
import { MetricsPanel } from './ui/metrics/index.js';
import { KpiStrip } from './ui/metrics/KpiStrip.js';
import { createWebWorkerPool, mountExperimentsPanel, mountOptimizePanel, type ExperimentsHost } from './ui/experiments/index.js';
import { LessonsPanel } from './ui/lessons/LessonsPanel.js';
import { mountAdversaryPanel } from './ui/adversary/index.js';
import { mountFitPanel } from './ui/fit/index.js';
import { PresentationMode } from './ui/app/PresentationMode.js';
import { ZoomControls } from './ui/facility/ZoomControls.js';
import { StepStatus } from './ui/run/StepStatus.js';
import { WhatToTry } from './ui/tips/WhatToTry.js';
import { withHalfTheExamOfficers } from './ui/tips/tips.js';
import type { TipsStorage } from './ui/tips/tipsPreference.js';
import { presetNames } from './scenario/index.js';
import { changeWords } from './ui/controls/liveChanges.js';
import { CompanionRun, workerPort } from './ui/app/CompanionRun.js';
import { CompanionBar } from './ui/app/CompanionBar.js';
import { companionLabel } from './ui/app/companionLabel.js';
import { pointFromResults } from './experiments/presetPoints.js';
import './ui/styles/app.css';

// The page's Content-Security-Policy forbids eval; zod would otherwise probe for it (and log a violation).
z.config({ jitless: true });

async function main(): Promise<void> {
  const notice = new Notice(byId('notice'));
  const opened = runFromLink(location.hash);
  if (opened.message !== null) notice.show(opened.message);
  const run = new CurrentRun(opened.spec);

  // The parts that only show things.
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  document.documentElement.classList.toggle('ix-reduced-motion', reducedMotion);
  const tabs = new Tabs(byId('side-tabs'));
  const metrics = new MetricsPanel(byId('metrics'));
  const chartsRoot = byId('charts');
  const charts = new ChartsPanel(chartsRoot, () => run.spec);
  new ResizeObserver(() => charts.resize(chartsRoot.clientWidth)).observe(chartsRoot);
  const frontier = new FrontierPlot(byId('frontier'), () => run.spec);
  const share = new SharePanel(byId('share'));
  // Before the canvas is made, so it starts at its presentation size; the share link keeps the mode.
  new PresentationMode(byId<HTMLButtonElement>('present-toggle'), () => share.show(encodeShareLink(run.spec)));
  const announcer = new Announcer(byId('announcer'), () => metrics.summaryText());
  const facility = await FacilityPanel.create(byId('facility'), byId('legend'), byId('scale-note'), reducedMotion);
  byId('facility-section').append(new ZoomControls(byId('facility'), (view) => facility.setView(view)).element);

  // The simulation, then what asks it for stories, then what shows its frames.
  const sim = new SimClient(new Worker(new URL('./ui/simWorker.ts', import.meta.url), { type: 'module' }));
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
  const kpis = new KpiStrip(byId('kpis'));
  const live = new LiveRunView({
    clock: new ClockDisplay(byId('clock')), facility, charts, story, metrics, frontier, results: new ResultsExport(byId('results')),
    kpis,
    status: new StepStatus(byId('step-status')),
    now: () => performance.now(),
  });
  // The presets' points are shipped with their intervals (npm run calibration), not run in the page.
  frontier.setPresetPoints(shippedPresetPoints());

  /** Shows the run's record: its share link, its name, and the changes made during it on the charts. */
  const record = (spec: RunSpec): void => {
    share.show(encodeShareLink(spec));
    // One name for the run, in the header and in the numbers panel's "Finished: ..." (app/runTitle.ts).
    const title = runTitle(spec);
    byId('run-name').textContent = `· ${title}`;
    metrics.setTitle(title);
    // Marked at their hour on the run's clock; the charts place it from the opening.
    charts.setMarkers((spec.scenario.changesDuringRun ?? []).map((c) => ({ hour: c.atMinute / 60, words: changeWords(c, spec.scenario) })));
  };
  // Run B beside this run: same seed and days, its own worker, following this run's clock.
  const companionBar = new CompanionBar(byId('companion'), () => companion.stop());
  const companion = new CompanionRun(() => workerPort(new Worker(new URL('./ui/simWorker.ts', import.meta.url), { type: 'module' })), (u) => {
    if (u === null) {
      kpis.showCompanion(null, 0);
      frontier.setCompanion(null);
      companionBar.hide();
    } else if ('error' in u) {
      notice.show(`Run B stopped with an error: ${u.error}`, 'error');
      companion.stop();
    } else {
      kpis.showCompanion(pointFromResults('B', u.results), u.results.parcels.releasedUnscreened);
      frontier.setCompanion(pointFromResults('B', u.results), u.results.simulatedHours / 24);
    }
  });

  /** Loads the current run into the worker, paused at time 0, and empties every panel. */
  const load = (spec: RunSpec): void => {
    live.load();
    sim.load(spec.scenario, spec.seed, spec.days);
    record(spec);
    companion.restart(spec.seed, spec.days);
    if (companion.spec !== null) {
      kpis.showCompanion(null, 0);
      frontier.setCompanion(null);
    }
  };

  // The run control, whose effects reach the simulation.
  const controls = new RunControls(byId('run-controls'), {
    play: (speed) => {
      facility.setSpeed(speed);
      sim.play(speed);
    },
    pause: () => sim.pause(),
    step: (unit) => sim.step(unit),
    reset: () => load(run.spec),
  });
  controls.onChange((state) => {
    announcer.runState(state);
    scenario.setLive(state === 'running' || state === 'paused');
  });
  sim.listen({
    frame: (f) => {
      live.frame(f);
      companion.follow(f.snapshot.time);
    },
    finished: (r) => {
      live.finished(r);
      controls.finish();
      companion.follow(Infinity);
    },
    changed: (changes, refused) => {
      run.amend(changes);
      if (refused !== null) notice.show(`The change was not made: ${refused}.`);
      else announcer.say(`Changed at the next minute: ${changes.map((c) => changeWords(c, run.spec.scenario)).join('; ')}.`);
    },
    error: (message) => {
      notice.show(`The simulation stopped with an error: ${message}`, 'error');
      if (controls.state === 'running') controls.actor.send({ type: 'PAUSE' });
    },
  });

  // What replaces the run: the scenario form, a point of a sweep, a link pasted into the address bar.
  const scenario = new ScenarioPanel(byId('scenario'), {
    apply: (next) => run.replace(next, 'form'),
    changeLive: (requests) => sim.change(requests),
    compare: (b) => {
      const label = companionLabel(run.spec.scenario, b);
      companion.start({ label, scenario: b, seed: run.spec.seed, days: run.spec.days });
      companionBar.show(label);
      scenario.load(run.spec); // the form shows run A again; B's settings are in its label
      controls.restart();
    },
  });
  run.onAmend((spec) => {
    scenario.load(spec);
    record(spec);
  });
  run.onReplace((spec, from) => {
    if (from !== 'form') scenario.load(spec);
    if (from !== 'link') notice.clear();
    controls.restart();
  });
  // Experiments run in their own pool of Web Workers (one per core, or `?workers=N` in the address, which
  // the end-to-end tests use); a point of a sweep opens as the live run.
  const workersParam = new URLSearchParams(location.search).get('workers');
  const workers = workersParam !== null && /^[1-9]\d?$/.test(workersParam) ? Number(workersParam) : undefined;
  const experimentsHost: ExperimentsHost = {
    currentScenario: () => ({ scenario: run.spec.scenario, seed: run.spec.seed }),
    sweepFinished: (result) => frontier.setSweep(result),
    openRun: (s, seed) => {
      run.replace({ preset: presetNames().includes(s.name) ? s.name : run.spec.preset, scenario: s, seed, days: s.days }, 'experiment');
      byId('facility-section').focus();
    },
  };
  mountExperimentsPanel(byId('experiments'), experimentsHost, { workers });
  mountOptimizePanel(byId('optimize'), experimentsHost, { workers });
  // "Smugglers adapt": the adapting adversary's rounds, on their own Web Workers; `?adversary=1` scrolls to it.
  mountAdversaryPanel(byId('adversary'), { currentScenario: () => ({ scenario: run.spec.scenario, seed: run.spec.seed }) }, { workers });
  if (new URLSearchParams(location.search).get('adversary') === '1') byId('adversary-section').scrollIntoView();
  // "Fit to your facility's data": calibration to a data file on the same kind of pool; the calibrated scenario opens as the live run.
  mountFitPanel(byId('fit'), experimentsHost, { workers });
  // Guided lessons, on their own Web Workers; `?lesson=ID` in the address opens one.
  const lessonParam = new URLSearchParams(location.search).get('lesson');
  const lessons = new LessonsPanel(byId('panel-lessons'), () => createWebWorkerPool({ workers }), lessonParam);
  if (lessonParam !== null) tabs.select('tab-lessons');
  // First visit: "What to try" (a lesson, a change, a step); `?tips=0` or the Scenario tab's switch turns it off.
  const tips = new WhatToTry(byId('what-to-try'), {
    start: (tip) => {
      const a = tip.action;
      if (a.kind === 'lesson') {
        lessons.open(a.lesson);
        tabs.select('tab-lessons', true);
      } else if (a.kind === 'step') controls.actor.send({ type: 'STEP', unit: 'event' });
      else {
        run.replace({ ...run.spec, scenario: withHalfTheExamOfficers(run.spec.scenario) }, 'experiment');
        controls.actor.send({ type: 'PLAY' });
      }
    },
  }, browserStorage(), location.search);
  byId('tips-switch').append(tips.toggle());
  addEventListener('hashchange', () => {
    if (location.hash.slice(1) === encodeShareLink(run.spec)) return;
    const linked = runFromLink(location.hash);
    if (linked.message !== null) notice.show(linked.message);
    else notice.clear();
    run.replace(linked.spec, 'link');
  });

  scenario.load(run.spec);
  load(run.spec);
  document.body.dataset.ready = 'true';
}

/** This browser's localStorage, or null where the page may not use it. */
function browserStorage(): TipsStorage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
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

/**
 * The facility render worker (a module Web Worker, created by `FacilityPanel`): it draws the
 * Pixi facility view on an OffscreenCanvas handed over by the page. Under software WebGL every
 * frame costs tens of milliseconds of CPU; drawn here, that work no longer blocks the page's main
 * thread (measured with scripts/measure-browser.ts: long tasks at max speed went from about 10%
 * of main-thread time to under 1%).
 *
 * Snapshots are kept until the next tick and only the latest is drawn, so a burst of frames from
 * the simulation costs one update. The software-GL frame-rate policy of `softwareGl.ts` applies
 * here as it did on the page. Clicks arrive as canvas CSS pixels and are picked with the view's
 * own hit logic.
 */
/// <reference lib="webworker" />
import 'pixi.js/unsafe-eval';
import { Application, DOMAdapter, UPDATE_PRIORITY, WebWorkerAdapter } from 'pixi.js';
import type { FacilitySnapshot } from '../../model/index.js';
import { FacilityView } from '../../render/FacilityView.js';
import { FLOOR } from '../../render/palette.js';
import type { FromRender, ToRender } from './facilityProtocol.js';
import { SOFTWARE_GL_FPS, SOFTWARE_GL_MAX_SPEED_FPS, softwareGl } from './softwareGl.js';

/** Real time between scale-note messages, ms (the note's numbers move slowly). */
const NOTE_EVERY_MS = 2000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
DOMAdapter.set(WebWorkerAdapter);

let app: Application | null = null;
let view: FacilityView | null = null;
let software = false;
let pending: { snapshot: FacilitySnapshot; always: boolean } | null = null;
let lastNote = -Infinity;
let sentNote = '';

const post = (m: FromRender): void => scope.postMessage(m);

/** Draws the latest snapshot received, if any, and sends the scale note when it is due. */
function flush(): void {
  if (!view || !pending) return;
  const { snapshot, always } = pending;
  pending = null;
  view.update(snapshot);
  const now = performance.now();
  if (!always && now - lastNote < NOTE_EVERY_MS) return;
  lastNote = now;
  const scaleNote = view.scaleNote;
  const selectable = view.selectable;
  const key = scaleNote + JSON.stringify(selectable);
  if (key === sentNote) return;
  sentNote = key;
  post({ type: 'note', scaleNote, selectable });
}

async function init(m: Extract<ToRender, { type: 'init' }>): Promise<void> {
  software = softwareGl(() => new OffscreenCanvas(1, 1));
  const a = new Application();
  await a.init({
    canvas: m.canvas,
    width: m.width,
    height: m.height,
    preference: 'webgl',
    background: FLOOR.background,
    antialias: !software,
    autoDensity: false, // an OffscreenCanvas has no style; the page sizes the element
    resolution: m.resolution,
  });
  if (software) a.ticker.maxFPS = SOFTWARE_GL_FPS;
  app = a;
  view = new FacilityView(a, { reducedMotion: m.reducedMotion });
  a.ticker.add(flush, undefined, UPDATE_PRIORITY.HIGH);
  post({ type: 'ready', software, legend: view.legend, scaleNote: view.scaleNote, selectable: view.selectable });
}

scope.onmessage = (event: MessageEvent<ToRender>) => {
  const m = event.data;
  if (m.type === 'init') {
    init(m).catch((e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));
    return;
  }
  if (!app || !view) return;
  switch (m.type) {
    case 'snapshot':
      // A paused or final frame is drawn even if a newer running one was waiting (it is newer).
      pending = { snapshot: m.snapshot, always: m.always || (pending?.always ?? false) };
      break;
    case 'resize':
      app.renderer.resize(m.width, m.height, m.resolution);
      view.resize(m.width, m.height);
      break;
    case 'speed':
      if (software) app.ticker.maxFPS = m.speed === 'max' ? SOFTWARE_GL_MAX_SPEED_FPS : SOFTWARE_GL_FPS;
      break;
    case 'reveal':
      view.setReveal(m.on);
      break;
    case 'highlight':
      view.setHighlight(m.id);
      break;
    case 'pick': {
      flush();
      const selection = view.pickAt(m.x, m.y);
      if (selection) post({ type: 'select', selection });
      break;
    }
  }
};

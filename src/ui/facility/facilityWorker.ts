/**
 * The facility render worker (a module Web Worker, created by `FacilityPanel`): it draws the
 * Pixi facility view on an OffscreenCanvas handed over by the page. Under software WebGL every
 * frame costs tens of milliseconds of CPU; drawn here, that work no longer blocks the page's main
 * thread (measured with scripts/measure-browser.ts: long tasks at max speed went from about 10%
 * of main-thread time to under 1%).
 *
 * This file only supplies the real ports, Pixi, `postMessage` and the clock, to the
 * `FacilityRenderer`, which holds the logic (tested in Node with fakes).
 */
/// <reference lib="webworker" />
import 'pixi.js/unsafe-eval';
import { Application, DOMAdapter, UPDATE_PRIORITY, WebWorkerAdapter } from 'pixi.js';
import { FacilityView } from '../../render/FacilityView.js';
import { FLOOR } from '../../render/palette.js';
import type { ToRender } from './facilityProtocol.js';
import { FacilityRenderer } from './FacilityRenderer.js';
import { softwareGl } from './softwareGl.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
DOMAdapter.set(WebWorkerAdapter);

const renderer = new FacilityRenderer({
  post: (m) => scope.postMessage(m),
  now: () => performance.now(),
  async open(m) {
    const software = softwareGl(() => new OffscreenCanvas(1, 1));
    const app = new Application();
    await app.init({
      canvas: m.canvas,
      width: m.width,
      height: m.height,
      preference: 'webgl',
      background: FLOOR.background,
      antialias: !software,
      autoDensity: false, // an OffscreenCanvas has no style; the page sizes the element
      resolution: m.resolution,
    });
    return {
      software,
      view: new FacilityView(app, { reducedMotion: m.reducedMotion }),
      surface: {
        resize: (width, height, resolution) => app.renderer.resize(width, height, resolution),
        setMaxFps: (fps) => { app.ticker.maxFPS = fps; },
        onTick: (draw) => app.ticker.add(draw, undefined, UPDATE_PRIORITY.HIGH),
      },
    };
  },
});

scope.onmessage = (event: MessageEvent<ToRender>) => renderer.handle(event.data);

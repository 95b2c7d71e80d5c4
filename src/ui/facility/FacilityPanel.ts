/**
 * The facility canvas with its legend and scale note. Where the browser allows it, the Pixi
 * facility view is drawn in a worker on an OffscreenCanvas (`RemoteFacilityView`): under software
 * WebGL each frame costs tens of milliseconds of CPU, which would otherwise block the page's main
 * thread. Otherwise the Pixi Application is created here, at the edge of the app (docs/architecture.md
 * rule 8), sized to its container, and handed to the renderer's FacilityView. The legend lists
 * every mark with its colour and words (colour is never the only cue: the legend names each
 * one); the scale note says in words what a dot stands for. Under software WebGL the view is
 * drawn at 30 frames a second without multisampling, and at max speed less often still (see
 * `softwareGl.ts`).
 *
 * @example
 * const facility = await FacilityPanel.create(byId('facility'), byId('legend'), byId('scale-note'), reducedMotion);
 * facility.view.onSelect((sel) => ...);
 * facility.update(snapshot);
 */
import { Application } from 'pixi.js';
import type { FacilitySnapshot } from '../../model/index.js';
import { FacilityView } from '../../render/FacilityView.js';
import { FLOOR } from '../../render/palette.js';
import type { ViewState } from '../../render/viewTransform.js';
import { h } from '../dom.js';
import type { Speed } from '../protocol.js';
import { CANVAS_LABEL, RemoteFacilityView, type FacilitySurface } from './RemoteFacilityView.js';
import { SOFTWARE_GL_FPS, SOFTWARE_GL_MAX_SPEED_FPS, SOFTWARE_GL_MAX_SPEED_SNAPSHOT_MS, softwareGl } from './softwareGl.js';

/** Real time between scale-note refreshes, ms (the note's numbers move slowly). */
const NOTE_EVERY_MS = 2000;

/** Where the view is drawn: the calls that differ between the page and the worker. */
interface Drawing {
  view: FacilitySurface;
  software: boolean;
  draw(snapshot: FacilitySnapshot, always: boolean): void;
  speed(speed: Speed): void;
  /** True if the scale note is pushed by the drawing (worker) rather than polled here. */
  pushesNote: boolean;
  /** Called after the view drawn on the page has been resized. */
  onResize?: () => void;
}

export class FacilityPanel {
  private lastNote = 0;
  private lastDrawn = -Infinity;
  private minGapMs = 0;

  private constructor(private readonly drawing: Drawing, private readonly note: HTMLElement, private readonly host: HTMLElement) {}

  /**
   * Zooms and pans the facility (the page's zoom controls keep the view). The size of the
   * smallest words as shown is kept on the canvas's box as `data-text-px` (CSS pixels).
   */
  setView(view: ViewState): void {
    this.drawing.view.setView(view);
    if (!this.drawing.pushesNote) this.showTextSize();
  }

  private showTextSize(): void {
    const px = this.drawing.view.textPx.toFixed(1);
    if (this.host.dataset.textPx !== px) this.host.dataset.textPx = px;
  }

  /** The view: selection callbacks, reveal and highlight, legend, scale note, selectable areas. */
  get view(): FacilitySurface {
    return this.drawing.view;
  }

  /** True if the facility view is drawn in a worker rather than on the page's main thread. */
  get offscreen(): boolean {
    return this.drawing.pushesNote;
  }

  /**
   * Follows the playback speed. Under software WebGL, at max speed the view is drawn at a lower
   * frame rate: the run is a blur at that speed anyway, and every frame drawn in software takes
   * CPU time from the simulation worker and from the page.
   */
  setSpeed(speed: Speed): void {
    if (!this.drawing.software) return;
    this.drawing.speed(speed);
    this.minGapMs = speed === 'max' ? SOFTWARE_GL_MAX_SPEED_SNAPSHOT_MS : 0;
  }

  /** Starts the view in `host` (in a worker if possible, WebGL preferred) with its legend and note. */
  static async create(host: HTMLElement, legend: HTMLElement, note: HTMLElement, reducedMotion: boolean): Promise<FacilityPanel> {
    const drawing = (await inWorker(host, reducedMotion)) ?? (await onPage(host, reducedMotion));
    host.dataset.softwareGl = String(drawing.software);
    host.dataset.offscreen = String(drawing.pushesNote);
    legend.replaceChildren(...drawing.view.legend.map((e) =>
      h('li', { className: `ix-legend-item ix-legend-${e.group}` }, h('span', { className: 'ix-swatch', attrs: { 'aria-hidden': 'true', style: `--swatch: ${e.color}` } }), e.label)));
    const panel = new FacilityPanel(drawing, note, host);
    if (drawing.view instanceof RemoteFacilityView) {
      drawing.view.onNote(() => panel.refreshNote(true));
      drawing.view.onTextSize(() => panel.showTextSize());
    } else drawing.onResize = () => panel.showTextSize();
    panel.showTextSize();
    panel.refreshNote(true);
    return panel;
  }

  /**
   * Draws a snapshot. While running at max speed under software WebGL, at most one snapshot per
   * SOFTWARE_GL_MAX_SPEED_SNAPSHOT_MS is drawn (measured: each jfk-2018 snapshot costs tens of ms
   * of software GL work); `always` draws it regardless (a paused or final frame).
   */
  update(snapshot: FacilitySnapshot, always = false): void {
    const now = performance.now();
    if (!always && now - this.lastDrawn < this.minGapMs) return;
    this.lastDrawn = now;
    this.drawing.draw(snapshot, always);
    if (!this.drawing.pushesNote) {
      this.refreshNote(false);
      this.showTextSize();
    }
  }

  private refreshNote(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastNote < NOTE_EVERY_MS) return;
    this.lastNote = now;
    const text = this.drawing.view.scaleNote;
    if (this.note.textContent !== text) this.note.textContent = text;
  }
}

/** The view drawn in a worker on an OffscreenCanvas, or null if this browser cannot. */
async function inWorker(host: HTMLElement, reducedMotion: boolean): Promise<Drawing | null> {
  const remote = await RemoteFacilityView.start(host, reducedMotion);
  if (!remote) return null;
  return {
    view: remote, software: remote.software, pushesNote: true,
    draw: (s, always) => remote.update(s, always),
    speed: (speed) => remote.setSpeed(speed),
  };
}

/** The view drawn on the page's main thread: Pixi initialised in `host`. */
async function onPage(host: HTMLElement, reducedMotion: boolean): Promise<Drawing> {
  const software = softwareGl();
  const app = new Application();
  await app.init({
    resizeTo: host,
    preference: 'webgl',
    background: FLOOR.background,
    antialias: !software,
    autoDensity: true,
    resolution: Math.min(2, globalThis.devicePixelRatio || 1),
  });
  app.canvas.setAttribute('aria-label', CANVAS_LABEL);
  app.canvas.setAttribute('role', 'img');
  host.append(app.canvas);
  if (software) app.ticker.maxFPS = SOFTWARE_GL_FPS;
  const view = new FacilityView(app, { reducedMotion });
  const drawing: Drawing = {
    view, software, pushesNote: false,
    draw: (s) => view.update(s),
    speed: (speed) => (app.ticker.maxFPS = speed === 'max' ? SOFTWARE_GL_MAX_SPEED_FPS : SOFTWARE_GL_FPS),
  };
  app.renderer.on('resize', (width: number, height: number) => {
    view.resize(width, height);
    drawing.onResize?.();
  });
  // Pixi's resizeTo follows the window; the container also changes size when the layout does.
  new ResizeObserver(() => app.queueResize()).observe(host);
  return drawing;
}

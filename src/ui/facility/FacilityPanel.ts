/**
 * The facility canvas with its legend and scale note: creates and initialises the Pixi
 * Application (here, at the edge of the app, ARCHITECTURE.md rule 8), sized to its container,
 * and hands it to the renderer's FacilityView, which draws each snapshot. The legend lists every
 * mark with its colour and words (colour is never the only cue: the legend names each one); the
 * scale note says in words what a dot stands for. Under software WebGL the view is drawn at 30
 * frames a second without multisampling, and at max speed less often still (see `softwareGl.ts`).
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
import { h } from '../dom.js';
import type { Speed } from '../protocol.js';
import { SOFTWARE_GL_FPS, SOFTWARE_GL_MAX_SPEED_FPS, SOFTWARE_GL_MAX_SPEED_SNAPSHOT_MS, softwareGl } from './softwareGl.js';

/** Real time between scale-note refreshes, ms (the note's numbers move slowly). */
const NOTE_EVERY_MS = 2000;

export class FacilityPanel {
  private lastNote = 0;
  private lastDrawn = -Infinity;
  private minGapMs = 0;

  private constructor(readonly app: Application, readonly view: FacilityView, private readonly note: HTMLElement, private readonly software: boolean) {}

  /**
   * Follows the playback speed. Under software WebGL, at max speed the view is drawn at a lower
   * frame rate: the run is a blur at that speed anyway, and every frame drawn in software takes
   * CPU time from the simulation worker and from the page.
   */
  setSpeed(speed: Speed): void {
    if (!this.software) return;
    this.app.ticker.maxFPS = speed === 'max' ? SOFTWARE_GL_MAX_SPEED_FPS : SOFTWARE_GL_FPS;
    this.minGapMs = speed === 'max' ? SOFTWARE_GL_MAX_SPEED_SNAPSHOT_MS : 0;
  }

  /** Initialises Pixi in `host` (WebGL preferred) and builds the view, legend and note. */
  static async create(host: HTMLElement, legend: HTMLElement, note: HTMLElement, reducedMotion: boolean): Promise<FacilityPanel> {
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
    app.canvas.setAttribute('aria-label', 'The mail facility, animated. Use the parcel list in the Parcel tab to reach parcels from the keyboard.');
    app.canvas.setAttribute('role', 'img');
    host.append(app.canvas);
    if (software) app.ticker.maxFPS = SOFTWARE_GL_FPS;
    host.dataset.softwareGl = String(software);
    const view = new FacilityView(app, { reducedMotion });
    app.renderer.on('resize', (width: number, height: number) => view.resize(width, height));
    // Pixi's resizeTo follows the window; the container also changes size when the layout does.
    new ResizeObserver(() => app.queueResize()).observe(host);
    legend.replaceChildren(...view.legend.map((e) =>
      h('li', { className: `ix-legend-item ix-legend-${e.group}` }, h('span', { className: 'ix-swatch', attrs: { 'aria-hidden': 'true', style: `--swatch: ${e.color}` } }), e.label)));
    const panel = new FacilityPanel(app, view, note, software);
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
    this.view.update(snapshot);
    this.refreshNote(false);
  }

  private refreshNote(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastNote < NOTE_EVERY_MS) return;
    this.lastNote = now;
    const text = this.view.scaleNote;
    if (this.note.textContent !== text) this.note.textContent = text;
  }
}

/**
 * The facility canvas with its legend and scale note: creates and initialises the Pixi
 * Application (here, at the edge of the app, ARCHITECTURE.md rule 8), sized to its container,
 * and hands it to the renderer's FacilityView, which draws each snapshot. The legend lists every
 * mark with its colour and words (colour is never the only cue: the legend names each one); the
 * scale note says in words what a dot stands for.
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

/** Real time between scale-note refreshes, ms (the note's numbers move slowly). */
const NOTE_EVERY_MS = 2000;

export class FacilityPanel {
  private lastNote = 0;

  private constructor(readonly app: Application, readonly view: FacilityView, private readonly note: HTMLElement) {}

  /** Initialises Pixi in `host` (WebGL preferred) and builds the view, legend and note. */
  static async create(host: HTMLElement, legend: HTMLElement, note: HTMLElement, reducedMotion: boolean): Promise<FacilityPanel> {
    const app = new Application();
    await app.init({
      resizeTo: host,
      preference: 'webgl',
      background: FLOOR.background,
      antialias: true,
      autoDensity: true,
      resolution: Math.min(2, globalThis.devicePixelRatio || 1),
    });
    app.canvas.setAttribute('aria-label', 'The mail facility, animated. Use the parcel list in the Parcel tab to reach parcels from the keyboard.');
    app.canvas.setAttribute('role', 'img');
    host.append(app.canvas);
    const view = new FacilityView(app, { reducedMotion });
    app.renderer.on('resize', (width: number, height: number) => view.resize(width, height));
    // Pixi's resizeTo follows the window; the container also changes size when the layout does.
    new ResizeObserver(() => app.queueResize()).observe(host);
    legend.replaceChildren(...view.legend.map((e) =>
      h('li', { className: `ix-legend-item ix-legend-${e.group}` }, h('span', { className: 'ix-swatch', attrs: { 'aria-hidden': 'true', style: `--swatch: ${e.color}` } }), e.label)));
    const panel = new FacilityPanel(app, view, note);
    panel.refreshNote(true);
    return panel;
  }

  update(snapshot: FacilitySnapshot): void {
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

/**
 * What the facility render worker does, as an object with its ports injected: it answers the
 * page's messages (facilityProtocol.ts), keeps only the latest snapshot until the next tick, draws
 * it, and tells the page when the scale note or the selectable areas change (at most every two
 * seconds while running). The worker entry (`facilityWorker.ts`) only supplies the real ports: Pixi
 * on an OffscreenCanvas, `postMessage`, the clock. Tests supply fakes, so this logic runs in Node.
 *
 * @example
 * const renderer = new FacilityRenderer({ post: (m) => postMessage(m), now: () => performance.now(), open });
 * onmessage = (e) => renderer.handle(e.data);
 */
import type { FacilitySnapshot } from '../../model/index.js';
import type { SelectableArea, Selection } from '../../render/FacilityView.js';
import type { LegendEntry } from '../../render/palette.js';
import type { ViewState } from '../../render/viewTransform.js';
import type { FromRender, ToRender } from './facilityProtocol.js';
import { SOFTWARE_GL_FPS, SOFTWARE_GL_MAX_SPEED_FPS } from './softwareGl.js';

/** Real time between scale-note messages, ms (the note's numbers move slowly). */
export const NOTE_EVERY_MS = 2000;

/** The drawing of the facility (FacilityView) as the renderer uses it. */
export interface RenderView {
  update(snapshot: FacilitySnapshot): void;
  resize(width: number, height: number): void;
  setReveal(on: boolean): void;
  setHighlight(id: number | null): void;
  pickAt(x: number, y: number): Selection | null;
  setView(view: ViewState): void;
  /** The smallest words on the canvas, CSS pixels as shown. */
  readonly textPx: number;
  readonly legend: LegendEntry[];
  readonly scaleNote: string;
  readonly selectable: SelectableArea[];
}

/** The surface it is drawn on (a Pixi Application): its size, its frame rate and its ticks. */
export interface RenderSurface {
  resize(width: number, height: number, resolution: number): void;
  setMaxFps(fps: number): void;
  onTick(draw: () => void): void;
}

/** What the renderer needs from the outside world. */
export interface RenderPorts {
  post(message: FromRender): void;
  now(): number;
  /** Creates the surface and the view for an `init` message; `software` is true under software WebGL. */
  open(init: Extract<ToRender, { type: 'init' }>): Promise<{ surface: RenderSurface; view: RenderView; software: boolean }>;
}

export class FacilityRenderer {
  private surface: RenderSurface | null = null;
  private view: RenderView | null = null;
  private software = false;
  private pending: { snapshot: FacilitySnapshot; always: boolean } | null = null;
  private lastNote = -Infinity;
  private sentNote = '';
  private sentTextPx = NaN;

  constructor(private readonly ports: RenderPorts) {}

  /** Answers one message from the page. Messages before `init` has finished are dropped. */
  handle(m: ToRender): void {
    if (m.type === 'init') {
      this.init(m).catch((e: unknown) => this.ports.post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const { surface, view } = this;
    if (!surface || !view) return;
    switch (m.type) {
      case 'snapshot':
        // A paused or final frame is drawn even if a newer running one was waiting (it is newer).
        this.pending = { snapshot: m.snapshot, always: m.always || (this.pending?.always ?? false) };
        break;
      case 'resize':
        surface.resize(m.width, m.height, m.resolution);
        view.resize(m.width, m.height);
        this.reportTextSize();
        break;
      case 'view':
        view.setView(m.view);
        this.reportTextSize();
        break;
      case 'speed':
        if (this.software) surface.setMaxFps(m.speed === 'max' ? SOFTWARE_GL_MAX_SPEED_FPS : SOFTWARE_GL_FPS);
        break;
      case 'reveal':
        view.setReveal(m.on);
        break;
      case 'highlight':
        view.setHighlight(m.id);
        break;
      case 'pick': {
        this.flush();
        const selection = view.pickAt(m.x, m.y);
        if (selection) this.ports.post({ type: 'select', selection });
        break;
      }
    }
  }

  /** Draws the latest snapshot received, if any, and sends the scale note when it is due and changed. */
  flush(): void {
    const { view, pending } = this;
    if (!view || !pending) return;
    this.pending = null;
    view.update(pending.snapshot);
    this.reportTextSize();
    const now = this.ports.now();
    if (!pending.always && now - this.lastNote < NOTE_EVERY_MS) return;
    this.lastNote = now;
    const { scaleNote, selectable } = view;
    const key = scaleNote + JSON.stringify(selectable);
    if (key === this.sentNote) return;
    this.sentNote = key;
    this.ports.post({ type: 'note', scaleNote, selectable });
  }

  /** Tells the page the size of the smallest words on the canvas when it has changed. */
  private reportTextSize(): void {
    if (!this.view) return;
    const px = Math.round(this.view.textPx * 10) / 10;
    if (px === this.sentTextPx) return;
    this.sentTextPx = px;
    this.ports.post({ type: 'textSize', px });
  }

  private async init(m: Extract<ToRender, { type: 'init' }>): Promise<void> {
    const { surface, view, software } = await this.ports.open(m);
    this.software = software;
    if (software) surface.setMaxFps(SOFTWARE_GL_FPS);
    this.surface = surface;
    this.view = view;
    surface.onTick(() => this.flush());
    this.sentTextPx = Math.round(view.textPx * 10) / 10;
    this.ports.post({ type: 'ready', software, legend: view.legend, scaleNote: view.scaleNote, selectable: view.selectable, textPx: this.sentTextPx });
  }
}

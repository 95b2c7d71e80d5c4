/**
 * The page's side of a facility view drawn in a worker (`facilityWorker.ts`) on an
 * OffscreenCanvas: it makes the canvas element, hands its drawing over to the worker and
 * forwards snapshots, sizes, view state and clicks; the legend, scale note and selectable areas
 * come back by message and are kept here. It offers the same surface as `FacilityView`, so the
 * page does not care where the view is drawn.
 *
 * @example
 * const remote = await RemoteFacilityView.start(host, reducedMotion); // null: draw on the page
 * remote?.onSelect((sel) => showDetails(sel));
 * remote?.update(snapshot, false);
 */
import type { FacilitySnapshot } from '../../model/index.js';
import type { SelectableArea, Selection } from '../../render/FacilityView.js';
import type { LegendEntry } from '../../render/palette.js';
import type { ViewState } from '../../render/viewTransform.js';
import type { Speed } from '../protocol.js';
import type { FromRender, ToRender } from './facilityProtocol.js';

/** How long the worker may take to set up WebGL before the page draws the view itself, ms. */
const START_TIMEOUT_MS = 15_000;
/** What a screen reader says of the canvas. */
export const CANVAS_LABEL = 'The mail facility, animated. Use the parcel list in the Parcel tab to reach parcels from the keyboard.';

/** What the page uses of a facility view, wherever it is drawn. */
export interface FacilitySurface {
  onSelect(cb: (sel: Selection) => void): void;
  setReveal(on: boolean): void;
  setHighlight(id: number | null): void;
  /** Zooms and pans the view (viewTransform.ts). */
  setView(view: ViewState): void;
  /** The smallest words on the canvas as shown now, CSS pixels. */
  readonly textPx: number;
  readonly legend: LegendEntry[];
  readonly scaleNote: string;
  readonly selectable: SelectableArea[];
}

export class RemoteFacilityView implements FacilitySurface {
  scaleNote = '';
  selectable: SelectableArea[] = [];
  textPx = 0;
  private readonly textListeners: (() => void)[] = [];
  private readonly listeners: ((sel: Selection) => void)[] = [];
  private readonly noteListeners: ((note: string) => void)[] = [];

  private constructor(private readonly worker: Worker, readonly software: boolean, readonly legend: LegendEntry[]) {
    worker.onmessage = (e: MessageEvent<FromRender>) => this.receive(e.data);
  }

  /**
   * Starts the render worker on a new canvas in `host`. Resolves to null, leaving `host` as it
   * was, if this browser cannot draw WebGL on an OffscreenCanvas in a worker.
   */
  static async start(host: HTMLElement, reducedMotion: boolean): Promise<RemoteFacilityView | null> {
    if (typeof OffscreenCanvas === 'undefined' || !('transferControlToOffscreen' in HTMLCanvasElement.prototype)) return null;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-label', CANVAS_LABEL);
    canvas.setAttribute('role', 'img');
    canvas.style.cursor = 'pointer';
    host.append(canvas);
    let worker: Worker | null = null;
    try {
      const offscreen = canvas.transferControlToOffscreen();
      const w = new Worker(new URL('./facilityWorker.ts', import.meta.url), { type: 'module' });
      worker = w;
      const ready = await new Promise<Extract<FromRender, { type: 'ready' }>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timeout')), START_TIMEOUT_MS);
        w.onerror = (e) => { clearTimeout(timer); reject(new Error(e.message)); };
        w.onmessage = (e: MessageEvent<FromRender>) => {
          clearTimeout(timer);
          if (e.data.type === 'ready') resolve(e.data);
          else reject(new Error(e.data.type === 'failed' ? e.data.message : e.data.type));
        };
        const init: ToRender = { type: 'init', canvas: offscreen, ...sizeOf(host), reducedMotion };
        w.postMessage(init, [offscreen]);
      });
      w.onerror = null;
      const view = new RemoteFacilityView(w, ready.software, ready.legend);
      view.scaleNote = ready.scaleNote;
      view.selectable = ready.selectable;
      view.textPx = ready.textPx;
      new ResizeObserver(() => view.send({ type: 'resize', ...sizeOf(host) })).observe(host);
      canvas.addEventListener('click', (e) => {
        const box = canvas.getBoundingClientRect();
        view.send({ type: 'pick', x: e.clientX - box.left, y: e.clientY - box.top });
      });
      return view;
    } catch {
      worker?.terminate();
      canvas.remove();
      return null;
    }
  }

  update(snapshot: FacilitySnapshot, always: boolean): void {
    this.send({ type: 'snapshot', snapshot, always });
  }

  setSpeed(speed: Speed): void {
    this.send({ type: 'speed', speed });
  }

  onSelect(cb: (sel: Selection) => void): void {
    this.listeners.push(cb);
  }

  /** Calls `cb` with the scale note whenever the worker sends a new one. */
  onNote(cb: (note: string) => void): void {
    this.noteListeners.push(cb);
  }

  setReveal(on: boolean): void {
    this.send({ type: 'reveal', on });
  }

  setHighlight(id: number | null): void {
    this.send({ type: 'highlight', id });
  }

  setView(view: ViewState): void {
    this.send({ type: 'view', view });
  }

  /** Calls `cb` whenever the worker reports a new size of the smallest words (read `textPx`). */
  onTextSize(cb: () => void): void {
    this.textListeners.push(cb);
  }

  private send(m: ToRender): void {
    this.worker.postMessage(m);
  }

  private receive(m: FromRender): void {
    if (m.type === 'select') for (const cb of this.listeners) cb(m.selection);
    else if (m.type === 'textSize') {
      this.textPx = m.px;
      for (const cb of this.textListeners) cb();
    }
    else if (m.type === 'note') {
      this.scaleNote = m.scaleNote;
      this.selectable = m.selectable;
      for (const cb of this.noteListeners) cb(m.scaleNote);
    }
  }
}

/** The host's size in CSS pixels and the device pixel ratio (at most 2, as on the page). */
function sizeOf(host: HTMLElement): { width: number; height: number; resolution: number } {
  return { width: Math.max(1, host.clientWidth), height: Math.max(1, host.clientHeight), resolution: Math.min(2, globalThis.devicePixelRatio || 1) };
}

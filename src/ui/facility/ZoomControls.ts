/**
 * Zoom and pan of the facility canvas, on the page: the wheel zooms about the pointer, a drag pans,
 * and a small toolbar (zoom out, the zoom in per cent, zoom in, fit) does both from the keyboard
 * (arrow keys pan while it has focus). The page keeps the view (view state, docs/architecture.md
 * rule 7) and hands it to the facility, which may be drawn in a worker; the arithmetic is
 * render/viewTransform.ts, shared with the renderer so both agree on what lies under the pointer.
 *
 * The end of a drag is not a click: the click that follows it is swallowed before the canvas
 * sees it, so panning never opens a parcel's story by accident.
 *
 * @example
 * const zoom = new ZoomControls(byId('facility'), (view) => facility.setView(view));
 * byId('facility-section').append(zoom.element);
 */
import {
  FIT_VIEW, MAX_ZOOM, MIN_ZOOM, ZOOM_STEP, clampView, panBy, zoomAt, type ViewSize, type ViewState,
} from '../../render/viewTransform.js';
import { h } from '../dom.js';

/** A press that moves further than this, CSS pixels, is a drag, not a click. */
const DRAG_PX = 4;
/** Zoom factor per pixel of wheel travel: one notch (about 100 px) zooms by about 1.16. */
const WHEEL_ZOOM_PER_PX = 0.0015;
/** How far one arrow key pans, CSS pixels. */
const KEY_PAN_PX = 80;

export class ZoomControls {
  /** The toolbar, for the page to place. */
  readonly element: HTMLElement;
  private view: ViewState = FIT_VIEW;
  private readonly zoomIn: HTMLButtonElement;
  private readonly zoomOut: HTMLButtonElement;
  private readonly fit: HTMLButtonElement;
  private readonly readout: HTMLElement;
  private press: { x: number; y: number; id: number } | null = null;
  private dragged = false;

  constructor(private readonly host: HTMLElement, private readonly apply: (view: ViewState) => void) {
    const button = (id: string, text: string, label: string) =>
      h('button', { type: 'button', id, className: 'ix-button ix-zoom-button', title: label, attrs: { 'aria-label': label } }, text);
    this.zoomOut = button('zoom-out', '−', 'Zoom out');
    this.zoomIn = button('zoom-in', '+', 'Zoom in');
    this.fit = button('zoom-fit', 'Fit', 'Show the whole facility');
    this.readout = h('span', { id: 'zoom-level', className: 'ix-zoom-level' });
    this.element = h('div', { className: 'ix-zoom', attrs: { role: 'group', 'aria-label': 'Zoom the facility (arrow keys pan)' } },
      this.zoomOut, this.readout, this.zoomIn, this.fit);
    this.zoomIn.addEventListener('click', () => this.zoomAtCentre(ZOOM_STEP));
    this.zoomOut.addEventListener('click', () => this.zoomAtCentre(1 / ZOOM_STEP));
    this.fit.addEventListener('click', () => this.set(FIT_VIEW));
    this.element.addEventListener('keydown', (e) => this.onKey(e));
    host.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    host.addEventListener('pointerdown', (e) => this.onDown(e));
    host.addEventListener('pointermove', (e) => this.onMove(e));
    host.addEventListener('pointerup', (e) => this.onUp(e));
    host.addEventListener('pointercancel', (e) => this.onUp(e));
    // Capture, so the canvas's own click listener never hears the end of a drag.
    host.addEventListener('click', (e) => {
      if (!this.dragged) return;
      this.dragged = false;
      e.stopPropagation();
      e.preventDefault();
    }, true);
    new ResizeObserver(() => this.set(this.view)).observe(host);
    this.set(FIT_VIEW);
  }

  private get size(): ViewSize {
    return { width: Math.max(1, this.host.clientWidth), height: Math.max(1, this.host.clientHeight) };
  }

  private set(view: ViewState): void {
    this.view = clampView(view, this.size);
    const { zoom } = this.view;
    this.readout.textContent = `${Math.round(zoom * 100)}%`;
    this.zoomIn.disabled = zoom >= MAX_ZOOM - 1e-9;
    this.zoomOut.disabled = zoom <= MIN_ZOOM + 1e-9;
    this.fit.disabled = this.zoomOut.disabled;
    this.host.dataset.zoom = zoom.toFixed(2);
    this.host.style.cursor = zoom > MIN_ZOOM ? 'grab' : '';
    this.apply(this.view);
  }

  private zoomAtCentre(factor: number): void {
    const { width, height } = this.size;
    this.set(zoomAt(this.view, factor, width / 2, height / 2, this.size));
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault(); // the page does not scroll under the canvas
    const box = this.host.getBoundingClientRect();
    // Lines and pages (Firefox) are turned into pixels so every wheel zooms at a similar pace.
    const px = e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? box.height : 1);
    this.set(zoomAt(this.view, Math.exp(-px * WHEEL_ZOOM_PER_PX), e.clientX - box.left, e.clientY - box.top, this.size));
  }

  private onDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.press = { x: e.clientX, y: e.clientY, id: e.pointerId };
    this.dragged = false;
  }

  private onMove(e: PointerEvent): void {
    const p = this.press;
    if (!p || p.id !== e.pointerId) return;
    if (!this.dragged && Math.hypot(e.clientX - p.x, e.clientY - p.y) <= DRAG_PX) return;
    if (!this.dragged) {
      this.dragged = true;
      this.host.setPointerCapture(e.pointerId);
      this.host.style.cursor = 'grabbing';
    }
    this.set(panBy(this.view, e.clientX - p.x, e.clientY - p.y, this.size));
    p.x = e.clientX;
    p.y = e.clientY;
  }

  private onUp(e: PointerEvent): void {
    if (!this.press || this.press.id !== e.pointerId) return;
    this.press = null;
    if (this.host.hasPointerCapture(e.pointerId)) this.host.releasePointerCapture(e.pointerId);
    this.host.style.cursor = this.view.zoom > MIN_ZOOM ? 'grab' : '';
  }

  private onKey(e: KeyboardEvent): void {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [KEY_PAN_PX, 0], ArrowRight: [-KEY_PAN_PX, 0], ArrowUp: [0, KEY_PAN_PX], ArrowDown: [0, -KEY_PAN_PX],
    };
    const d = pan[e.key];
    if (d) this.set(panBy(this.view, d[0], d[1], this.size));
    else if (e.key === '+' || e.key === '=') this.zoomAtCentre(ZOOM_STEP);
    else if (e.key === '-') this.zoomAtCentre(1 / ZOOM_STEP);
    else return;
    e.preventDefault();
  }
}

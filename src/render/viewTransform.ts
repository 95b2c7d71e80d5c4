/**
 * Zoom and pan of the facility view, as pure arithmetic: where the plan is drawn in a canvas of a
 * given size for a view (a zoom and the plan point at the canvas's centre), and how a wheel turn
 * or a drag changes the view. The page keeps the view (it is view state, docs/architecture.md
 * rule 7) and computes it with these functions; the renderer, in its worker, places the plan with
 * the same functions, so both agree on what lies under the pointer.
 *
 * Zoom 1 fits the whole plan, centred (letterboxed). Zoomed in, the view never shows past the
 * plan's edges where the plan is larger than the canvas.
 *
 * @example
 * let view = FIT_VIEW;
 * view = zoomAt(view, 2, pointer.x, pointer.y, size); // the plan point under the pointer stays put
 * view = panBy(view, dragDx, dragDy, size);
 * const { scale, x, y } = placement(view, size);     // root.scale = scale; root.position = (x, y)
 */
import { PLAN_HEIGHT, PLAN_WIDTH, type Point } from './layout.js';

/** What part of the plan is shown: `zoom` times the fit, centred on plan point (`cx`, `cy`). */
export interface ViewState {
  zoom: number;
  cx: number;
  cy: number;
}

/** A canvas size, CSS pixels. */
export interface ViewSize {
  width: number;
  height: number;
}

/** Where the plan is drawn: CSS pixels per plan unit, and the canvas position of the plan's origin. */
export interface Placement {
  scale: number;
  x: number;
  y: number;
}

/** Zoom limits: 1 shows the whole facility; at 4 a station fills most of a 1280-pixel canvas. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4;
/** One press of a zoom button. */
export const ZOOM_STEP = 1.5;

/** The whole plan, fitted. */
export const FIT_VIEW: ViewState = { zoom: 1, cx: PLAN_WIDTH / 2, cy: PLAN_HEIGHT / 2 };

/**
 * CSS pixels per plan unit when the whole plan fits the canvas.
 *
 * @example
 * fitScale({ width: 812, height: 406 }); // 0.5075
 */
export function fitScale(size: ViewSize): number {
  return Math.max(1e-6, Math.min(size.width / PLAN_WIDTH, size.height / PLAN_HEIGHT));
}

/** The view with its zoom within limits and its centre where no edge of the plan shows past the canvas. */
export function clampView(v: ViewState, size: ViewSize): ViewState {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number.isFinite(v.zoom) ? v.zoom : 1));
  const s = fitScale(size) * zoom;
  const axis = (c: number, extent: number, screen: number): number => {
    const half = screen / (2 * s);
    if (extent <= 2 * half) return extent / 2; // the plan is narrower than the canvas: centre it
    return Math.min(extent - half, Math.max(half, Number.isFinite(c) ? c : extent / 2));
  };
  return { zoom, cx: axis(v.cx, PLAN_WIDTH, size.width), cy: axis(v.cy, PLAN_HEIGHT, size.height) };
}

/**
 * Where the plan is drawn for a view (clamped first).
 *
 * @example
 * placement(FIT_VIEW, { width: 1000, height: 400 }); // { scale: 0.5, x: 100, y: 0 }
 */
export function placement(view: ViewState, size: ViewSize): Placement {
  const v = clampView(view, size);
  const scale = fitScale(size) * v.zoom;
  return { scale, x: size.width / 2 - v.cx * scale, y: size.height / 2 - v.cy * scale };
}

/** The plan point under canvas point (`px`, `py`). */
export function toPlan(view: ViewState, size: ViewSize, px: number, py: number): Point {
  const p = placement(view, size);
  return { x: (px - p.x) / p.scale, y: (py - p.y) / p.scale };
}

/** The canvas point where plan point (`x`, `y`) is drawn. */
export function toCanvas(view: ViewState, size: ViewSize, x: number, y: number): Point {
  const p = placement(view, size);
  return { x: p.x + x * p.scale, y: p.y + y * p.scale };
}

/**
 * The view zoomed by `factor` about canvas point (`px`, `py`): what lies under that point stays
 * there (unless a limit or an edge of the plan stops it).
 */
export function zoomAt(view: ViewState, factor: number, px: number, py: number, size: ViewSize): ViewState {
  const v = clampView(view, size);
  const anchor = toPlan(v, size, px, py);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor));
  const s = fitScale(size) * zoom;
  return clampView({ zoom, cx: anchor.x - (px - size.width / 2) / s, cy: anchor.y - (py - size.height / 2) / s }, size);
}

/** The view moved with a drag of (`dx`, `dy`) CSS pixels: the plan follows the pointer. */
export function panBy(view: ViewState, dx: number, dy: number, size: ViewSize): ViewState {
  const v = clampView(view, size);
  const s = fitScale(size) * v.zoom;
  return clampView({ zoom: v.zoom, cx: v.cx - dx / s, cy: v.cy - dy / s }, size);
}

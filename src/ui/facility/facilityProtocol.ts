/**
 * Messages between the page and the facility render worker (`facilityWorker.ts`), which draws
 * the Pixi facility view on an OffscreenCanvas so that software WebGL (SwiftShader in headless
 * chromium) does its work off the page's main thread. The page sends snapshots, sizes, view
 * state and clicks; the worker answers with the legend, the scale note, the selectable areas and
 * what a click picked.
 */
import type { FacilitySnapshot } from '../../model/index.js';
import type { LegendEntry } from '../../render/palette.js';
import type { SelectableArea, Selection } from '../../render/FacilityView.js';
import type { ViewState } from '../../render/viewTransform.js';
import type { Speed } from '../protocol.js';

/** Page → render worker. Sizes are CSS pixels; `resolution` is device pixels per CSS pixel. */
export type ToRender =
  | { type: 'init'; canvas: OffscreenCanvas; width: number; height: number; resolution: number; reducedMotion: boolean }
  | { type: 'snapshot'; snapshot: FacilitySnapshot; always: boolean }
  | { type: 'resize'; width: number; height: number; resolution: number }
  | { type: 'speed'; speed: Speed }
  | { type: 'reveal'; on: boolean }
  | { type: 'highlight'; id: number | null }
  | { type: 'pick'; x: number; y: number }
  | { type: 'view'; view: ViewState };

/**
 * Render worker → page. `note` is sent when the scale note or the selectable areas change;
 * `textSize` when the smallest words on the canvas change size (CSS pixels, to a tenth).
 */
export type FromRender =
  | { type: 'ready'; software: boolean; legend: LegendEntry[]; scaleNote: string; selectable: SelectableArea[]; textPx: number }
  | { type: 'failed'; message: string }
  | { type: 'note'; scaleNote: string; selectable: SelectableArea[] }
  | { type: 'select'; selection: Selection }
  | { type: 'textSize'; px: number };

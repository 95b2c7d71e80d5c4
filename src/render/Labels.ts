/**
 * The view's text: a few named styles sized for the plan (readable at 1280x720, where one plan
 * unit is 0.8 pixels), and a registry of every Text so they can all be re-rasterised at the
 * canvas's pixel density when it is resized (Pixi renders a Text to a texture once, at its own
 * resolution, and scaling the plan would blur it otherwise).
 *
 * `set` changes a label only when its string changes, since every change re-rasterises it. A
 * label given a `maxWidth` is shrunk to fit it, so a wide fallback font cannot push it into the
 * next area.
 */
import { Text, type Container } from 'pixi.js';
import { FLOOR } from './palette.js';

const FONT = ['system-ui', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'DejaVu Sans', 'sans-serif'];

/** Named text styles: sizes in plan units. */
export const TEXT_STYLES = {
  title: { fontFamily: FONT, fontSize: 18, fontWeight: '600', fill: FLOOR.text },
  info: { fontFamily: FONT, fontSize: 16, fill: FLOOR.text },
  muted: { fontFamily: FONT, fontSize: 15, fill: FLOOR.textMuted },
  tag: { fontFamily: FONT, fontSize: 12, fontWeight: '700', fill: FLOOR.background },
  count: { fontFamily: FONT, fontSize: 15, fontWeight: '700', fill: FLOOR.text },
} as const;

/** A style name. */
export type TextStyleName = keyof typeof TEXT_STYLES;

/** Placement options of a label. */
export interface LabelOptions {
  /** 0 left, 0.5 centre, 1 right. */
  anchorX?: number;
  /** 0 top, 0.5 middle, 1 bottom. */
  anchorY?: number;
  /** Widest the label may be, in plan units; a longer text is scaled down to fit. */
  maxWidth?: number;
}

/** Every Text the view made, so resolution and teardown reach them all. */
export class Labels {
  private readonly all: Text[] = [];
  private readonly maxWidth = new Map<Text, number>();
  private resolution = 1;

  /**
   * Makes a label and adds it to `parent`.
   *
   * @example
   * const t = labels.make(layer, 'X-ray', 'title', r.x + 10, r.y + 8, { maxWidth: r.w - 20 });
   */
  make(parent: Container, text: string, style: TextStyleName, x: number, y: number, opts: LabelOptions = {}): Text {
    const t = new Text({ text, style: { ...TEXT_STYLES[style] }, resolution: this.resolution });
    t.anchor.set(opts.anchorX ?? 0, opts.anchorY ?? 0);
    t.position.set(x, y);
    parent.addChild(t);
    this.all.push(t);
    if (opts.maxWidth !== undefined) {
      this.maxWidth.set(t, opts.maxWidth);
      this.fit(t);
    }
    return t;
  }

  /** Changes the label's text if it differs (each change re-rasterises the label). */
  set(t: Text, text: string): void {
    if (t.text === text) return;
    t.text = text;
    this.fit(t);
  }

  /** Changes the width a label may take (it shrinks to fit). */
  setMaxWidth(t: Text, maxWidth: number): void {
    this.maxWidth.set(t, maxWidth);
    this.fit(t);
  }

  private fit(t: Text): void {
    const max = this.maxWidth.get(t);
    if (max === undefined) return;
    t.scale.set(1);
    const w = t.width;
    if (w > max && w > 0) t.scale.set(max / w);
  }

  /** Re-rasterises every label at `r` pixels per plan unit. */
  setResolution(r: number): void {
    if (Math.abs(r - this.resolution) < 1e-3) return;
    this.resolution = r;
    for (const t of this.all) if (!t.destroyed) t.resolution = r;
  }

  /** Forgets labels that were destroyed with their parents (after a layer redraw). */
  prune(): void {
    for (let i = this.all.length - 1; i >= 0; i--) {
      const t = this.all[i];
      if (!t.destroyed) continue;
      this.all.splice(i, 1);
      this.maxWidth.delete(t);
    }
  }
}

/**
 * Every word on the floor, drawn with the 2D canvas into one shared texture and shown as
 * Particles of one ParticleContainer.
 *
 * Why not one Pixi `Text` per label: each Text is its own texture, drawn through Pixi's general
 * batch shader, and on software GL (headless Chromium, SwiftShader) that shader costs several
 * times more per pixel than the particle shader. Measured on the full floor, the labels alone
 * took about a third of the frame as Texts. Here they cost one draw call and the cheap shader;
 * a label that changes is redrawn into its own cell of the canvas, and the canvas is uploaded
 * once per snapshot at most.
 *
 * Each label has a cell as wide as its `maxWidth`; a text wider than that is drawn scaled down
 * to fit, so a wide fallback font cannot push it into the next area. The canvas is rasterised at
 * the canvas's true pixel density (set by `setResolution` on resize), so words stay sharp.
 *
 * Owners group their labels (`group`) so a layer can drop all of its own on a rebuild.
 */
import { CanvasSource, DOMAdapter, Particle, ParticleContainer, Rectangle, Texture } from 'pixi.js';
import { FLOOR } from './palette.js';
import { TEXT_SIZE, lineHeight, type TextStyleName } from './textSizes.js';

export type { TextStyleName } from './textSizes.js';

const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif';

/** Named text styles: sizes in plan units (textSizes.ts says why these). */
export const TEXT_STYLES = {
  title: { size: TEXT_SIZE.title, weight: '600', color: FLOOR.text },
  info: { size: TEXT_SIZE.info, weight: '400', color: FLOOR.text },
  muted: { size: TEXT_SIZE.muted, weight: '400', color: FLOOR.textMuted },
  tag: { size: TEXT_SIZE.tag, weight: '700', color: FLOOR.background },
  count: { size: TEXT_SIZE.count, weight: '700', color: FLOOR.text },
} as const;

/** Placement options of a label. */
export interface LabelOptions {
  /** 0 left, 0.5 centre, 1 right of (x, y). */
  anchorX?: number;
  /** 0 top, 0.5 middle, 1 bottom. */
  anchorY?: number;
  /** Widest the label may be, in plan units; a longer text is scaled down to fit. Default 240. */
  maxWidth?: number;
}

/** A label on the floor. Read `width` for its drawn width in plan units. */
export interface Label {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Width of the drawn text, plan units (0 for an empty label). */
  readonly width: number;
}

interface Entry extends Label {
  text: string;
  x: number;
  y: number;
  width: number;
  group: string;
  style: TextStyleName;
  anchorX: number;
  anchorY: number;
  maxWidth: number;
  alpha: number;
  particle: Particle;
  /** The cell in the canvas, device pixels. */
  cell: Rectangle;
  dirty: boolean;
  /** Font size as drawn, plan units: the style's, times the squeeze that fitted it to `maxWidth`. */
  drawnSize: number;
}

const DEFAULT_MAX_WIDTH = 240;
const ATLAS_WIDTH_PX = 2048;
const PAD_PX = 2;

export class Labels {
  readonly container = new ParticleContainer<Particle>({
    dynamicProperties: { position: false, color: false, rotation: false, uvs: false, vertex: false },
  });
  private entries: Entry[] = [];
  private resolution = 1;
  /** The resolution the canvas is drawn at: `resolution`, or less if the widest cell needs it. */
  private drawRes = 1;
  private canvasSource: CanvasSource | null = null;
  private layoutDirty = false;
  private textDirty = false;
  private measurer: CanvasRenderingContext2D | null = null;

  /**
   * Adds a label (shown at the next `flush`).
   *
   * @example
   * const t = labels.make('stations', 'X-ray', 'title', r.x + 10, r.y + 8, { maxWidth: r.w - 20 });
   */
  make(group: string, text: string, style: TextStyleName, x: number, y: number, opts: LabelOptions = {}): Label {
    const e: Entry = {
      text, x, y, width: 0, group, style, alpha: 1,
      anchorX: opts.anchorX ?? 0, anchorY: opts.anchorY ?? 0, maxWidth: opts.maxWidth ?? DEFAULT_MAX_WIDTH,
      particle: new Particle({ texture: Texture.EMPTY }), cell: new Rectangle(), dirty: true, drawnSize: TEXT_STYLES[style].size,
    };
    this.entries.push(e);
    this.layoutDirty = true;
    return e;
  }

  /** Changes a label's text (redrawn at the next `flush` only if it differs). */
  set(label: Label, text: string): void {
    const e = label as Entry;
    if (e.text === text) return;
    e.text = text;
    e.dirty = true;
    this.textDirty = true;
  }

  /**
   * The width a text would take in a style, plan units, capped at `maxWidth` as drawn.
   *
   * @example
   * const w = labels.measure('SERVING', 'tag'); // for the chip behind it
   */
  measure(text: string, style: TextStyleName, maxWidth = DEFAULT_MAX_WIDTH): number {
    const ctx = (this.measurer ??= DOMAdapter.get().createCanvas(1, 1).getContext('2d') as CanvasRenderingContext2D);
    const s = TEXT_STYLES[style];
    ctx.font = `${s.weight} ${s.size}px ${FONT}`;
    return Math.min(maxWidth, ctx.measureText(text).width);
  }

  /**
   * The smallest font size drawn, plan units, over every label showing words: what a reader at
   * the back of the room must read. A label squeezed to fit its area counts at its squeezed size.
   *
   * @example
   * const cssPx = labels.smallestDrawnSize() * displayedScale; // checked against 14 in presentation mode
   */
  smallestDrawnSize(): number {
    let min = Infinity;
    for (const e of this.entries) if (e.text && e.alpha > 0 && !e.dirty) min = Math.min(min, e.drawnSize);
    return Number.isFinite(min) ? min : TEXT_STYLES.title.size;
  }

  /** Fades a label (a closed station's words are dimmed with it). */
  setAlpha(label: Label, alpha: number): void {
    const e = label as Entry;
    if (e.alpha === alpha) return;
    e.alpha = alpha;
    e.particle.alpha = alpha;
    this.textDirty = true;
  }

  /** Drops every label of a group (a layer rebuilding for a new plan). */
  clear(group: string): void {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => {
      if (e.group !== group) return true;
      if (e.particle.texture !== Texture.EMPTY) e.particle.texture.destroy(false);
      return false;
    });
    if (this.entries.length !== before) this.layoutDirty = true;
  }

  /** Re-rasterises every label at `r` pixels per plan unit (at the next `flush`). */
  setResolution(r: number): void {
    if (Math.abs(r - this.resolution) < 1e-3) return;
    this.resolution = r;
    this.layoutDirty = true;
  }

  /** Draws what changed into the canvas and uploads it; call once after a batch of changes. */
  flush(): void {
    if (this.container.destroyed) return;
    if (this.layoutDirty) this.relayout();
    else if (this.textDirty) {
      const ctx = this.canvasSource!.context2D;
      for (const e of this.entries) if (e.dirty) this.draw(ctx, e);
      this.canvasSource!.update();
    } else return;
    this.textDirty = false;
    this.layoutDirty = false;
    this.container.update();
  }

  destroy(): void {
    if (!this.container.destroyed) this.container.destroy();
    this.canvasSource?.destroy();
    this.canvasSource = null;
  }

  /** Packs every label's cell into a fresh canvas (rows of cells) and draws them all. */
  private relayout(): void {
    // Zoomed far in, the widest label's cell would not fit the canvas's width: rasterise a little
    // softer instead (the cell must hold the whole label, or it would be squeezed).
    const widest = this.entries.reduce((m, e) => Math.max(m, e.maxWidth), 1);
    this.drawRes = Math.min(this.resolution, (ATLAS_WIDTH_PX - 2 * PAD_PX - 2) / widest);
    const r = this.drawRes;
    let x = 0;
    let y = 0;
    let rowH = 0;
    for (const e of this.entries) {
      const w = Math.ceil(e.maxWidth * r) + 2 * PAD_PX;
      const h = Math.ceil(lineHeight(e.style) * r) + 2 * PAD_PX;
      if (x + w > ATLAS_WIDTH_PX) {
        x = 0;
        y += rowH;
        rowH = 0;
      }
      e.cell.x = x;
      e.cell.y = y;
      e.cell.width = Math.min(w, ATLAS_WIDTH_PX);
      e.cell.height = h;
      x += w;
      rowH = Math.max(rowH, h);
    }
    const height = Math.max(16, Math.ceil((y + rowH) / 16) * 16);
    // One canvas for the view's life, resized in place: destroying a source the GPU may still
    // have bound makes Pixi warn, and keeping it keeps the particles' textures valid.
    if (!this.canvasSource) {
      const canvas = DOMAdapter.get().createCanvas(ATLAS_WIDTH_PX, height);
      this.canvasSource = new CanvasSource({ resource: canvas, resolution: r, scaleMode: 'linear' });
    } else this.canvasSource.resize(ATLAS_WIDTH_PX / r, height / r, r);
    const ctx = this.canvasSource.context2D;
    ctx.clearRect(0, 0, ATLAS_WIDTH_PX, height);
    const list = this.container.particleChildren;
    list.length = 0;
    for (const e of this.entries) {
      if (e.particle.texture === Texture.EMPTY) e.particle.texture = new Texture({ source: this.canvasSource, frame: new Rectangle(0, 0, 1 / r, 1 / r) });
      this.draw(ctx, e);
      list.push(e.particle);
    }
    this.container.texture = list[0]?.texture ?? Texture.EMPTY;
    this.canvasSource.update();
  }

  /** Draws one label into its cell and points its particle at the drawn part. */
  private draw(ctx: CanvasRenderingContext2D, e: Entry): void {
    const r = this.drawRes;
    const s = TEXT_STYLES[e.style];
    const c = e.cell;
    ctx.clearRect(c.x, c.y, c.width, c.height);
    ctx.font = `${s.weight} ${s.size * r}px ${FONT}`;
    ctx.fillStyle = s.color;
    ctx.textBaseline = 'top';
    const measured = ctx.measureText(e.text).width;
    const room = c.width - 2 * PAD_PX;
    const k = measured > room ? room / measured : 1;
    e.drawnSize = s.size * k;
    ctx.save();
    ctx.translate(c.x + PAD_PX, c.y + PAD_PX + (1 - k) * s.size * r * 0.5);
    ctx.scale(k, k);
    ctx.fillText(e.text, 0, Math.round(s.size * r * 0.1));
    ctx.restore();
    e.dirty = false;
    // The particle shows only the drawn width of the cell (fewer pixels to draw).
    const wPx = Math.min(c.width, Math.ceil(measured * k) + 2 * PAD_PX);
    const t = e.particle.texture;
    t.frame.x = c.x / r;
    t.frame.y = c.y / r;
    t.frame.width = e.text ? wPx / r : 1 / r;
    t.frame.height = c.height / r;
    t.updateUvs();
    e.width = e.text ? (wPx - 2 * PAD_PX) / r : 0;
    const p = e.particle;
    p.x = e.x - e.anchorX * e.width - PAD_PX / r;
    p.y = e.y - e.anchorY * lineHeight(e.style) - PAD_PX / r;
    p.alpha = e.text ? e.alpha : 0;
  }
}

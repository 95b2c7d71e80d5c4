/**
 * A list of tinted atlas marks (boxes, outlines, figures) drawn as Particles in one static
 * ParticleContainer: two triangles per mark and one draw call per list, through Pixi's cheap
 * particle shader (see glyphAtlas.ts for why that matters on software GL).
 *
 * Immediate mode: an owner calls `begin`, adds every mark, then `end`, whenever what it shows
 * changes (at most once per snapshot). Particles are pooled, so a redraw allocates nothing once
 * the list has reached its size, and all properties are static: nothing is uploaded per frame.
 */
import { Particle, ParticleContainer } from 'pixi.js';
import type { GlyphAtlas, GlyphName } from './glyphAtlas.js';
import { hexToNumber } from './palette.js';

/** A colour as CSS hex or a 0xRRGGBB number. */
export type Tint = string | number;

const toNumber = (c: Tint): number => (typeof c === 'number' ? c : hexToNumber(c));

export class Glyphs {
  readonly container = new ParticleContainer<Particle>({
    dynamicProperties: { position: false, color: false, rotation: false, uvs: false, vertex: false },
  });
  private readonly pool: Particle[] = [];
  private used = 0;

  constructor(private readonly atlas: GlyphAtlas) {
    this.container.texture = atlas.textures.solid;
  }

  /** Starts a new list (the old marks stay until `end`). */
  begin(): void {
    this.used = 0;
  }

  /**
   * A filled rectangle.
   *
   * @example
   * glyphs.rect(10, 10, 24, 17, FLOOR.receptacle); // a receptacle
   */
  rect(x: number, y: number, w: number, h: number, color: Tint, alpha = 1): void {
    const p = this.next('solid');
    p.anchorX = 0;
    p.anchorY = 0;
    p.x = x;
    p.y = y;
    p.scaleX = w / this.atlas.textures.solid.width;
    p.scaleY = h / this.atlas.textures.solid.height;
    p.rotation = 0;
    p.tint = toNumber(color);
    p.alpha = alpha;
  }

  /**
   * A rectangle's outline, `width` thick (at least one device pixel, or a thin side could fall
   * between pixel centres and vanish), inside the rectangle.
   */
  outline(x: number, y: number, w: number, h: number, lineWidth: number, color: Tint, alpha = 1): void {
    const width = Math.max(lineWidth, this.atlas.hairline * 1.05);
    this.rect(x, y, w, width, color, alpha);
    this.rect(x, y + h - width, w, width, color, alpha);
    this.rect(x, y + width, width, h - 2 * width, color, alpha);
    this.rect(x + w - width, y + width, width, h - 2 * width, color, alpha);
  }

  /** An atlas glyph centred on (x, y). White keeps the glyph's own colours. */
  glyph(name: GlyphName, x: number, y: number, color: Tint = 0xffffff, alpha = 1, scale = 1): void {
    const p = this.next(name);
    p.anchorX = 0.5;
    p.anchorY = 0.5;
    p.x = x;
    p.y = y;
    p.scaleX = p.scaleY = scale;
    p.rotation = 0;
    p.tint = toNumber(color);
    p.alpha = alpha;
  }

  /** Shows the list built since `begin`. */
  end(): void {
    const list = this.container.particleChildren;
    list.length = 0;
    for (let i = 0; i < this.used; i++) list.push(this.pool[i]);
    this.container.update();
  }


  private next(name: GlyphName): Particle {
    const i = this.used++;
    let p = this.pool[i];
    if (!p) {
      p = new Particle({ texture: this.atlas.textures[name] });
      this.pool.push(p);
    } else p.texture = this.atlas.textures[name];
    return p;
  }
}

/**
 * One small texture holding every shape the view repeats: a solid block (stretched into boxes,
 * lanes, belt and outlines), the parcel dot, the contraband diamond, the selection ring, officer
 * and dog figures (filled, and hollow for off duty) and the targeting split's diamond. All are
 * white where they should take a state colour, so one Particle per mark, tinted, draws them.
 *
 * Why: on software GL (headless Chromium, SwiftShader) the cost of a frame is the pixels and
 * triangles Pixi's general batch shader touches, and a tessellated rounded rectangle is dozens of
 * triangles. Marks drawn as particles from one texture are two triangles each, in one draw call,
 * through Pixi's much cheaper particle shader; measured, this took the floor from about 4 to over
 * 30 frames a second there.
 *
 * The atlas is rendered at the canvas's true pixel density (plan scale x device pixel ratio), and
 * re-rendered on resize, so marks stay sharp at 1280x720 and 1920x1080 alike.
 */
import { Container, Graphics, Rectangle, RenderTexture, Texture, type Renderer } from 'pixi.js';
import { FLOOR, OKABE_ITO } from './palette.js';

/** Radius of a parcel dot, in plan units. */
export const DOT_RADIUS = 3;

/** The shapes in the atlas. */
export type GlyphName = 'solid' | 'dot' | 'diamond' | 'ring' | 'officer' | 'officerOff' | 'dog' | 'dogOff' | 'split' | 'plane';

/** Each glyph's cell in the atlas (plan units); its centre is the glyph's anchor. */
const CELLS: Record<GlyphName, Rectangle> = {
  solid: new Rectangle(0, 0, 12, 12),
  // A 7-unit cell for a 6-unit dot: the quad is drawn 3,000 times, so its spare margin costs.
  dot: new Rectangle(14, 0, 7, 7),
  diamond: new Rectangle(24, 0, 16, 16),
  ring: new Rectangle(42, 0, 30, 30),
  officer: new Rectangle(74, 0, 22, 28),
  officerOff: new Rectangle(98, 0, 22, 28),
  dog: new Rectangle(122, 0, 30, 30),
  dogOff: new Rectangle(154, 0, 30, 30),
  split: new Rectangle(186, 0, 124, 68),
  plane: new Rectangle(312, 0, 24, 24),
};
/** The solid block is sampled well inside its cell, so stretching it never blends in its edge. */
const SOLID_FRAME = new Rectangle(4, 4, 4, 4);

/** The atlas's textures, by glyph (all framed in one texture source). */
export type GlyphTextures = Record<GlyphName, Texture>;

/** Size of the atlas, plan units. */
const ATLAS_W = 338;
const ATLAS_H = 70;

/**
 * The atlas: one render texture and a Texture per glyph framed in it. On resize it re-renders
 * into the same texture at the new density, so every particle keeps its textures (and nothing
 * is destroyed while the GPU may still have it bound).
 *
 * @example
 * const atlas = new GlyphAtlas(app.renderer, scale * app.renderer.resolution);
 * new Particle({ texture: atlas.textures.dot, anchorX: 0.5, anchorY: 0.5, tint: 0xf0e442 });
 */
export class GlyphAtlas {
  readonly textures: GlyphTextures;
  /** One device pixel, in plan units: the thinnest line that is sure to show. */
  hairline: number;
  private readonly target: RenderTexture;
  private readonly shapes: Container;

  constructor(private readonly renderer: Renderer, resolution: number) {
    this.shapes = new Container();
    this.shapes.addChild(drawGlyphs());
    this.hairline = 1 / Math.max(1e-3, resolution);
    this.target = RenderTexture.create({ width: ATLAS_W, height: ATLAS_H, resolution: Math.max(1, resolution), antialias: true });
    const textures = {} as GlyphTextures;
    for (const name of Object.keys(CELLS) as GlyphName[]) {
      textures[name] = new Texture({ source: this.target.source, frame: name === 'solid' ? SOLID_FRAME : CELLS[name] });
    }
    this.textures = textures;
    this.paint();
  }

  /** Re-renders the glyphs at `resolution` pixels per plan unit. */
  setResolution(resolution: number): void {
    this.hairline = 1 / Math.max(1e-3, resolution);
    this.target.resize(ATLAS_W, ATLAS_H, Math.max(1, resolution));
    this.paint();
  }

  /** Frees the atlas's GPU memory. */
  destroy(): void {
    for (const t of Object.values(this.textures)) t.destroy(false);
    this.target.destroy(true);
    this.shapes.destroy({ children: true });
  }

  private paint(): void {
    this.renderer.render({ container: this.shapes, target: this.target, clear: true, clearColor: [0, 0, 0, 0] });
  }
}

/** Draws every glyph in its cell, white where it takes a tint. */
function drawGlyphs(): Graphics {
  const g = new Graphics();
  const at = (name: GlyphName) => ({ x: CELLS[name].x + CELLS[name].width / 2, y: CELLS[name].y + CELLS[name].height / 2 });
  g.rect(CELLS.solid.x, CELLS.solid.y, CELLS.solid.width, CELLS.solid.height).fill(0xffffff);
  let p = at('dot');
  g.circle(p.x, p.y, DOT_RADIUS).fill(0xffffff);
  p = at('diamond');
  g.poly([p.x, p.y - 6, p.x + 6, p.y, p.x, p.y + 6, p.x - 6, p.y], true).stroke({ width: 1.6, color: 0xffffff });
  p = at('ring');
  // The selection ring: white on a dark halo, so it reads on any dot colour and on the floor.
  g.circle(p.x, p.y, 10).stroke({ width: 6, color: FLOOR.background }).circle(p.x, p.y, 10).stroke({ width: 3, color: FLOOR.highlight });
  officer(g, at('officer'), true);
  officer(g, at('officerOff'), false);
  dog(g, at('dog'), true);
  dog(g, at('dogOff'), false);
  p = at('split');
  // Wide enough for the word "rules" at full size across its middle.
  g.poly([p.x, p.y - 32, p.x + 60, p.y, p.x, p.y + 32, p.x - 60, p.y], true).fill(FLOOR.lane).stroke({ width: 1.5, color: OKABE_ITO.yellow });
  plane(g, at('plane'));
  return g;
}

/** An aircraft seen from above, nose to the right (towards the induction lines): fuselage, wings, tail. */
function plane(g: Graphics, p: { x: number; y: number }): void {
  const { x, y } = p;
  g.roundRect(x - 10, y - 1.8, 21, 3.6, 1.8);
  g.poly([x + 2, y - 1.5, x - 4, y - 10, x - 7, y - 10, x - 3, y - 1.5], true);
  g.poly([x + 2, y + 1.5, x - 4, y + 10, x - 7, y + 10, x - 3, y + 1.5], true);
  g.poly([x - 7, y - 1, x - 10, y - 5, x - 11.5, y - 5, x - 10, y], true);
  g.poly([x - 7, y + 1, x - 10, y + 5, x - 11.5, y + 5, x - 10, y], true);
  g.fill(0xffffff);
}

/**
 * An officer: head and shoulders, 16 x 23 units (8 x 11 CSS pixels at 1280x720, where the issue
 * found 6 too small); filled on duty, a hollow outline off duty (not colour alone).
 */
function officer(g: Graphics, p: { x: number; y: number }, filled: boolean): void {
  g.circle(p.x, p.y - 6.5, 4.8).roundRect(p.x - 8, p.y, 16, 11.5, 5);
  if (filled) g.fill(0xffffff);
  else g.stroke({ width: 1.2, color: 0xffffff });
}

/** A dog team: body, head and a pricked ear, facing the belt's direction; hollow off duty. */
function dog(g: Graphics, p: { x: number; y: number }, filled: boolean): void {
  const { x, y } = p;
  g.roundRect(x - 13, y - 2, 19, 11, 5).circle(x + 8, y - 2, 6).poly([x + 4, y - 7, x + 7, y - 14, x + 10, y - 7], true);
  g.rect(x - 11, y + 8, 3, 6).rect(x + 1, y + 8, 3, 6);
  if (filled) g.fill(0xffffff);
  else g.stroke({ width: 1.2, color: 0xffffff });
}

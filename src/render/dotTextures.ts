/**
 * The two white textures every parcel and belt dot is drawn with (tinted per dot): a filled
 * circle and, for revealed contraband, a diamond outline. One texture for thousands of dots is
 * what lets a ParticleContainer draw them in a single batch.
 *
 * They are rendered at the canvas's true pixel density (plan scale x device pixel ratio), and
 * remade on resize, so a 3-unit dot is sharp at 1280x720 and at 1920x1080 alike, without the
 * shimmer of shrinking a large texture.
 */
import { Graphics, type Renderer, type Texture } from 'pixi.js';

/** Radius of a parcel dot, in plan units. */
export const DOT_RADIUS = 3;
/** Half-diagonal of the contraband diamond, in plan units. */
export const DIAMOND_RADIUS = 6;

/** The shared dot textures. */
export interface DotTextures {
  dot: Texture;
  diamond: Texture;
}

/**
 * Renders the dot textures at `resolution` pixels per plan unit.
 *
 * @example
 * const t = makeDotTextures(app.renderer, scale * app.renderer.resolution);
 * new Particle({ texture: t.dot, anchorX: 0.5, anchorY: 0.5, tint: 0xf0e442 });
 */
export function makeDotTextures(renderer: Renderer, resolution: number): DotTextures {
  const r = Math.max(1, resolution);
  const dotShape = new Graphics().circle(0, 0, DOT_RADIUS).fill(0xffffff);
  const d = DIAMOND_RADIUS;
  const diamondShape = new Graphics().poly([0, -d, d, 0, 0, d, -d, 0], true).stroke({ width: 1.6, color: 0xffffff, alignment: 0.5 });
  const dot = renderer.generateTexture({ target: dotShape, resolution: r, antialias: true });
  const diamond = renderer.generateTexture({ target: diamondShape, resolution: r, antialias: true });
  dotShape.destroy();
  diamondShape.destroy();
  return { dot, diamond };
}

/** Frees the textures' GPU memory. */
export function destroyDotTextures(t: DotTextures): void {
  t.dot.destroy(true);
  t.diamond.destroy(true);
}

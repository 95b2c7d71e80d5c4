/**
 * Whether this browser draws WebGL in software (SwiftShader, llvmpipe): true in headless
 * chromium, in virtual machines, and on some projector laptops. There every drawn frame costs
 * real CPU time that the page and the simulation worker also need, so the facility view is drawn
 * at 30 frames a second without multisampling; with a GPU it gets 60 and smooth edges. At max
 * speed, where the picture changes faster than anyone can follow, it is drawn at 10 frames a
 * second and shows two snapshots a second: measured with scripts/measure-browser.ts on
 * `jfk-2018`, this took the share of main-thread time in long tasks from about 55% to about 6%,
 * and let the simulation run twice as fast (the long tasks were the page waiting for the
 * software compositor, not JavaScript).
 *
 * Where the browser allows it, the view is drawn in a worker on an OffscreenCanvas (see
 * `facilityWorker.ts`), so this work no longer blocks the page; the policy applies there too.
 *
 * Asked of a throwaway context before the real one is made, because antialiasing is fixed when
 * a context is created.
 */

/** Frame rate of the facility view under software WebGL (measured: scripts/measure-browser.ts). */
export const SOFTWARE_GL_FPS = 30;
/** ... and at max speed. */
export const SOFTWARE_GL_MAX_SPEED_FPS = 10;
/** Shortest real time between snapshots drawn at max speed under software WebGL, ms. */
export const SOFTWARE_GL_MAX_SPEED_SNAPSHOT_MS = 500;

/** `makeCanvas` makes the throwaway canvas: an OffscreenCanvas when asked from a worker. */
export function softwareGl(makeCanvas: () => HTMLCanvasElement | OffscreenCanvas = () => document.createElement('canvas')): boolean {
  const canvas = makeCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (gl === null) return true;
  // Chromium reports the real renderer in RENDERER; older browsers only through the debug extension.
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = `${gl.getParameter(gl.RENDERER)} ${info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : ''}`;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(name);
}

/**
 * Small plane-geometry helpers for the floor plan: rectangles, points, insets and the grids of
 * parcel slots. Pure functions on plain data, so the layout stays testable in Node.
 */

/** An axis-aligned rectangle in plan units (x right, y down). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A point in plan units. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A rectangle shrunk by `d` on every side (never below zero size).
 *
 * @example
 * inset({ x: 0, y: 0, w: 10, h: 10 }, 2); // { x: 2, y: 2, w: 6, h: 6 }
 */
export function inset(r: Rect, d: number): Rect {
  return { x: r.x + d, y: r.y + d, w: Math.max(0, r.w - 2 * d), h: Math.max(0, r.h - 2 * d) };
}

/**
 * True when the two rectangles share interior area (touching edges do not count).
 *
 * @example
 * overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 5, h: 5 }); // false
 */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * True when the point lies inside the rectangle (edges included).
 *
 * @example
 * contains({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 5 }); // true
 */
export function contains(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

/**
 * Cell centres of a grid filling `r` with square cells of side `pitch`, row by row from the top
 * left, so a queue grows as a line and then wraps into a block. With `serpentine`, every other
 * row runs right to left, like a queue snaking between stanchions: then neighbouring places in
 * the order are neighbouring cells, and a queue moving up one place moves every dot one cell
 * (never across the whole row). None when the rectangle cannot hold a cell.
 *
 * @example
 * gridSlots({ x: 0, y: 0, w: 16, h: 8 }, 8); // [{ x: 4, y: 4 }, { x: 12, y: 4 }]
 * gridSlots({ x: 0, y: 0, w: 16, h: 16 }, 8, true).map((p) => p.x); // [4, 12, 12, 4]
 */
export function gridSlots(r: Rect, pitch: number, serpentine = false): Point[] {
  const cols = Math.floor(r.w / pitch);
  const rows = Math.floor(r.h / pitch);
  // Centre the block in the rectangle so the spare fraction of a cell is shared on both sides.
  const x0 = r.x + (r.w - cols * pitch) / 2 + pitch / 2;
  const y0 = r.y + (r.h - rows * pitch) / 2 + pitch / 2;
  const out: Point[] = [];
  for (let row = 0; row < rows; row++) {
    for (let c = 0; c < cols; c++) {
      const col = serpentine && row % 2 === 1 ? cols - 1 - c : c;
      out.push({ x: x0 + col * pitch, y: y0 + row * pitch });
    }
  }
  return out;
}

/**
 * `n` equal boxes side by side across `r`, separated by `gap`.
 *
 * @example
 * splitColumns({ x: 0, y: 0, w: 30, h: 10 }, 2, 10); // boxes at x 0 and 20, each 10 wide
 */
export function splitColumns(r: Rect, n: number, gap: number): Rect[] {
  if (n <= 0) return [];
  const w = (r.w - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: r.x + i * (w + gap), y: r.y, w, h: r.h }));
}

/** The centre of a rectangle. */
export function centre(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

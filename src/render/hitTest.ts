/**
 * Which parcel a click picks: the dot nearest to it within a reach of PICK_CSS_PX on screen,
 * whatever the zoom (a dot is 3 plan units across, about 3 CSS pixels at 1280x720: too small to
 * hit by aiming). Pure, so it is tested without a canvas.
 */

/** How far from a dot, in CSS pixels, a click still picks it. */
export const PICK_CSS_PX = 8;

/** A drawn dot: its parcel and its centre, plan units. */
export interface DotAt {
  id: number;
  x: number;
  y: number;
}

/**
 * The reach of a click in plan units, for a view drawn at `scale` CSS pixels per plan unit.
 *
 * @example
 * pickRadius(0.5); // 16: eight pixels at half a pixel per unit
 */
export function pickRadius(scale: number): number {
  return PICK_CSS_PX / Math.max(1e-6, scale);
}

/**
 * The id of the dot nearest to (`x`, `y`) within `radius` (plan units), or null.
 *
 * @example
 * nearestDot([{ id: 1, x: 10, y: 10 }, { id: 2, x: 20, y: 10 }], 14, 10, 16); // 1
 */
export function nearestDot(dots: Iterable<DotAt>, x: number, y: number, radius: number): number | null {
  let best: number | null = null;
  let bestD = radius * radius;
  for (const d of dots) {
    const dx = d.x - x;
    const dy = d.y - y;
    const dd = dx * dx + dy * dy;
    if (dd <= bestD) {
      bestD = dd;
      best = d.id;
    }
  }
  return best;
}

/**
 * The Pareto front: the points no other point beats on one axis without losing on the other. They
 * are the only sensible choices; which of them to pick is a policy question a chart puts to its
 * reader. One implementation for the sweep's frontier, the presets plot and the memo.
 */
import type { Better } from './frontierAxes.js';

/**
 * Pareto flags for points on two axes: true for each point no other dominates (is at least as good
 * on both axes and better on one). A point with a NaN coordinate (no runs, not known yet) is never
 * optimal and dominates nothing. Equal points are both optimal.
 *
 * @example
 * paretoFlags([{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 3, y: 1 }], 'higher', 'higher'); // [false, true, true]
 */
export function paretoFlags(items: readonly { x: number; y: number }[], xBetter: Better, yBetter: Better): boolean[] {
  const sx = xBetter === 'higher' ? 1 : -1;
  const sy = yBetter === 'higher' ? 1 : -1;
  const finite = items.map((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  return items.map((p, i) => {
    if (!finite[i]) return false;
    for (let j = 0; j < items.length; j++) {
      if (j === i || !finite[j]) continue;
      const dx = sx * (items[j].x - p.x);
      const dy = sy * (items[j].y - p.y);
      if (dx >= 0 && dy >= 0 && (dx > 0 || dy > 0)) return false;
    }
    return true;
  });
}
